"""Command line: start the admin endpoint and the control endpoint."""
import argparse
import os
import signal
import ssl
import sys
import threading

from .auth import Tokens
from .certs import make_self_signed
from .control import ControlServer
from .directory import Directory
from .license import LicenseServer
from .server import AdminServer, Simulator

DEFAULT_ADMIN = "admin@zimbra.test:test-Admin-Pass1"


def parse_args(argv):
    p = argparse.ArgumentParser(prog="zimbra-sim", description="A Zimbra admin SOAP simulator for tests.")
    p.add_argument("--port", type=int, default=7071, help="admin port; 0 picks a free one")
    p.add_argument("--control-port", type=int, default=0, help="control endpoint port (default: a free one)")
    p.add_argument("--http", action="store_true", help="serve plain HTTP instead of HTTPS")
    p.add_argument("--admin", default=DEFAULT_ADMIN, help="USER:PASSWORD of the admin account")
    p.add_argument("--token-lifetime", type=float, default=43200, help="auth token lifetime in seconds (12h)")
    p.add_argument("--record", metavar="FILE", help="append every request body to FILE (JSON lines)")
    p.add_argument("--latency-ms", type=int, default=0, help="emulate this round-trip time: every reply waits it, a new connection twice (TCP + TLS)")
    p.add_argument("--dos-limit", type=int, default=30, help="requests per second per connection (0 = off)")
    p.add_argument("--dos-loopback", action="store_true",
                   help="apply the DoS limit to 127.0.0.1 too (Zimbra whitelists loopback: zimbraHttpThrottleSafeIPs)")
    p.add_argument("--cert", help="serve this PEM certificate instead of a fresh self-signed one")
    p.add_argument("--key", help="the key of --cert")
    p.add_argument("--license-key", metavar="PEM", help="also play the licence server, signing with this Ed25519 key")
    p.add_argument("--exit-with-stdin", action="store_true",
                   help="exit when stdin closes: the process that started it (and holds the other end) has gone")
    p.add_argument("--mailbox-servers", type=int, default=1, metavar="N",
                   help="one admin endpoint in front of N mailbox servers mbx1..mbxN (new accounts spread over them)")
    p.add_argument("--ldap-size-limit", type=int, default=0, metavar="N",
                   help="the LDAP server's hard size limit (OpenLDAP size.hard): a search past N entries fails with "
                        "account.TOO_MANY_SEARCH_RESULTS whatever maxResults asks (0: none)")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def seeder(admin):
    user, _, password = admin.partition(":")
    if not user or not password:
        raise SystemExit("--admin must be USER:PASSWORD")
    address = user if "@" in user else user + "@zimbra.test"

    def seed(directory):
        directory.create_domain(address.split("@")[1], [])
        a = directory.create_account(address, password, [("zimbraIsAdminAccount", "TRUE"), ("displayName", "Admin")])
        return a
    return seed


def main(argv):
    args = parse_args(argv)
    if args.mailbox_servers < 1:
        raise SystemExit("--mailbox-servers must be 1 or more")
    directory = Directory(args.mailbox_servers)
    directory.ldap_size_limit = max(0, args.ldap_size_limit)
    seed = seeder(args.admin)
    seed(directory)
    tokens = Tokens(args.token_lifetime)
    sim = Simulator(directory, tokens, dos_limit=args.dos_limit, latency_ms=args.latency_ms, record=args.record,
                    dos_loopback=args.dos_loopback)

    if args.license_key:
        sim.license = LicenseServer(args.license_key)

    tls = None
    cert = None
    if not args.http:
        if args.cert:
            cert, key = args.cert, args.key or args.cert
        else:
            cert, key = make_self_signed()
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(cert, key)

    admin = AdminServer(("127.0.0.1", args.port), sim, tls, args.verbose)
    control = ControlServer(("127.0.0.1", args.control_port), sim, seed)
    threading.Thread(target=control.serve_forever, daemon=True).start()

    scheme = "http" if args.http else "https"
    print("listening %s://127.0.0.1:%d" % (scheme, admin.server_address[1]))
    if cert:
        print("certificate %s" % os.path.abspath(cert))
    print("control http://127.0.0.1:%d" % control.server_address[1])
    sys.stdout.flush()

    def stop(_signum, _frame):
        threading.Thread(target=admin.shutdown, daemon=True).start()
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if args.exit_with_stdin:
        def watch_parent():
            while sys.stdin.buffer.read(65536):
                pass
            stop(None, None)
        threading.Thread(target=watch_parent, daemon=True).start()
    try:
        admin.serve_forever(poll_interval=0.2)
    finally:
        admin.server_close()
        control.shutdown()
    return 0
