"""Tests of the simulator itself: its fidelity decides what every other test is worth.

Run: python3 -m unittest discover -s tests/zimbra-sim -p 'test_*.py'
"""
import http.client
import json
import os
import re
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.request
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CAPTURES = os.path.join(HERE, "..", "fixtures", "captures")
SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
ADMIN = ("admin@zimbra.test", "test-Admin-Pass1")


class Sim:
    def __init__(self, *args):
        # Its stderr is the test's: an internal error's trace lands in the suite's log.
        self.proc = subprocess.Popen([sys.executable, os.path.join(HERE, "run"), "--port", "0", *args],
                                     stdout=subprocess.PIPE, text=True)
        info = {}
        while "control" not in info:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError("simulator did not start")
            key, value = line.split(" ", 1)
            info[key] = value.strip()
        self.url = info["listening"]
        self.cert = info.get("certificate")
        self.control = info["control"]
        m = re.match(r"(https?)://127\.0\.0\.1:(\d+)", self.url)
        self.port = int(m.group(2))
        self.tls = m.group(1) == "https"

    def connect(self):
        if self.tls:
            ctx = ssl.create_default_context(cafile=self.cert)
            return http.client.HTTPSConnection("127.0.0.1", self.port, context=ctx, timeout=10)
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)

    def post(self, body, conn=None):
        c = conn or self.connect()
        c.request("POST", "/service/admin/soap/", body=body.encode() if isinstance(body, str) else body,
                  headers={"Content-Type": "application/soap+xml; charset=utf-8"})
        r = c.getresponse()
        data = r.read()
        if conn is None:
            c.close()
        return r.status, dict(r.getheaders()), data.decode("utf-8", "replace")

    def ctl(self, path, data=None):
        req = urllib.request.Request(self.control + path, data=json.dumps(data or {}).encode() if data is not None else None)
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.loads(r.read())

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)
        self.proc.stdout.close()


def env(body, token=None, version=SOAP12):
    header = ('<soap:Header><context xmlns="urn:zimbra"><authToken>%s</authToken></context></soap:Header>' % token
              if token else "")
    return '<soap:Envelope xmlns:soap="%s">%s<soap:Body>%s</soap:Body></soap:Envelope>' % (version, header, body)


def login(sim, conn=None):
    status, _h, data = sim.post(env('<AuthRequest xmlns="urn:zimbraAdmin" name="%s" password="%s"/>' % ADMIN), conn)
    assert status == 200, data
    return re.search(r"<authToken>(.*?)</authToken>", data).group(1)


def shape(el):
    """Element structure without text: (local name, sorted attribute names, children shapes)."""
    local = el.tag.split("}")[-1]
    return (local, tuple(sorted(k for k in el.attrib if k != "requestId")), tuple(shape(c) for c in el))


class SimulatorTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.record = tempfile.NamedTemporaryFile(delete=False, suffix=".jsonl").name
        cls.sim = Sim("--record", cls.record)
        cls.token = login(cls.sim)

    @classmethod
    def tearDownClass(cls):
        errors = cls.sim.ctl("/stats")["internal_errors"]
        cls.sim.stop()
        os.unlink(cls.record)
        assert errors == 0, "the simulator had internal errors"

    def call(self, body, version=SOAP12, conn=None):
        return self.sim.post(env(body, self.token, version), conn)

    def test_fault_matches_captured_shape(self):
        status, headers, data = self.call('<GetAccountRequest xmlns="urn:zimbraAdmin"><account by="name">ghost@zimbra.test</account></GetAccountRequest>')
        self.assertEqual(status, 500)
        self.assertEqual(headers["Content-Type"], "text/xml;charset=utf-8")
        ours = ET.fromstring(data).find("{%s}Body" % SOAP12)[0]
        captured = ET.parse(os.path.join(CAPTURES, "synaq-fault-account.NO_SUCH_ACCOUNT.soap12.xml")).getroot()
        captured = captured.find("{%s}Body" % SOAP12)[0]
        self.assertEqual(shape(ours), shape(captured))
        self.assertIn("<Code>account.NO_SUCH_ACCOUNT</Code>", data)
        self.assertIn("<soap:Text>no such account: ghost@zimbra.test</soap:Text>", data)

    def test_receiver_fault(self):
        self.call('<CreateDomainRequest xmlns="urn:zimbraAdmin" name="limit.test"><a n="zimbraDomainMaxAccounts">0</a></CreateDomainRequest>')
        status, _h, data = self.call('<CreateAccountRequest xmlns="urn:zimbraAdmin" name="a@limit.test" password="long-enough"/>')
        self.assertEqual(status, 500)
        self.assertIn("<soap:Value>soap:Receiver</soap:Value>", data)
        self.assertIn("account.TOO_MANY_ACCOUNTS", data)

    def test_soap11_is_answered_in_soap11(self):
        status, _h, data = self.call('<NoOpRequest xmlns="urn:zimbraAdmin"/>', version=SOAP11)
        self.assertEqual(status, 200)
        self.assertTrue(data.startswith('<soap:Envelope xmlns:soap="%s">' % SOAP11))
        status, _h, data = self.call('<GetAccountRequest xmlns="urn:zimbraAdmin"><account by="id">nope</account></GetAccountRequest>', version=SOAP11)
        self.assertEqual(status, 500)
        fault = ET.fromstring(data).find("{%s}Body" % SOAP11)[0]
        self.assertEqual([c.tag for c in fault], ["faultcode", "faultstring", "detail"])
        self.assertEqual(fault.find("faultcode").text, "soap:Client")

    def test_domain_reply_matches_captured_shape(self):
        _s, _h, data = self.call('<CreateDomainRequest xmlns="urn:zimbraAdmin" name="shape.test"/>')
        _s, _h, data = self.call('<GetDomainRequest xmlns="urn:zimbraAdmin"><domain by="name">shape.test</domain></GetDomainRequest>')
        ours = ET.fromstring(data).find("{%s}Body" % SOAP12)[0]
        captured = ET.parse(os.path.join(CAPTURES, "synaq-admin-GetDomainResponse.soap12.xml")).getroot()
        captured = captured.find("{%s}Body" % SOAP12)[0]
        self.assertEqual(ours.tag, captured.tag)
        self.assertEqual(sorted(ours[0].attrib), sorted(captured[0].attrib))
        self.assertEqual({c.tag for c in ours[0]}, {c.tag for c in captured[0]})
        names = [a.get("n") for a in ours[0]]
        for attr in ("zimbraDomainStatus", "zimbraMailDomainQuota", "zimbraDomainName", "zimbraId"):
            self.assertIn(attr, names)

    def test_compact_replies(self):
        _s, _h, data = self.call('<NoOpRequest xmlns="urn:zimbraAdmin"/>')
        self.assertNotIn("\n", data)
        self.assertNotIn("> <", data)

    def test_body_must_start_with_lt(self):
        status, headers, data = self.sim.post(" " + env('<NoOpRequest xmlns="urn:zimbraAdmin"/>', self.token))
        self.assertEqual(status, 500)
        self.assertTrue(headers["Content-Type"].startswith("text/javascript"))
        self.assertIn('"Code":"service.PARSE_ERROR"', data)

    def test_doctype_refused(self):
        body = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>' + env('<NoOpRequest xmlns="urn:zimbraAdmin"/>')
        status, _h, data = self.sim.post(body)
        self.assertEqual(status, 500)
        self.assertIn("service.PARSE_ERROR", data)

    def test_auth_errors(self):
        status, _h, data = self.sim.post(env('<NoOpRequest xmlns="urn:zimbraAdmin"/>'))
        self.assertIn("service.AUTH_REQUIRED", data)
        status, _h, data = self.sim.post(env('<NoOpRequest xmlns="urn:zimbraAdmin"/>', "0_garbage"))
        self.assertIn("service.AUTH_REQUIRED", data)
        # zmprov's element form of AuthRequest is accepted too.
        status, _h, data = self.sim.post(env('<AuthRequest xmlns="urn:zimbraAdmin"><name>%s</name><password>%s</password></AuthRequest>' % ADMIN))
        self.assertEqual(status, 200)
        self.assertRegex(data, r"<lifetime>4319999\d</lifetime>")
        short = Sim("--token-lifetime", "0.5")
        try:
            token = login(short)
            time.sleep(0.7)
            _s, _h, data = short.post(env('<NoOpRequest xmlns="urn:zimbraAdmin"/>', token))
            self.assertIn("<Code>service.AUTH_EXPIRED</Code>", data)
            self.assertIn("auth credentials have expired", data)
        finally:
            short.stop()

    def test_keep_alive_replies_do_not_stall(self):
        conn = self.sim.connect()
        self.call('<NoOpRequest xmlns="urn:zimbraAdmin"/>', conn=conn)
        start = time.monotonic()
        for _ in range(25):
            status, _h, _d = self.call('<NoOpRequest xmlns="urn:zimbraAdmin"/>', conn=conn)
            self.assertEqual(status, 200)
        # With Nagle + delayed ACK each reply would take ~40 ms (1 s for 25).
        elapsed = time.monotonic() - start
        conn.close()
        self.assertLess(elapsed, 0.5)

    def test_dos_filter(self):
        limited = Sim("--dos-limit", "5", "--dos-loopback")
        try:
            conn = limited.connect()
            token = login(limited, conn)
            statuses = []
            for _ in range(10):
                c = conn
                c.request("POST", "/service/admin/soap/", body=env('<NoOpRequest xmlns="urn:zimbraAdmin"/>', token))
                r = c.getresponse()
                body = r.read().decode()
                statuses.append(r.status)
                if r.status == 429:
                    self.assertEqual(r.getheader("DoSFilter"), "unavailable")
                    self.assertIn("<title>Error 429 Too Many Requests</title>", body)
            conn.close()
            self.assertEqual(statuses.count(200), 4)  # the AuthRequest used the first slot
            self.assertEqual(statuses.count(429), 6)
        finally:
            limited.stop()

    def test_batch(self):
        batch = ('<BatchRequest xmlns="urn:zimbra" onerror="stop">'
                 '<GetAccountRequest xmlns="urn:zimbraAdmin" requestId="1"><account by="name">%s</account></GetAccountRequest>'
                 '<GetAccountRequest xmlns="urn:zimbraAdmin" requestId="2"><account by="name">ghost@zimbra.test</account></GetAccountRequest>'
                 '<NoOpRequest xmlns="urn:zimbraAdmin" requestId="3"/>'
                 '</BatchRequest>' % ADMIN[0])
        status, _h, data = self.call(batch)
        self.assertEqual(status, 200)
        body = ET.fromstring(data).find("{%s}Body" % SOAP12)[0]
        self.assertEqual([(c.tag.split("}")[1], c.get("requestId")) for c in body],
                         [("GetAccountResponse", "1"), ("Fault", "2")])
        status, _h, data = self.call(batch.replace('onerror="stop"', ""))
        self.assertEqual(len(ET.fromstring(data).find("{%s}Body" % SOAP12)[0]), 3)

    def test_domain_not_empty(self):
        self.call('<CreateDomainRequest xmlns="urn:zimbraAdmin" name="full.example.org"/>')
        self.call('<CreateAccountRequest xmlns="urn:zimbraAdmin" name="u@full.example.org" password="long-enough"/>')
        _s, _h, data = self.call('<GetDomainRequest xmlns="urn:zimbraAdmin"><domain by="name">full.example.org</domain></GetDomainRequest>')
        did = re.search(r'<domain name="full.example.org" id="([^"]+)"', data).group(1)
        _s, _h, data = self.call('<DeleteDomainRequest xmlns="urn:zimbraAdmin" id="%s"/>' % did)
        self.assertIn("domain not empty: full.example.org (remaining entries: [uid=u,ou=people,dc=full,dc=example,dc=org] ...)", data)

    def test_alias_lookup_and_collision(self):
        _s, _h, data = self.call('<CreateAccountRequest xmlns="urn:zimbraAdmin" name="real@zimbra.test" password="long-enough"/>')
        aid = re.search(r'<account name="real@zimbra.test" id="([^"]+)"', data).group(1)
        _s, _h, data = self.call('<AddAccountAliasRequest xmlns="urn:zimbraAdmin" id="%s" alias="nick@zimbra.test"/>' % aid)
        _s, _h, data = self.call('<GetAccountRequest xmlns="urn:zimbraAdmin"><account by="name">nick@zimbra.test</account></GetAccountRequest>')
        self.assertIn('<account name="real@zimbra.test"', data)
        _s, _h, data = self.call('<AddAccountAliasRequest xmlns="urn:zimbraAdmin" id="%s" alias="nick@zimbra.test"/>' % aid)
        self.assertIn("account.ACCOUNT_EXISTS", data)

    def test_injected_faults(self):
        self.sim.ctl("/fault", {"kind": "html", "status": 503})
        status, _h, data = self.call('<NoOpRequest xmlns="urn:zimbraAdmin"/>')
        self.assertEqual(status, 503)
        self.assertIn("<title>Error 503 Service Unavailable</title>", data)
        self.sim.ctl("/fault", {"kind": "malformed"})
        status, _h, data = self.call('<NoOpRequest xmlns="urn:zimbraAdmin"/>')
        with self.assertRaises(ET.ParseError):
            ET.fromstring(data)

    def test_record(self):
        self.call('<NoOpRequest xmlns="urn:zimbraAdmin" requestId="recorded"/>')
        with open(self.record, encoding="utf-8") as f:
            bodies = [json.loads(line)["body"] for line in f]
        self.assertTrue(any('requestId="recorded"' in b for b in bodies))

    def test_search_cap_paging_and_filters(self):
        self.sim.ctl("/populate", {"domain": "cap.test", "count": 5001})
        body = '<SearchDirectoryRequest xmlns="urn:zimbraAdmin" domain="cap.test" types="accounts" limit="5" %s/>'
        _s, _h, data = self.call(body % 'query=""')
        self.assertIn("account.TOO_MANY_SEARCH_RESULTS", data)
        self.assertIn("<soap:Value>soap:Receiver</soap:Value>", data)
        _s, _h, data = self.call(body % 'countOnly="1"')
        self.assertIn("account.TOO_MANY_SEARCH_RESULTS", data)
        _s, _h, data = self.call(body % 'query="(uid=user0000*)" offset="2"')
        root = ET.fromstring(data).find("{%s}Body" % SOAP12)[0]
        # No admin session: the search stops collecting at offset+limit (test_fidelity has the rest).
        self.assertEqual((root.get("more"), root.get("searchTotal")), ("0", "7"))
        self.assertEqual([a.get("name") for a in root], ["user%05d@cap.test" % i for i in range(2, 7)])
        _s, _h, data = self.call(body % 'query="(&amp;(uid=user0000*)(!(uid=user00003)))" countOnly="1"')
        self.assertIn('num="5"', data, "without a session a count with a limit stops at offset+limit (§14)")
        _s, _h, data = self.call(body.replace('limit="5" ', '') % 'query="(&amp;(uid=user0000*)(!(uid=user00003)))" countOnly="1"')
        self.assertIn('num="9"', data)
        _s, _h, data = self.call(body % 'query="(uid=\\2a)"')
        self.assertIn('searchTotal="0"', data)
        _s, _h, data = self.call(body % 'query="(uid=broken"')
        self.assertIn("service.PARSE_ERROR", data)

    def test_lists_members_and_closed_accounts(self):
        self.call('<CreateDomainRequest xmlns="urn:zimbraAdmin" name="dl.test"/>')
        _s, _h, data = self.call('<CreateAccountRequest xmlns="urn:zimbraAdmin" name="m@dl.test" password="long-enough"/>')
        aid = re.search(r'<account name="m@dl.test" id="([^"]+)"', data).group(1)
        _s, _h, data = self.call('<CreateDistributionListRequest xmlns="urn:zimbraAdmin" name="l@dl.test" dynamic="0"/>')
        lid = re.search(r'<dl name="l@dl.test" id="([^"]+)" dynamic="0"', data).group(1)
        _s, _h, data = self.call('<AddDistributionListMemberRequest xmlns="urn:zimbraAdmin" id="%s"/>' % lid)
        self.assertIn("members to add not specified", data)
        self.call('<AddDistributionListMemberRequest xmlns="urn:zimbraAdmin" id="%s"><dlm>m@dl.test</dlm>'
                  '<dlm>x@ext.org</dlm></AddDistributionListMemberRequest>' % lid)
        _s, _h, data = self.call('<GetDistributionListRequest xmlns="urn:zimbraAdmin" limit="1" offset="1">'
                                 '<dl by="name">l@dl.test</dl></GetDistributionListRequest>')
        self.assertIn('more="0"', data)
        self.assertIn('total="2"', data)
        self.assertIn("<dlm>x@ext.org</dlm>", data)
        _s, _h, data = self.call('<RemoveDistributionListMemberRequest xmlns="urn:zimbraAdmin" id="%s"><dlm>x@ext.org</dlm>'
                                 '<dlm>nope@ext.org</dlm></RemoveDistributionListMemberRequest>' % lid)
        self.assertIn("non-existent members: nope@ext.org in distribution list: l@dl.test", data)
        self.call('<ModifyAccountRequest xmlns="urn:zimbraAdmin" id="%s"><a n="zimbraAccountStatus">closed</a>'
                  '</ModifyAccountRequest>' % aid)
        _s, _h, data = self.call('<GetDistributionListRequest xmlns="urn:zimbraAdmin"><dl by="id">%s</dl>'
                                 '</GetDistributionListRequest>' % lid)
        self.assertNotIn("<dlm>m@dl.test</dlm>", data)
        self.assertIn("<dlm>x@ext.org</dlm>", data)

    def test_suspended_domain_refuses_account_changes(self):
        _s, _h, data = self.call('<CreateDomainRequest xmlns="urn:zimbraAdmin" name="susp.test">'
                                 '<a n="zimbraDomainStatus">suspended</a></CreateDomainRequest>')
        _s, _h, data = self.call('<CreateAccountRequest xmlns="urn:zimbraAdmin" name="a@susp.test" password="long-enough"/>')
        self.assertIn("<Code>service.PERM_DENIED</Code>", data)
        self.assertIn("permission denied: domain is suspended", data)

    def test_latency(self):
        slow = Sim("--latency-ms", "150")
        try:
            token = login(slow)
            noop = env('<NoOpRequest xmlns="urn:zimbraAdmin"/>', token)
            conn = slow.connect()
            start = time.monotonic()
            slow.post(noop, conn=conn)
            # A new connection pays two more round trips (TCP and TLS handshakes) before its reply...
            self.assertGreaterEqual(time.monotonic() - start, 0.45)
            start = time.monotonic()
            slow.post(noop, conn=conn)
            # ...and a request on a kept-alive one just one.
            elapsed = time.monotonic() - start
            self.assertGreaterEqual(elapsed, 0.15)
            self.assertLess(elapsed, 0.3)
            conn.close()
        finally:
            slow.stop()

    def test_stats_count_connections(self):
        before = self.sim.ctl("/stats")["connections"]
        conn = self.sim.connect()
        for _ in range(3):
            self.call('<NoOpRequest xmlns="urn:zimbraAdmin"/>', conn=conn)
        self.assertEqual(self.sim.ctl("/stats")["connections"], before + 1)
        conn.close()


if __name__ == "__main__":
    unittest.main()
