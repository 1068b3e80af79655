/** Admin pages for provinces and reference data. */
package com.icpportal.province.web;
