/** The staff's administration step and the simulated administration's SMS verification page. */
package com.icpportal.authority.web;
