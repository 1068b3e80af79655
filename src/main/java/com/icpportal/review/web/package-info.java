/** The reviewers' pages. */
package com.icpportal.review.web;
