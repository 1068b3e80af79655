/** Downloading documents, for their owner and for staff. */
package com.icpportal.document.web;
