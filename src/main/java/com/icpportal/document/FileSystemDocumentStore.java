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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Documents as files under one directory outside the web root: received into
 * {@code .incoming/}, fsynced, then moved atomically to {@code ab/<uuid>} (two-character fan-out).
 * File names are generated; nothing a user typed ever reaches the file system. The servlet
 * container's multipart temporary files live in {@code .incoming/multipart/}
 * ({@link UploadTemporaryFiles}), so that nothing of an upload is ever outside the store, and
 * whatever a crash leaves in {@code .incoming/} is removed at the next start and by the sweep.
 *
 * <p>Each node receives into an area of its own, {@code .incoming/<node>/} (named by
 * {@code portal.cluster.node-name}, else the host name): nodes sharing the directory (the local store
 * on a shared volume, or the S3 store's incoming area on one) may then clear, at start-up,
 * everything in their own area older than their process without touching another node's upload
 * in progress. The sweep (once per cluster) clears the whole of {@code .incoming/} by age only.
 */
@Component
class FileSystemDocumentStore implements DocumentStore {

    static final int HEAD_BYTES = 16;
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String INCOMING = ".incoming";
    private static final String MULTIPART = "multipart";

    private static final Pattern UNSAFE_IN_NAME = Pattern.compile("[^A-Za-z0-9._-]");

    private final Path root;
    private final Path ownIncoming;

    FileSystemDocumentStore(DocumentSettings settings, @Value("${portal.cluster.node-name:}") String nodeName)
            throws IOException {
        this.root = settings.directory().toAbsolutePath().normalize();
        this.ownIncoming = root.resolve(INCOMING).resolve(areaName(nodeName));
        Files.createDirectories(ownIncoming.resolve(MULTIPART));
    }

    /** Where the servlet container writes the parts of a multipart request while it is handled. */
    Path multipartArea() {
        return ownIncoming.resolve(MULTIPART);
    }

    /** This node's part of the incoming area, {@code .incoming/<node>/}. */
    Path ownIncomingArea() {
        return ownIncoming;
    }

    /** The node's name as a directory name: the node name, else the host name (as its job locks). */
    static String areaName(String nodeName) {
        String name = nodeName == null || nodeName.isBlank() ? hostName() : nodeName.strip();
        String safe = UNSAFE_IN_NAME.matcher(name).replaceAll("_");
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "node" : safe;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "node";
        }
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
        return Files.createTempFile(ownIncoming, prefix, ".part");
    }

    @Override
    public Incoming receive(InputStream content, long limit) throws IOException {
        Path temporary = Files.createTempFile(ownIncoming, "upload-", ".part");
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
     * Removes the files under {@code .incoming/}, every node's area (received content and multipart
     * parts), last written before the time given; the directories stay, the container needs
     * {@code multipart/}.
     */
    @Override
    public int discardAbandoned(java.time.Instant receivedBefore) throws IOException {
        return discardIn(root.resolve(INCOMING), receivedBefore);
    }

    /** As {@link #discardAbandoned}, in this node's area only: what an earlier process of this node left. */
    @Override
    public int discardOwnAbandoned(java.time.Instant receivedBefore) throws IOException {
        return discardIn(ownIncoming, receivedBefore);
    }

    private int discardIn(Path area, java.time.Instant receivedBefore) throws IOException {
        int removed = 0;
        List<Path> old;
        try (java.util.stream.Stream<Path> files = Files.walk(area)) {
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
