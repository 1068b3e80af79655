package com.icpportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the document store directory and the document tables hold at one moment: committed files
 * (relative paths, outside {@code .incoming}), files in {@code .incoming}, and the row counts.
 * Files are compared as sets, never only counted: the scheduled sweep may remove old orphans of
 * earlier runs at any time, which must not make a test fail, while any new file must.
 */
record StoreSnapshot(Set<Path> committed, Set<Path> incoming, long documentRows, long attachmentRows) {

    static final String INCOMING = ".incoming";

    static StoreSnapshot take(DocumentSettings settings, JdbcTemplate jdbc) {
        Path root = root(settings);
        return new StoreSnapshot(
                committedFiles(root),
                files(root.resolve(INCOMING), root),
                jdbc.queryForObject("select count(*) from document", Long.class),
                jdbc.queryForObject("select count(*) from document_attachment", Long.class));
    }

    static Path root(DocumentSettings settings) {
        return settings.directory().toAbsolutePath().normalize();
    }

    /** The file of a committed key, where the file-system store keeps it ({@code ab/<uuid>}). */
    static Path fileOf(DocumentSettings settings, String key) {
        return root(settings).resolve(key.substring(0, 2)).resolve(key);
    }

    /** Committed files that were not there in {@code before}. */
    Set<Path> newCommittedSince(StoreSnapshot before) {
        Set<Path> added = new HashSet<>(committed);
        added.removeAll(before.committed);
        return added;
    }

    /** Files in {@code .incoming} that were not there in {@code before}. */
    Set<Path> newIncomingSince(StoreSnapshot before) {
        Set<Path> added = new HashSet<>(incoming);
        added.removeAll(before.incoming);
        return added;
    }

    /** No new row in either table, no new file in the store nor in {@code .incoming}. */
    void assertNothingWrittenSince(StoreSnapshot before) {
        assertThat(documentRows).as("rows in document").isEqualTo(before.documentRows);
        assertThat(attachmentRows).as("rows in document_attachment").isEqualTo(before.attachmentRows);
        assertThat(newCommittedSince(before)).as("new files in the store").isEmpty();
        assertThat(newIncomingSince(before)).as("new files in .incoming").isEmpty();
    }

    private static Set<Path> committedFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(path -> !path.getName(0).toString().equals(INCOMING))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Path> files(Path directory, Path root) {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
