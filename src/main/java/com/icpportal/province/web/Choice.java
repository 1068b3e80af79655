package com.icpportal.province.web;

/** A choice in a select: its code and its label in the page's language. */
record Choice(String code, String label) {}
