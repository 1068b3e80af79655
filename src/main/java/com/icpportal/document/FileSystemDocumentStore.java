package com.icpportal.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Documents as files under one directory outside the web root: received into
 * {@code .incoming/}, fsynced, then moved atomically to {@code ab/<uuid>} (two-character fan-out).
 * File names are generated; nothing a user typed ever reaches the file system. The servlet
 * container's multipart temporary files live in {@code .incoming/multipart/}
 * ({@link UploadTemporaryFiles}), so that nothing of an upload is ever outside the store, and
 * whatever a crash leaves in {@code .incoming/} is removed at the next start and by the sweep.
 */
@Component
class FileSystemDocumentStore implements DocumentStore {

    static final int HEAD_BYTES = 16;
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String INCOMING = ".incoming";
    private static final String MULTIPART = "multipart";

    private final Path root;

    FileSystemDocumentStore(DocumentSettings settings) throws IOException {
        this.root = settings.directory().toAbsolutePath().normalize();
        Files.createDirectories(root.resolve(INCOMING).resolve(MULTIPART));
    }

    /** Where the servlet container writes the parts of a multipart request while it is handled. */
    Path multipartArea() {
        return root.resolve(INCOMING).resolve(MULTIPART);
    }

    /** Whether a text has the form of a key this store (or the S3 store) generates. */
    static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /**
     * A new empty file in the incoming area, for content on its way through this node (an object
     * fetched from the bucket); whatever a crash leaves there is removed like abandoned uploads.
     */
    Path temporaryFile(String prefix) throws IOException {
        return Files.createTempFile(root.resolve(INCOMING), prefix, ".part");
    }

    @Override
    public Incoming receive(InputStream content, long limit) throws IOException {
        Path temporary = Files.createTempFile(root.resolve(INCOMING), "upload-", ".part");
        MessageDigest sha256 = sha256();
        byte[] head = new byte[HEAD_BYTES];
        int headLength = 0;
        long size = 0;
        try (DigestInputStream in = new DigestInputStream(content, sha256);
                FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while (size <= limit
                    && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - size))) != -1) {
                if (headLength < HEAD_BYTES) {
                    int copy = Math.min(read, HEAD_BYTES - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copy);
                    headLength += copy;
                }
                out.write(buffer, 0, read);
                size += read;
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return new Incoming(
                temporary,
                size,
                HexFormat.of().formatHex(sha256.digest()),
                Arrays.copyOf(head, headLength),
                size > limit);
    }

    @Override
    public String commit(Incoming incoming) throws IOException {
        String key = UUID.randomUUID().toString();
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Files.move(incoming.temporary(), target, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(target.getParent());
        return key;
    }

    @Override
    public void discard(Incoming incoming) {
        try {
            Files.deleteIfExists(incoming.temporary());
        } catch (IOException e) {
            // the sweep removes leftovers in .incoming
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public boolean exists(String key) {
        return KEY.matcher(key).matches() && Files.isRegularFile(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    @Override
    public List<StoredKey> keys() throws IOException {
        List<StoredKey> keys = new ArrayList<>();
        try (DirectoryStream<Path> fans = Files.newDirectoryStream(
                root,
                path -> Files.isDirectory(path)
                        && !path.getFileName().toString().equals(INCOMING))) {
            for (Path fan : fans) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(
                        fan,
                        file -> Files.isRegularFile(file)
                                && KEY.matcher(file.getFileName().toString()).matches())) {
                    for (Path file : files) {
                        keys.add(new StoredKey(
                                file.getFileName().toString(),
                                Files.getLastModifiedTime(file).toInstant()));
                    }
                }
            }
        }
        return keys;
    }

    /**
     * Removes the files under {@code .incoming/} (received content and multipart parts) last written
     * before the time given; the directories stay, the container needs {@code multipart/}.
     */
    @Override
    public int discardAbandoned(java.time.Instant receivedBefore) throws IOException {
        int removed = 0;
        List<Path> old;
        try (java.util.stream.Stream<Path> files = Files.walk(root.resolve(INCOMING))) {
            old = files.filter(Files::isRegularFile)
                    .filter(file -> writtenBefore(file, receivedBefore))
                    .toList();
        }
        for (Path file : old) {
            if (Files.deleteIfExists(file)) {
                removed++;
            }
        }
        Files.createDirectories(multipartArea());
        return removed;
    }

    private static boolean writtenBefore(Path file, java.time.Instant time) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(time);
        } catch (IOException e) {
            return false; // gone meanwhile: its request ended
        }
    }

    private Path path(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a document key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every file system lets a directory be opened; the move itself is atomic
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
