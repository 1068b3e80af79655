#!/usr/bin/env python3
"""A change order's journey through a two-node cluster (cluster/run.sh), as a browser would drive it.

Requests alternate between node 1 and node 2 (one cookie jar per person, so one session each, kept
in PostgreSQL); after the applicant's documents are uploaded node 1 is killed with kill -9
(`cluster/run.sh kill-node 1`) and the journey goes on through the load balancer. It checks the
order's state in the database after each step and prints each request's node and answer.

Usage: cluster/journey.py [applicant]     (default applicant.shanghai; needs psql; demo data on)
"""
import base64
import hashlib
import hmac
import html.parser
import http.cookiejar
import os
import re
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
LB = "http://127.0.0.1:" + os.environ.get("LB_PORT", "28080")
NODES = ["http://127.0.0.1:" + os.environ.get("NODE1_PORT", "28081"),
         "http://127.0.0.1:" + os.environ.get("NODE2_PORT", "28082")]
PG = ["psql", "-h", "127.0.0.1", "-p", os.environ.get("PG_PORT", "25432"), "-U", "postgres", "-d", "icp", "-tAc"]
PASSWORD = "icp-demo-2026"
# The demo staff accounts' second factor (TOTP, RFC 6238), published in the README.
TOTP_SECRET = "ICPDEMOSECRETFORSTAFFXXICPDEMOXX"
route = {"mode": "alternate", "i": 0}
log = []


def sql(query):
    return subprocess.run(PG + [query], capture_output=True, text=True, check=True).stdout.strip()


