/** The admins' page of the audit trail. */
package com.icpportal.audit.web;
