"""The control endpoint: plain HTTP on loopback, JSON in and out.

  POST /reset                 empty the directory (the admin account stays), forget tokens, clear faults and stats
  POST /fault                 {"kind": ..., "count": N, "skip": M, "on": NAME, "server": S, ...} applies
                              to N admin requests after letting M through (with "on", only requests
                              that carry a NAME element, e.g. CreateDomainRequest, count; with
                              "server", only requests whose <targetServer> is mailbox server S):
                                delay {"ms"}, reset, truncate, malformed, doctype, not-soap, html {"status"},
                                oversized {"bytes"}, close, expire-tokens (every token runs out as the
                                request arrives, so it fails with service.AUTH_EXPIRED), forget-tokens (the
                                server can no longer read any token: AUTH_REQUIRED, item by item in a
                                batch), lose-session (the admin session the request names is
                                gone: it runs in a new one, as behind a balancer), internal (the
                                simulator fails as if it had a bug: counted in internal_errors);
                              and, not Zimbra but a broken or hostile server, for the client's bounds:
                                reply {"body", "status"} (this Body content in a SOAP 1.2 envelope),
                                stream {"head", "unit", "times", "tail"} (head + unit * times + tail, streamed)
  POST /reset-faults          drop every pending injected fault
  POST /idle                  {"timeout": s} wait until no SOAP request is being handled (one a client gave
                              up on included); answers {"idle": true}, or false after the timeout
  POST /usage                 {"account": "a@b", "bytes": N} sets a mailbox's used size
  POST /populate              {"domain": "d", "count": N, "prefix": "user"} adds N accounts at once
  POST /home                  {"account": "a@b", "server": "mbx2.zimbra.test"} the mailbox lives on another
                              mailbox server (its zimbraMailHost); with --mailbox-servers N, one of them
  POST /server                {"name": "mbx2.zimbra.test", "up": false} take a mailbox server down (what is
                              proxied to it fails with service.PROXY_ERROR) or bring it back; the
                              endpoint's own server cannot be taken down this way (stop the simulator)
  POST /drop-sessions         every admin session ends (a restart, or sessions evicted by other clients)
  POST /license               {"key": k, "status": s, "expires": unix} or {"down": true}: the licence server's answers
  POST /expire-tokens         every issued token is now expired (service.AUTH_EXPIRED)
  POST /forget-tokens         every issued token is now unknown (service.AUTH_REQUIRED)
  POST /drop-connections      close every open keep-alive connection, as a restart does
  POST /dos-limit             {"limit": N, "loopback": bool} change the per-connection requests-per-second limit;
                              Zimbra whitelists loopback, so it applies to 127.0.0.1 only with "loopback": true
  POST /dangling-alias        {"alias": "a@d"} an alias whose target is gone (a half-finished delete)
  GET  /stats                 connections, TLS handshakes (and resumptions), requests by name, and
                              internal_errors: the simulator's own bugs (every suite fails when not 0)
  GET  /state                 the directory and the mailbox servers (name, id, up), for debugging
  GET  /tokens                every auth token issued so far (for secret-leak checks)
  GET  /last-request          the last SOAP request's body element as parsed (name, attrs, text, children),
                              its User-Agent header and the request count so far
"""
import json
import socket
import sys
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ControlHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def account_or_404(self, sim, data):
        """The account data["account"] names, or None with a 404 answered."""
        a = sim.directory.account("name", data.get("account", ""))
        if a is None:
            self.reply(404, {"error": "no such account"})
        return a

    def reply(self, status, obj):
        body = json.dumps(obj).encode()
        self.wfile.write(("HTTP/1.1 %d X\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                          % (status, len(body))).encode() + body)

    def do_GET(self):
        self.guarded(self.get)

    def do_POST(self):
        self.guarded(self.post)

    def guarded(self, fn):
        try:
            fn()
        except Exception:
            sim = self.server.sim
            sim.internal_errors += 1
            sys.stderr.write("zimbra-sim internal error (control):\n" + traceback.format_exc())
            sys.stderr.flush()
            self.reply(500, {"error": "simulator internal error"})

    def get(self):
        sim = self.server.sim
        if self.path == "/stats":
            snap = sim.stats.snapshot()
            snap["license_checks"] = sim.license.checks if sim.license else 0
            snap["internal_errors"] = sim.internal_errors
            self.reply(200, snap)
        elif self.path == "/state":
            with sim.directory.lock:
                d = sim.directory
                self.reply(200, {
                    "domains": {n: e.attrs for n, e in d.domains.items()},
                    "accounts": {n: e.attrs for n, e in d.accounts.items()},
                    "aliases": {n: e.name for n, e in d.aliases.items()},
                    "lists": {n: {"attrs": e.attrs, "members": e.members} for n, e in d.dls.items()},
                    "usage": {d.by_id[i].name: u for i, u in d.usage.items() if i in d.by_id},
                    "servers": [{"name": x.name, "id": x.id, "up": x.up} for x in d.servers.all],
                })
        elif self.path == "/tokens":
            with sim.tokens.lock:
                self.reply(200, {"tokens": list(sim.tokens.tokens)})
        elif self.path == "/last-request":
            self.reply(200, {"body": sim.last_body, "user_agent": sim.last_user_agent,
                             "requests": sim.stats.snapshot()["requests"]})
        else:
            self.reply(404, {"error": "unknown path"})

    def post(self):
        sim = self.server.sim
        length = int(self.headers.get("Content-Length") or 0)
        try:
            data = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            self.reply(400, {"error": "body must be JSON"})
            return
        if self.path == "/reset":
            with sim.directory.lock:
                sim.directory.reset()
                self.server.seed(sim.directory)
            sim.tokens.forget_all()
            with sim.directory.lock:
                sim.sessions.reset()
            with sim.faults_lock:
                sim.faults.clear()
            with sim.stats.lock:
                sim.stats.reset()
        elif self.path == "/fault":
            kinds = ("delay", "reset", "truncate", "malformed", "doctype", "not-soap", "html", "oversized", "close",
                     "expire-tokens", "forget-tokens", "lose-session", "internal", "reply", "stream")
            if data.get("kind") not in kinds:
                self.reply(400, {"error": "kind must be one of %s" % ", ".join(kinds)})
                return
            data.setdefault("count", 1)
            with sim.faults_lock:
                sim.faults.append(data)
        elif self.path == "/reset-faults":
            with sim.faults_lock:
                sim.faults.clear()
        elif self.path == "/idle":
            with sim.stats.idle:
                idle = sim.stats.idle.wait_for(lambda: sim.stats.in_flight == 0, float(data.get("timeout", 60)))
            self.reply(200, {"idle": idle})
            return
        elif self.path == "/usage":
            with sim.directory.lock:
                a = self.account_or_404(sim, data)
                if a is None:
                    return
                sim.directory.usage[a.id] = int(data.get("bytes", 0))
        elif self.path == "/home":
            with sim.directory.lock:
                a = self.account_or_404(sim, data)
                if a is None:
                    return
                server = sim.directory.servers.by_name(str(data.get("server", "")))
                if server is None and len(sim.directory.servers.all) > 1:
                    self.reply(400, {"error": "no such mailbox server"})
                    return
                if server is None:
                    # One server: any other name plays a server outside this simulator.
                    a.attrs["zimbraMailHost"] = [str(data.get("server", ""))]
                else:
                    sim.directory.set_home(a, server)
        elif self.path == "/server":
            with sim.directory.lock:
                servers = sim.directory.servers
                server = servers.by_name(str(data.get("name", "")))
                if server is None:
                    self.reply(404, {"error": "no such mailbox server"})
                    return
                if server is servers.endpoint:
                    self.reply(400, {"error": "the admin endpoint's own server cannot be taken down"})
                    return
                server.up = bool(data.get("up", True))
        elif self.path == "/drop-sessions":
            with sim.directory.lock:
                sim.sessions.drop_all()
        elif self.path == "/populate":
            with sim.directory.lock:
                sim.directory.populate(data["domain"], int(data.get("count", 0)), data.get("prefix", "user"))
        elif self.path == "/license":
            if sim.license is None:
                self.reply(400, {"error": "start the simulator with --license-key"})
                return
            if "down" in data:
                sim.license.down = bool(data["down"])
            if "key" in data:
                sim.license.set(data["key"], data.get("status", "valid"), data.get("expires", 0))
        elif self.path == "/expire-tokens":
            sim.tokens.expire_all()
        elif self.path == "/forget-tokens":
            sim.tokens.forget_all()
        elif self.path == "/drop-connections":
            with sim.connections_lock:
                conns = list(sim.connections)
            for c in conns:
                try:
                    c.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        elif self.path == "/dos-limit":
            sim.dos_limit = int(data.get("limit", 0))
            sim.dos_loopback = bool(data.get("loopback", sim.dos_loopback))
        elif self.path == "/dangling-alias":
            with sim.directory.lock:
                self.reply(200, {"ok": True, "target_id": sim.directory.dangling_alias(data["alias"])})
            return
        else:
            self.reply(404, {"error": "unknown path"})
            return
        self.reply(200, {"ok": True})


class ControlServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a test that hung up early; the simulator's own bugs are caught in ControlHandler.guarded

    def __init__(self, addr, sim, seed):
        self.sim = sim
        self.seed = seed
        super().__init__(addr, ControlHandler)
