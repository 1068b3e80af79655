/** The applicant's pages of change orders. */
package com.icpportal.changeorder.web;
