#!/usr/bin/env python3
"""A minimal SMTP server for bench/notification-crash.sh and bench/faults.sh (not for production).

  smtp-sink.py sink PORT DIR                 accepts every message and writes it to DIR/N.eml
  smtp-sink.py slowclose PORT DIR SECONDS    the same, but waits SECONDS before answering QUIT
  smtp-sink.py blackhole PORT                accepts connections and never answers (a hung mail server)
"""
import os
import socketserver
import sys
import threading
import time

mode, port = sys.argv[1], int(sys.argv[2])
directory = sys.argv[3] if mode in ("sink", "slowclose") else None
close_delay = float(sys.argv[4]) if mode == "slowclose" else 0
counter = iter(range(1, 1_000_000))
lock = threading.Lock()


class Sink(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        if mode == "blackhole":
            time.sleep(3600)
            return
        self.reply("220 sink ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode(errors="replace").strip().upper()
            if command.startswith("EHLO") or command.startswith("HELO"):
                self.reply("250 sink")
            elif command.startswith("DATA"):
                self.reply("354 end with <CRLF>.<CRLF>")
                data = []
                while True:
                    chunk = self.rfile.readline()
                    if not chunk or chunk in (b".\r\n", b".\n"):
                        break
                    data.append(chunk)
                with lock:
                    name = os.path.join(directory, "%d.eml" % next(counter))
                with open(name, "wb") as out:
                    out.write(b"".join(data))
                self.reply("250 queued")
            elif command.startswith("QUIT"):
                time.sleep(close_delay)
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


Server(("127.0.0.1", port), Sink).serve_forever()
