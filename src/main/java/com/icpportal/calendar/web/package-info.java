/** The admins' calendar page: a year's holidays and adjusted working days, added, removed or imported. */
package com.icpportal.calendar.web;
