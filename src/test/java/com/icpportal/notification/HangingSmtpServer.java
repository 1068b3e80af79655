package com.icpportal.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A mail server that accepts every message (250 to the end of DATA) and then, when asked to, does not
 * answer QUIT until released: a server slow to close the connection, as in the crash that sent
 * one-time links twice. One connection at a time; the texts of the messages it accepted are kept.
 */
final class HangingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch quitReceived = new CountDownLatch(1);
    private volatile CountDownLatch releaseQuit = new CountDownLatch(0);

    HangingSmtpServer() {
        try {
            socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::serve, "hanging-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** From now on QUIT is answered only after {@link #releaseQuit()}. */
    void hangOnQuit() {
        quitReceived = new CountDownLatch(1);
        releaseQuit = new CountDownLatch(1);
    }

    void releaseQuit() {
        releaseQuit.countDown();
    }

    boolean quitReceived() {
        return quitReceived.getCount() == 0;
    }

    /** The messages (headers and body) the server answered 250 to. */
    List<String> accepted() {
        return accepted;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // the client went away, or the server is closing
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        reply(out, "220 hanging ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase();
            if (command.startsWith("DATA")) {
                reply(out, "354 end with <CRLF>.<CRLF>");
                StringBuilder message = new StringBuilder();
                String data;
                while ((data = in.readLine()) != null && !data.equals(".")) {
                    message.append(data).append('\n');
                }
                accepted.add(message.toString());
                reply(out, "250 queued");
            } else if (command.startsWith("QUIT")) {
                quitReceived.countDown();
                try {
                    releaseQuit.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 ok");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        releaseQuit.countDown();
        socket.close();
    }
}