def base():
    if route["mode"] == "lb":
        return LB
    route["i"] += 1
    return NODES[route["i"] % 2]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Person:
    def __init__(self, name):
        self.name = name
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, method, path, data=None, headers=None):
        target = base()
        req = urllib.request.Request(target + path, data=data, method=method,
                                     headers={"Accept-Language": "en", **(headers or {})})
        try:
            with self.opener.open(req, timeout=120) as response:
                status, body, location = response.status, response.read().decode(), response.headers.get("Location")
        except urllib.error.HTTPError as e:
            status, body, location = e.code, e.read().decode(errors="replace"), e.headers.get("Location")
        print(f"  {self.name:18} {method:4} {target[-5:]} {path[:70]:70} {status} {location or ''}")
        log.append((target, status))
        return status, body, location

    def get(self, path):
        return self.request("GET", path)

    def download(self, path):
        """A document's bytes (not decoded as a page)."""
        target = base()
        req = urllib.request.Request(target + path, headers={"Accept-Language": "en"})
        try:
            with self.opener.open(req, timeout=120) as response:
                status, content = response.status, response.read()
        except urllib.error.HTTPError as e:
            status, content = e.code, b""
        print(f"  {self.name:18} GET  {target[-5:]} {path[:70]:70} {status} ({len(content)} bytes)")
        log.append((target, status))
        return status, content

    def post(self, path, fields):
        return self.request("POST", path, urllib.parse.urlencode(fields).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def upload(self, path, fields, file_field, file_name, content_type, content):
        boundary = uuid.uuid4().hex
        parts = []
        for key, value in fields:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'.encode())
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\n'
                     f'Content-Type: {content_type}\r\n\r\n'.encode() + content + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        return self.request("POST", path, b"".join(parts), {"Content-Type": f"multipart/form-data; boundary={boundary}"})

    def sign_in(self, username):
        _, body, _ = self.get("/login")
        status, _, location = self.post("/login", {"username": username, "password": PASSWORD, "_csrf": csrf(body)})
        assert status == 302 and "error" not in (location or ""), "sign-in failed"
        if "/second-factor" not in (location or ""):
            # staff are asked for the second factor at the first request after the password
            _, _, location = self.get("/")
        if "/second-factor" in (location or ""):
            path = urllib.parse.urlparse(location).path
            _, body, _ = self.get(path)
            status, _, location = self.post(path, {"code": totp(TOTP_SECRET), "_csrf": csrf(body)})
            assert status == 302 and "second-factor" not in (location or ""), "second factor refused"


def totp(secret, at=None):
    """The 6-digit TOTP code (HMAC-SHA1, 30-second steps) of a Base32 secret."""
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", int((at or time.time()) // 30)), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


def csrf(body):
    return re.search(r'name="_csrf"[^>]*value="([^"]+)"', body).group(1)


class Forms(html.parser.HTMLParser):
    """Every form on a page: its action, method, enctype and fields with their current values."""

    def __init__(self, body):
        super().__init__(convert_charrefs=True)
        self.forms, self.current, self.select, self.textarea = [], None, None, None
        self.feed(body)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.current = {"action": a.get("action", ""), "enctype": a.get("enctype", ""), "fields": [], "files": [],
                            "buttons": [], "checkboxes": {}}
            self.forms.append(self.current)
        elif self.current is None:
            return
        elif tag == "input":
            kind = a.get("type", "text")
            if kind == "file":
                self.current["files"].append((a.get("name"), a.get("accept", "")))
            elif kind in ("radio", "checkbox"):
                if kind == "checkbox" and a.get("name"):
                    self.current["checkboxes"][a["name"]] = a.get("value", "on")
                if "checked" in a and a.get("name"):
                    self.current["fields"].append((a["name"], a.get("value", "on")))
            elif kind == "submit":
                self.current["buttons"].append((a.get("name"), a.get("value")))
            elif a.get("name"):
                self.current["fields"].append((a["name"], a.get("value", "")))
        elif tag == "button" and a.get("name"):
            self.current["buttons"].append((a["name"], a.get("value", "")))
        elif tag == "select":
            self.select = [a.get("name"), None, None]
        elif tag == "option" and self.select:
            if self.select[2] is None:
                self.select[2] = a.get("value", "")
            if "selected" in a:
                self.select[1] = a.get("value", "")
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self.textarea is not None and self.current is not None:
            self.current["fields"].append(tuple(self.textarea))
            self.textarea = None
        elif tag == "form":
            self.current = None
        elif tag == "select" and self.select and self.current is not None:
            self.current["fields"].append((self.select[0], self.select[1] if self.select[1] is not None else self.select[2] or ""))
            self.select = None


def form(body, action_pattern):
    for f in Forms(body).forms:
        if re.search(action_pattern, f["action"].split("?")[0]):
            return f
    raise AssertionError(f"no form with action {action_pattern}")


def submit(person, body, action_pattern, overrides=None, button=None):
    f = form(body, action_pattern)
    fields = [(k, v) for k, v in f["fields"] if k not in (overrides or {})]
    fields += list((overrides or {}).items())
    if button:
        fields.append(button)
    return person.post(f["action"], fields)


def png(width, height):
    raw = b"".join(b"\x00" + bytes([200, 210, 220]) * width for _ in range(height))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def pdf():
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def state(order):
    return sql(f"select state from change_order where id = '{order}'")


def expect(order, wanted):
    now = state(order)
    print(f"  -> order state {now}")
    assert now == wanted, f"expected {wanted}, found {now}"


def main():
    username = sys.argv[1] if len(sys.argv) > 1 else "applicant.shanghai"
    started = time.time()
    applicant = Person(username)
    print("1. the applicant starts a website change and fills it in (alternating nodes)")
    applicant.sign_in(username)
    _, body, _ = applicant.get("/filings")
    start = re.search(r'href="(/orders/start[^"]*WEBSITE[^"]*)"', body)
    if start:
        _, body, _ = applicant.get(start.group(1).replace("&amp;", "&"))
        status, _, location = submit(applicant, body, r"^/orders$")
        order = re.search(r"/orders/([0-9a-f-]{36})", location).group(1)
    else:  # a draft left by an earlier run
        order = sql("select o.id from change_order o join account a on a.id = o.applicant_id "
                    f"where a.username = '{username}' and o.state = 'DRAFT' limit 1")
    expect(order, "DRAFT")
    _, body, _ = applicant.get(f"/orders/{order}/website")
    new_name = "集群测试网站 " + time.strftime("%H%M%S")
    status, _, _ = submit(applicant, body, r"/website$", {"name": new_name})
    assert status == 302, "website details not saved"
    _, body, _ = applicant.get(f"/orders/{order}/documents")
    sent = {}  # kind -> SHA-256 of the bytes uploaded (each scan differs: its size varies by kind)
    for f in Forms(body).forms:
        kind = re.search(r"/documents/([A-Z_]+)$", f["action"].split("?")[0])
        if f["files"] and kind:
            field, accept = f["files"][0]
            image = ".pdf" not in accept
            content = png(900 + len(sent), 700) if image else pdf()
            status, _, _ = applicant.upload(f["action"], f["fields"], field, "scan.png" if image else "letter.pdf",
                                            "image/png" if image else "application/pdf", content)
            assert status == 302, "upload refused"
            sent[kind.group(1)] = hashlib.sha256(content).hexdigest()
    print("2. kill -9 node 1; everything from now on goes through the load balancer")
    subprocess.run([os.path.join(HERE, "run.sh"), "kill-node", "1"], check=True)
    route["mode"] = "lb"
    # Every document, also those uploaded through node 1, downloads unchanged from the node left.
    for row in sql("select d.id || '|' || a.kind from document d join document_attachment a on a.document_id = d.id "
                   f"where a.reference = '{order}'").splitlines():
        document, kind = row.split("|")
        if kind in sent:
            status, content = applicant.download(f"/documents/{document}")
            assert status == 200 and hashlib.sha256(content).hexdigest() == sent[kind], f"document {kind} changed or lost"
            sent[kind] = "checked"
    assert all(v == "checked" for v in sent.values()), f"documents without a row: {sent}"
    print(f"  -> {len(sent)} documents download with the same bytes after the kill")
    _, body, _ = applicant.get(f"/orders/{order}/check")
    status, _, location = submit(applicant, body, r"/submit$", {"acknowledgeReplacement": "true"}
                                 if "acknowledgeReplacement" in body else None)
    expect(order, "PROVIDER_REVIEW")

    print("3. a reviewer claims and passes it")
    reviewer = Person("reviewer.wang")
    reviewer.sign_in("reviewer.wang")
    _, body, _ = reviewer.get(f"/review/orders/{order}")
    submit(reviewer, body, r"/claim$")
    _, body, _ = reviewer.get(f"/review/orders/{order}")
    status, body, location = submit(reviewer, body, r"/decision$", {"decision": "pass"})
    if status == 302:
        _, body, _ = reviewer.get(urllib.parse.urlparse(location).path + ("?" + urllib.parse.urlparse(location).query
                                                                          if urllib.parse.urlparse(location).query else ""))
    submit(reviewer, body, r"/decision/confirm$")
    expect(order, "VERIFICATION")

    print("4. the applicant submits the verification photo (same session, the other node)")
    _, body, _ = applicant.get(f"/orders/{order}/verification")
    if "/verification/photo" in body:
        f = form(body, r"/verification/photo$")
        status, _, _ = applicant.upload(f["action"], f["fields"], f["files"][0][0], "principal.png", "image/png",
                                        png(800, 1000))
        assert status == 302, "photo refused"
        _, body, _ = applicant.get(f"/orders/{order}/verification")
    # (a province that verifies in its own app: the applicant confirms it was done)
    submit(applicant, body, r"/verification/submit$", form(body, r"/verification/submit$")["checkboxes"])
    expect(order, "VERIFICATION_REVIEW")

    print("5. the reviewer passes the photo and submits to the (simulated) administration")
    _, body, _ = reviewer.get(f"/review/orders/{order}")
    # (a province that verifies in its own app: the reviewer confirms having seen it there)
    submit(reviewer, body, r"/review/orders/[^/]+/verification$",
           {"decision": "pass", **form(body, r"/review/orders/[^/]+/verification$")["checkboxes"]})
    expect(order, "AWAITING_SUBMISSION")
    _, body, _ = reviewer.get(f"/review/orders/{order}/administration")
    submit(reviewer, body, r"/administration/submit$")
    now = state(order)
    print(f"  -> order state {now}")
    if now == "SMS_VERIFICATION":
        print("   (SMS codes: read from the outbox)")
        for mobile, text in [row.split("|", 1) for row in sql(
                f"select recipient_address, body from notification where channel = 'SMS' and order_id = '{order}' "
                "and body ~ '[0-9]{6}' order by created_at").splitlines()]:
            # the code itself, not the order's reference (CO-2026-000003 also has six digits)
            found = re.search(r"(?:验证码为|code is)\D{0,3}(\d{6})", text)
            if not found:
                continue
            code = found.group(1)
            visitor = Person("principal")
            _, body, _ = visitor.get("/simulated-administration/sms")
            reference = sql(f"select reference from change_order where id = '{order}'")
            submit(visitor, body, r"/simulated-administration/sms$", {"reference": reference, "mobile": mobile, "code": code})
    print("6. the administration decides by itself (after portal.authority.simulated.decision-delay)")
    deadline = time.time() + 600
    while state(order) != "APPROVED" and time.time() < deadline:
        time.sleep(5)
    expect(order, "APPROVED")
    _, body, _ = applicant.get("/filings")
    assert new_name in body, "the new name is not on the applicant's home page"
    by_node = {}
    for target, status in log:
        by_node[target] = by_node.get(target, 0) + 1
    errors = [s for _, s in log if s >= 500]
    print(f"APPROVED in {time.time() - started:.0f} s; requests by address: {by_node}; answers >= 500: {len(errors)}")


if __name__ == "__main__":
    main()
