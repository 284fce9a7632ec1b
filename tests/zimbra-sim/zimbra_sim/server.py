"""The HTTP side: HTTP/1.1 keep-alive, one thread per connection, TLS,
Jetty's DoS filter, latency emulation, fault injection and recording.

Each reply goes out in a single write with TCP_NODELAY set, as Jetty
effectively sends it; Python's default of headers and body in separate
writes would stall every keep-alive reply by ~40 ms (Nagle + delayed ACK).
"""
import json
import socket
import ssl
import sys
import traceback
import struct
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from . import handlers
from .sessions import Sessions
from .soap import (NS_ZIMBRA, SOAP12, Fault, envelope, fault_element, fault_envelope, json_parse_fault,
                   parse_request, split)

REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 411: "Length Required", 429: "Too Many Requests",
           500: "Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


def jetty_error_page(status):
    reason = REASONS.get(status, "Error")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html;charset=ISO-8859-1"/>\n'
            '<title>Error %d %s</title>\n</head>\n<body><h2>HTTP ERROR %d %s</h2>\n<table>\n'
            '<tr><th>URI:</th><td>/service/admin/soap/</td></tr>\n<tr><th>STATUS:</th><td>%d</td></tr>\n'
            '<tr><th>MESSAGE:</th><td>%s</td></tr>\n</table>\n</body>\n</html>\n'
            % (status, reason, status, reason, status, reason))


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        # SOAP requests being handled now: a test waits on this for a request its client stopped
        # waiting for (a timeout) to finish, instead of sleeping (control POST /idle).
        self.idle = threading.Condition(self.lock)
        self.in_flight = 0
        self.reset()

    def reset(self):
        self.connections = 0
        self.tls_handshakes = 0
        self.tls_resumed = 0
        self.requests = 0
        self.by_name = {}
        self.searched = 0  # entries SearchDirectory fetched, what a real server's LDAP work follows
        self.quota_rows = 0  # accounts GetQuotaUsage put in a list it built (a cached page builds none)

    def snapshot(self):
        with self.lock:
            return {"connections": self.connections, "tls_handshakes": self.tls_handshakes,
                    "tls_resumed": self.tls_resumed, "requests": self.requests, "requests_by_name": dict(self.by_name),
                    "searched": self.searched, "quota_rows": self.quota_rows}


class Context:
    """What a handler sees: the directory, the token store, the mailbox servers, the server the
    request runs on (the endpoint's, or the one <targetServer> names) and its admin session, if any."""

    def __init__(self, sim):
        self.dir = sim.directory
        self.tokens = sim.tokens
        self.stats = sim.stats
        self.servers = sim.directory.servers
        self.local = self.servers.endpoint
        self.session = None  # an AdminSession when the request asked for one (sessions.py)


def element_tree_json(el):
    """An element as the server parsed it: name, attributes, text and children, values exact."""
    return {
        "name": split(el.tag)[1],
        "attrs": dict(el.attrib),
        "text": el.text or "",
        "children": [element_tree_json(c) for c in el],
    }


