package com.icpportal.shared;

/**
 * What is wrong with one row of an import: the row (data rows counted from 1, the header not
 * counted; 0 for the file as a whole), the column (null when the whole row is meant) and a message
 * key with arguments, shown in the reader's language.
 */
public record ImportProblem(int row, String column, String messageKey, Object... arguments) {}
