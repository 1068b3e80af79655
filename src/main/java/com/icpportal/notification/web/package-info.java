/** The notices page, the header's unread count and the admins' outbox page. */
package com.icpportal.notification.web;