class Simulator:
    """Processes request bodies; independent of HTTP so it can be unit tested."""

    def __init__(self, directory, tokens, dos_limit=30, latency_ms=0, record=None, dos_loopback=False):
        self.directory = directory
        self.tokens = tokens
        self.dos_limit = dos_limit
        # Zimbra's DoS filter whitelists loopback and the server's own addresses
        # (zimbraHttpThrottleSafeIPs, §13; DoSFilter.java l.62): off for 127.0.0.1 unless a test asks.
        self.dos_loopback = dos_loopback
        self.internal_errors = 0  # the simulator's own bugs: every suite fails when this is not 0
        self.latency_ms = latency_ms
        self.record_path = record
        self.record_lock = threading.Lock()
        self.faults = []          # pending injected faults, oldest first
        self.faults_lock = threading.Lock()
        self.stats = Stats()
        self.connections = set()  # live handler sockets, for drop-connections
        self.license = None       # a LicenseServer when --license-key was given
        self.connections_lock = threading.Lock()
        self.last_body = None     # the last request's body element as parsed, for GET /last-request
        self.sessions = Sessions()
        self.last_user_agent = None

    def record(self, raw):
        if not self.record_path:
            return
        line = json.dumps({"body": raw.decode("utf-8", "replace")}) + "\n"
        with self.record_lock, open(self.record_path, "a", encoding="utf-8") as f:
            f.write(line)

    def take_fault(self, raw=b""):
        with self.faults_lock:
            if not self.faults:
                return None
            fault = self.faults[0]
            if fault.get("on") and ("<%s" % fault["on"]).encode() not in raw:
                return None  # aimed at another request: this one neither counts nor is skipped
            if fault.get("server"):
                # Aimed at one mailbox server: only requests whose header sends them there.
                server = self.directory.servers.by_name(fault["server"])
                if server is None or ("<targetServer>%s</targetServer>" % server.id).encode() not in raw:
                    return None
            if fault.get("skip", 0) > 0:
                fault["skip"] -= 1  # let this request through untouched
                return None
            fault["count"] -= 1
            if fault["count"] <= 0:
                self.faults.pop(0)
            return dict(fault)

    def check_admin_token(self, req):
        account_id = self.tokens.check(req.auth_token)
        account = self.directory.account("id", account_id)
        if account is None or account.first("zimbraIsAdminAccount") != "TRUE":
            raise Fault("service.PERM_DENIED", "permission denied: need adequate admin token")

    def run_one(self, ctx, el, version, request_id=None, authed=False, req=None):
        ns, local = split(el.tag)
        entry = handlers.HANDLERS.get((ns, local))
        if entry is None:
            raise Fault("service.UNKNOWN_DOCUMENT", "unknown document: %s" % local)
        fn, needs_auth = entry
        if needs_auth and not authed:
            self.check_admin_token(req)
        with self.stats.lock:
            self.stats.by_name[local] = self.stats.by_name.get(local, 0) + 1
        home = handlers.proxied_home(ctx, local, el)
        if home is not None and home is not ctx.local:
            # Proxied to the account's home server (per batch item too): it must be up (§14).
            ctx.servers.reach(home)
        reply = fn(ctx, el)
        if request_id is not None:
            reply.attrs["requestId"] = request_id
        return reply

    def process(self, raw):
        """Returns (status, content_type, body bytes)."""
        try:
            req = parse_request(raw)
        except Fault as f:
            if raw[:1] != b"<":
                return 500, "text/javascript;charset=utf-8", json_parse_fault(f).encode()
            return 500, "text/xml;charset=utf-8", fault_envelope(SOAP12, f).encode()
        except Exception:
            return self.internal_error()
        ctx = Context(self)
        session_id = None
        self.last_body = element_tree_json(req.body)
        with self.directory.lock:
            try:
                self.header_context(ctx, req)
                session_id = ctx.session.id if ctx.session else None
                ns, local = split(req.body.tag)
                if (ns, local) == (NS_ZIMBRA, "BatchRequest"):
                    reply = self.run_batch(ctx, req)
                else:
                    reply = self.run_one(ctx, req.body, req.version, req.body.get("requestId"), req=req)
                return 200, "text/xml;charset=utf-8", envelope(req.version, str(reply), session_id).encode()
            except Fault as f:
                return 500, "text/xml;charset=utf-8", fault_envelope(req.version, f).encode()
            except Exception:
                return self.internal_error()

    def header_context(self, ctx, req):
        """What ZimbraSoapContext reads from the <context> header, in its order (l.280-447): the token
        (an expired one fails any request, AuthRequest included; one that cannot be read is left to
        the handler, so that a batch fails item by item, §13), then <targetServer>, then <session>."""
        account_id = None
        if req.auth_token:
            try:
                account_id = self.tokens.check(req.auth_token)
            except Fault as f:
                if f.code == "service.AUTH_EXPIRED":
                    raise
        if req.target_server is not None:
            ctx.local = ctx.servers.reach(ctx.servers.target(req.target_server))
        if req.wants_session and account_id is not None:
            ctx.session = self.sessions.session_for(req.session_id, account_id)

    def run_batch(self, ctx, req):
        """A BatchRequest: an expired token fails it as a whole (AUTH_EXPIRED), as for one request; a token
        that is missing or cannot be read fails each item with AUTH_REQUIRED under an HTTP 200, because the
        per-request check runs inside the batch loop (§13; SoapEngine.java l.462-481, 577-578)."""
        authed = True
        try:
            self.check_admin_token(req)
        except Fault as f:
            if f.code == "service.AUTH_EXPIRED":
                raise
            authed = False

        def one(child, request_id):
            try:
                return self.run_one(ctx, child, req.version, request_id, authed=authed, req=req)
            except Fault as f:
                el = fault_element(req.version, f, request_id)
                el.is_fault = True
                return el
        return handlers.dispatch_batch(ctx, req.body, one)

    def internal_error(self):
        """A bug of the simulator: counted, its trace on stderr (the test's log), and answered as nothing
        Zimbra ever sends, so that no test can mistake it for an expected fault."""
        self.internal_errors += 1
        sys.stderr.write("zimbra-sim internal error:\n" + traceback.format_exc())
        sys.stderr.flush()
        return 500, "text/plain;charset=utf-8", b"zimbra-sim internal error (see the simulator's stderr)"


class AdminHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Jetty(9.4.46.v20220331)"
    sys_version = ""

    def setup(self):
        sim = self.server.sim
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with sim.stats.lock:
            sim.stats.connections += 1
        if sim.latency_ms:
            # A new connection costs round trips of its own before the first request: one for TCP's
            # handshake and, over TLS 1.3, one more for the TLS handshake.
            time.sleep(sim.latency_ms * (2 if isinstance(self.request, ssl.SSLSocket) else 1) / 1000)
        if isinstance(self.request, ssl.SSLSocket):
            self.request.do_handshake()
            with sim.stats.lock:
                sim.stats.tls_handshakes += 1
                sim.stats.tls_resumed += 1 if self.request.session_reused else 0
        self.window = []
        with sim.connections_lock:
            sim.connections.add(self.request)
        super().setup()

    def finish(self):
        with self.server.sim.connections_lock:
            self.server.sim.connections.discard(self.request)
        try:
            super().finish()
        except OSError:
            pass

    def log_message(self, fmt, *args):
        if self.server.verbose:
            super().log_message(fmt, *args)

    def send_whole(self, status, content_type, body, extra_headers=(), declared_length=None):
        head = ["HTTP/1.1 %d %s" % (status, REASONS.get(status, "Error")),
                "Date: " + formatdate(usegmt=True),
                "Content-Type: " + content_type,
                "Cache-Control: no-store, no-cache",
                "Content-Length: %d" % (len(body) if declared_length is None else declared_length)]
        head.extend(extra_headers)
        self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)

    def send_html(self, status, extra_headers=()):
        self.send_whole(status, "text/html;charset=iso-8859-1", jetty_error_page(status).encode("latin-1"),
                        extra_headers)

    def over_dos_limit(self):
        sim = self.server.sim
        limit = sim.dos_limit
        if not limit or (self.client_address[0] == "127.0.0.1" and not sim.dos_loopback):
            return False
        now = time.monotonic()
        self.window = [t for t in self.window if now - t < 1.0]
        if len(self.window) >= limit:
            return True
        self.window.append(now)
        return False

    def abort(self, reset):
        """Close the connection; with reset, send an RST instead of a FIN."""
        self.close_connection = True
        sock = self.request
        if reset:
            raw = sock
            raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        try:
            sock.close()
        except OSError:
            pass

    def do_GET(self):
        self.send_html(404)

    def do_POST(self):
        # Anything the handler itself gets wrong (a record file that cannot be written, say) is the
        # simulator's bug: counted and answered as one, never a silently dropped connection.
        stats = self.server.sim.stats
        with stats.lock:
            stats.in_flight += 1
        try:
            self.handle_post()
        finally:
            with stats.lock:
                stats.in_flight -= 1
                stats.idle.notify_all()

    def handle_post(self):
        try:
            self.post()
        except (ConnectionError, ssl.SSLError, socket.timeout):
            self.close_connection = True  # the client hung up (it timed out, say): normal, not a bug
        except Exception:
            try:
                self.send_whole(*self.server.sim.internal_error())
            except OSError:
                self.close_connection = True

    def post(self):
        sim = self.server.sim
        length = self.headers.get("Content-Length")
        if length is None:
            self.send_html(411)
            return
        raw = self.rfile.read(int(length))
        if self.path.startswith("/license/") and self.server.sim.license is not None:
            status, body = self.server.sim.license.answer(raw)
            self.send_whole(status, "text/plain;charset=utf-8", body)
            return
        if not self.path.startswith("/service/admin/soap"):
            self.send_html(404)
            return
        with sim.stats.lock:
            sim.stats.requests += 1
        sim.last_user_agent = self.headers.get("User-Agent")
        sim.record(raw)
        if self.over_dos_limit():
            self.send_html(429, ["DoSFilter: unavailable"])
            return
        fault = sim.take_fault(raw)
        delay = sim.latency_ms + (fault.get("ms", 0) if fault and fault["kind"] == "delay" else 0)
        if delay:
            time.sleep(delay / 1000.0)
        if fault and fault["kind"] == "expire-tokens":
            sim.tokens.expire_all()  # the token runs out just as this request arrives
            fault = None
        if fault and fault["kind"] == "forget-tokens":
            sim.tokens.forget_all()  # the server cannot read the token any more (a new auth key, a reinstall)
            fault = None
        if fault and fault["kind"] == "lose-session":
            # The server that answers does not have the admin session the request names (a balancer
            # in front of several servers, each with its own sessions): it starts a new one (§14).
            with self.server.sim.directory.lock:
                sim.sessions.drop_all()
            fault = None
        if fault and fault["kind"] == "internal":
            try:
                raise RuntimeError("an internal error injected through the control endpoint")
            except RuntimeError:
                self.send_whole(*sim.internal_error())
            return
        if fault and fault["kind"] != "delay":
            self.inject(fault, raw)
            return
        status, ctype, body = sim.process(raw)
        self.send_whole(status, ctype, body)

    def inject(self, fault, raw):
        kind = fault["kind"]
        if kind == "close":
            self.abort(reset=False)
        elif kind in ("reset", "truncate"):
            status, ctype, body = self.server.sim.process(raw)
            self.send_whole(status, ctype, body[: len(body) // 2], declared_length=len(body))
            self.abort(reset=(kind == "reset"))
        elif kind == "malformed":
            body = envelope(SOAP12, '<NoOpResponse xmlns="urn:zimbraAdmin"><broken></NoOpResponse>').encode()
            self.send_whole(200, "text/xml;charset=utf-8", body)
        elif kind == "doctype":
            # An XXE attempt: a client that expands entities would read a local file.
            body = ('<?xml version="1.0"?><!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
                    + envelope(SOAP12, '<NoOpResponse xmlns="urn:zimbraAdmin">&xxe;</NoOpResponse>')).encode()
            self.send_whole(200, "text/xml;charset=utf-8", body)
        elif kind == "not-soap":
            self.send_whole(200, "text/xml;charset=utf-8", b"<html><body>Hello from a captive portal</body></html>")
        elif kind == "html":
            self.send_html(int(fault.get("status", 503)))
        elif kind == "oversized":
            size = int(fault.get("bytes", 70 * 1024 * 1024))
            head = envelope(SOAP12, '<NoOpResponse xmlns="urn:zimbraAdmin">@@</NoOpResponse>').encode().split(b"@@")
            total = len(head[0]) + size + len(head[1])
            self.send_whole(200, "text/xml;charset=utf-8", head[0], declared_length=total)
            chunk = b"x" * 65536
            sent = 0
            try:
                while sent < size:
                    n = min(len(chunk), size - sent)
                    self.wfile.write(chunk[:n])
                    sent += n
                self.wfile.write(head[1])
            except OSError:
                self.close_connection = True
        elif kind == "reply":
            # Not Zimbra: a broken or hostile server's reply, for the client's bounds and checks.
            body = envelope(SOAP12, fault["body"]).encode()
            self.send_whole(int(fault.get("status", 200)), "text/xml;charset=utf-8", body)
        elif kind == "stream":
            # Not Zimbra: head + unit * times + tail as the Body, streamed (tens of megabytes).
            parts = envelope(SOAP12, "@@").encode().split(b"@@")
            head, unit, tail = (fault.get(k, "").encode() for k in ("head", "unit", "tail"))
            times = int(fault["times"])
            total = len(parts[0]) + len(head) + len(unit) * times + len(tail) + len(parts[1])
            self.send_whole(200, "text/xml;charset=utf-8", parts[0] + head, declared_length=total)
            per_write = max(1, 65536 // max(1, len(unit)))
            sent = 0
            try:
                while sent < times:
                    n = min(per_write, times - sent)
                    self.wfile.write(unit * n)
                    sent += n
                self.wfile.write(tail + parts[1])
            except OSError:
                self.close_connection = True
        else:
            self.send_html(500)


class AdminServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, addr, sim, tls_context=None, verbose=False):
        self.sim = sim
        self.tls_context = tls_context
        self.verbose = verbose
        super().__init__(addr, AdminHandler)

    def get_request(self):
        sock, addr = self.socket.accept()
        if self.tls_context is not None:
            # The handshake runs in the connection's own thread (AdminHandler.setup).
            sock = self.tls_context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return sock, addr

    def handle_error(self, request, client_address):
        # A client that rejects our certificate or hangs up is normal in tests.
        if self.verbose:
            super().handle_error(request, client_address)
