package com.icpportal.document;

import java.nio.file.Path;

/**
 * Content received into the store's temporary place, not yet committed.
 *
 * @param size     bytes read (at most the limit plus one)
 * @param sha256   hex digest of what was read
 * @param head     the first bytes, for recognising the file by its content
 * @param overLimit more than the limit was sent: the rest was not read
 */
public record Incoming(Path temporary, long size, String sha256, byte[] head, boolean overLimit) {}
