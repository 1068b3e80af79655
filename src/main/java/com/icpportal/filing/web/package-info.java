/** The applicant's pages of their filed records. */
package com.icpportal.filing.web;
