package com.icpportal.changeorder.web;

/** A choice in a select or a checkbox list: its code and its label in the page's language. */
public record Option(String code, String label) {}
