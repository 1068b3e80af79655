package com.icpportal.province.web;

/** A choice in a select: its code and its label in the page's language. */
public record Choice(String code, String label) {}
