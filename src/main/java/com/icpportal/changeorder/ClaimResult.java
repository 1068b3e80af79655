package com.icpportal.changeorder;

import java.util.UUID;

/**
 * What a claim came to: the order is now the reviewer's, or someone else holds it.
 *
 * @param holderId who holds the order afterwards
 */
public record ClaimResult(boolean claimed, UUID holderId) {}
