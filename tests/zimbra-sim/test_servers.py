"""One test per row of §14 of ../shared/reference/zimbra-admin-soap.md about several mailbox servers
and admin sessions, on a simulator started with --mailbox-servers 3 (the status rows are in
test_fidelity). Each names the row and the Zimbra source it copies.

Run: python3 -m unittest discover -s tests/zimbra-sim -p 'test_*.py'
"""
import re
import unittest
import xml.etree.ElementTree as ET

from test_sim import SOAP12, Sim, login
from test_fidelity import ADMIN_NS, body_of, code_of

SERVERS = ["mbx1.zimbra.test", "mbx2.zimbra.test", "mbx3.zimbra.test"]


def header(token, target=None, session=None):
    parts = ["<authToken>%s</authToken>" % token] if token else []
    if target is not None:
        parts.append("<targetServer>%s</targetServer>" % target)
    if session is not None:
        parts.append('<session id="%s"/>' % session if session else "<session/>")
    return '<soap:Header><context xmlns="urn:zimbra">%s</context></soap:Header>' % "".join(parts)


def reply_session(data):
    m = re.search(r'<session id="([^"]+)"', data)
    return m.group(1) if m else None


class ServersTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sim = Sim("--mailbox-servers", "3")
        cls.token = login(cls.sim)
        state = cls.sim.ctl("/state")
        cls.ids = {s["name"]: s["id"] for s in state["servers"]}

    @classmethod
    def tearDownClass(cls):
        stats = cls.sim.ctl("/stats")
        cls.sim.stop()
        assert stats["internal_errors"] == 0, "the simulator had internal errors"

    def tearDown(self):
        for name in SERVERS[1:]:
            self.sim.ctl("/server", {"name": name, "up": True})

    def call(self, body, target=None, session=None, token=None):
        raw = '<soap:Envelope xmlns:soap="%s">%s<soap:Body>%s</soap:Body></soap:Envelope>' % (
            SOAP12, header(token or self.token, target, session), body)
        return self.sim.post(raw)

    def ok(self, body, **kw):
        status, _h, data = self.call(body, **kw)
        self.assertEqual(status, 200, data)
        return body_of(data)

    def fault(self, body, code, **kw):
        _status, _h, data = self.call(body, **kw)
        self.assertEqual(code_of(data), code, data)
        return data

    def domain(self, name, accounts=0):
        self.ok('<CreateDomainRequest %s name="%s"/>' % (ADMIN_NS, name))
        for i in range(accounts):
            self.ok('<CreateAccountRequest %s name="u%02d@%s" password="Long-enough-1"/>' % (ADMIN_NS, i, name))

    def homes(self, domain):
        accounts = self.sim.ctl("/state")["accounts"]
        return {n: a["zimbraMailHost"][0] for n, a in accounts.items() if n.endswith("@" + domain)}

    # ---- GetAllServers (GetAllServers.java l.44-66) -----------------------------------------------

    def test_get_all_servers_lists_the_mailbox_servers(self):
        servers = self.ok('<GetAllServersRequest %s service="mailbox"/>' % ADMIN_NS)
        self.assertEqual([s.get("name") for s in servers], SERVERS)
        self.assertTrue(all(s.get("id") == self.ids[s.get("name")] for s in servers))
        self.assertEqual(len(self.ok('<GetAllServersRequest %s service="proxy"/>' % ADMIN_NS)), 0)
        one = self.ok('<GetServerRequest %s><server by="name">mbx2.zimbra.test</server></GetServerRequest>' % ADMIN_NS)
        self.assertEqual(one[0].get("id"), self.ids["mbx2.zimbra.test"])
        self.fault('<GetServerRequest %s><server by="name">nope.zimbra.test</server></GetServerRequest>' % ADMIN_NS,
                   "account.NO_SUCH_SERVER")

    # ---- New accounts spread over the COS server pool (LdapProvisioning.addMailHost) ---------------

    def test_new_accounts_spread_over_the_servers(self):
        self.domain("spread.test", 30)
        homes = self.homes("spread.test")
        self.assertEqual(set(homes.values()), set(SERVERS), "a random pick among 3 servers, 30 times, uses them all")
        state = self.sim.ctl("/state")["accounts"]["u00@spread.test"]
        self.assertEqual(state["zimbraMailTransport"], ["lmtp:%s:7025" % homes["u00@spread.test"]])

    # ---- <targetServer> (ZimbraSoapContext l.408-419; ProxyTarget l.57-61) ----------------------------

    def test_target_server_runs_the_request_there_and_an_unknown_id_is_no_such_server(self):
        self.fault('<NoOpRequest %s/>' % ADMIN_NS, "account.NO_SUCH_SERVER", target="not-a-server-id")
        self.ok('<NoOpRequest %s/>' % ADMIN_NS, target=self.ids["mbx3.zimbra.test"])
        self.sim.ctl("/server", {"name": "mbx3.zimbra.test", "up": False})
        self.fault('<NoOpRequest %s/>' % ADMIN_NS, "service.PROXY_ERROR", target=self.ids["mbx3.zimbra.test"])

    # ---- GetQuotaUsage without a domain: the answering server's mailboxes (GetQuotaUsage l.111-133, 296-300)

    def test_quota_usage_without_a_domain_is_the_answering_servers(self):
        self.domain("local.test", 12)
        homes = self.homes("local.test")
        seen = []
        for name in SERVERS:
            usage = self.ok('<GetQuotaUsageRequest %s/>' % ADMIN_NS, target=self.ids[name])
            mine = sorted(a.get("name") for a in usage if a.get("name").endswith("@local.test"))
            self.assertEqual(mine, sorted(n for n, h in homes.items() if h == name))
            seen += mine
        self.assertEqual(sorted(seen), sorted(homes), "one request per server reads every mailbox once")
        endpoint = self.ok('<GetQuotaUsageRequest %s/>' % ADMIN_NS)
        self.assertEqual(sorted(a.get("name") for a in endpoint if a.get("name").endswith("@local.test")),
                         sorted(n for n, h in homes.items() if h == SERVERS[0]), "no header: the endpoint's own")
        # allServers without a domain is ignored (allServers = d != null && ...).
        both = self.ok('<GetQuotaUsageRequest %s allServers="1"/>' % ADMIN_NS)
        self.assertEqual(len(both), len(endpoint))

    # ---- allServers=1 with a domain fans out, and fails whole with one server down (l.115-219) -------

    def test_all_servers_fans_out_and_fails_whole_when_one_server_is_down(self):
        self.domain("fan.test", 9)
        usage = self.ok('<GetQuotaUsageRequest %s domain="fan.test" allServers="1" sortBy="account" sortAscending="1"/>'
                        % ADMIN_NS)
        self.assertEqual([a.get("name") for a in usage], ["u%02d@fan.test" % i for i in range(9)])
        local = self.ok('<GetQuotaUsageRequest %s domain="fan.test"/>' % ADMIN_NS)
        self.assertEqual(len(local), list(self.homes("fan.test").values()).count(SERVERS[0]))
        self.sim.ctl("/server", {"name": "mbx2.zimbra.test", "up": False})
        data = self.fault('<GetQuotaUsageRequest %s domain="fan.test" allServers="1"/>' % ADMIN_NS, "service.FAILURE")
        self.assertIn("Error in getting task execution result", data)
        # The servers that are up still answer for themselves.
        self.ok('<GetQuotaUsageRequest %s domain="fan.test"/>' % ADMIN_NS, target=self.ids["mbx3.zimbra.test"])

    # ---- System accounts are listed; zimbraDomainMaxAccounts does not count them (l.291-300; Validators l.141)

    def test_system_accounts_are_in_quota_usage_but_not_in_the_account_limit(self):
        self.ok('<CreateDomainRequest %s name="sys.test"><a n="zimbraDomainMaxAccounts">2</a></CreateDomainRequest>'
                % ADMIN_NS)
        self.ok('<CreateAccountRequest %s name="galsync@sys.test" password="Long-enough-1">'
                '<a n="zimbraIsSystemResource">TRUE</a><a n="zimbraIsSystemAccount">TRUE</a></CreateAccountRequest>'
                % ADMIN_NS)
        for i in range(2):
            self.ok('<CreateAccountRequest %s name="u%d@sys.test" password="Long-enough-1"/>' % (ADMIN_NS, i))
        usage = self.ok('<GetQuotaUsageRequest %s domain="sys.test" allServers="1" sortBy="account" sortAscending="1"/>'
                        % ADMIN_NS)
        self.assertEqual([a.get("name") for a in usage], ["galsync@sys.test", "u0@sys.test", "u1@sys.test"])
        self.fault('<CreateAccountRequest %s name="u2@sys.test" password="Long-enough-1"/>' % ADMIN_NS,
                   "account.TOO_MANY_ACCOUNTS")

    # ---- GetQuotaUsage in an admin session: later pages read the cache unless refresh=1 (l.118-126) ----

    def test_quota_usage_pages_come_from_the_session_cache(self):
        self.domain("qcache.test", 6)
        q = '<GetQuotaUsageRequest %s domain="qcache.test" allServers="1" sortBy="account" sortAscending="1" ' \
            'limit="3" offset="%d"%s/>'
        status, _h, data = self.call(q % (ADMIN_NS, 0, ""), session="")
        sid = reply_session(data)
        self.assertIsNotNone(sid)
        self.assertEqual([a.get("name") for a in body_of(data)], ["u00@qcache.test", "u01@qcache.test", "u02@qcache.test"])
        self.ok('<DeleteAccountRequest %s id="%s"/>' % (ADMIN_NS, self.sim.ctl("/state")["accounts"]["u00@qcache.test"]["zimbraId"][0]))
        page = self.ok(q % (ADMIN_NS, 3, ""), session=sid)
        self.assertEqual([a.get("name") for a in page], ["u03@qcache.test", "u04@qcache.test", "u05@qcache.test"],
                         "the cached list: the delete does not shift the second page")
        fresh = self.ok(q % (ADMIN_NS, 3, ' refresh="1"'), session=sid)
        self.assertEqual([a.get("name") for a in fresh], ["u04@qcache.test", "u05@qcache.test"])
        plain = self.ok(q % (ADMIN_NS, 0, ""))
        self.assertEqual(plain[0].get("name"), "u01@qcache.test", "without a session every call rebuilds the list")

    # ---- SearchDirectory in an admin session: one snapshot (SearchDirectory l.193-199; AdminSession l.38-86)

    def test_search_pages_read_the_sessions_snapshot(self):
        self.domain("snap.test", 10)
        q = '<SearchDirectoryRequest %s domain="snap.test" types="accounts" limit="4" offset="%d" sortBy="name"/>'
        names = lambda el: [a.get("name") for a in el]
        status, _h, data = self.call(q % (ADMIN_NS, 0), session="")
        sid = reply_session(data)
        first = names(body_of(data))
        self.assertEqual(first, ["u%02d@snap.test" % i for i in range(4)])
        before = self.sim.ctl("/stats")["searched"]
        # A delete before the offset and a create: neither shifts the session's pages.
        self.ok('<DeleteAccountRequest %s id="%s"/>' % (ADMIN_NS, self.sim.ctl("/state")["accounts"]["u01@snap.test"]["zimbraId"][0]))
        self.ok('<CreateAccountRequest %s name="a-new@snap.test" password="Long-enough-1"/>' % ADMIN_NS)
        second = names(self.ok(q % (ADMIN_NS, 4), session=sid))
        third = names(self.ok(q % (ADMIN_NS, 8), session=sid))
        self.assertEqual(first + second + third, ["u%02d@snap.test" % i for i in range(10)])
        self.assertEqual(self.sim.ctl("/stats")["searched"], before, "later pages read no entry again")
        # Without a session every page runs the search again, and the delete and create shift it.
        self.assertEqual(names(self.ok(q % (ADMIN_NS, 4)))[0], "u04@snap.test")
        self.assertNotEqual(self.sim.ctl("/stats")["searched"], before)

    # ---- countOnly with a limit counts up to offset+limit (SearchDirectory l.193-202) -----------------

    def test_count_only_with_a_limit_stops_at_offset_plus_limit(self):
        self.domain("count.test", 7)
        q = '<SearchDirectoryRequest %s domain="count.test" types="accounts" countOnly="1" %s/>'
        self.assertEqual(self.ok(q % (ADMIN_NS, 'limit="3"')).get("num"), "3")
        self.assertEqual(self.ok(q % (ADMIN_NS, 'limit="3" offset="2"')).get("num"), "5")
        self.assertEqual(self.ok(q % (ADMIN_NS, "")).get("num"), "7")
        self.assertEqual(self.ok(q % (ADMIN_NS, 'limit="3"'), session="").get("num"), "7", "a session counts all")

    # ---- CountObjects' exact types (LdapProvisioning l.2084-2085, 9278-9281; CountObjects l.80-84) ----

    def test_count_objects_types(self):
        self.domain("types.test", 2)
        self.ok('<CreateCalendarResourceRequest %s name="room@types.test" password="Long-enough-1">'
                '<a n="zimbraCalResType">Location</a><a n="displayName">Room</a></CreateCalendarResourceRequest>' % ADMIN_NS)
        self.ok('<CreateAccountRequest %s name="spam@types.test" password="Long-enough-1">'
                '<a n="zimbraIsSystemResource">TRUE</a></CreateAccountRequest>' % ADMIN_NS)
        count = '<CountObjectsRequest %s type="%s"><domain by="name">types.test</domain></CountObjectsRequest>'
        self.assertEqual(self.ok(count % (ADMIN_NS, "account")).get("num"), "4", "calendar resources included")
        self.assertEqual(self.ok(count % (ADMIN_NS, "userAccount")).get("num"), "2", "no system resource, no room")
        self.assertEqual(self.ok(count % (ADMIN_NS, "calresource")).get("num"), "1")
        self.fault(count % (ADMIN_NS, "cos"), "service.INVALID_REQUEST")
        self.fault(count % (ADMIN_NS, "server"), "service.INVALID_REQUEST")
        self.assertEqual(self.ok('<CountObjectsRequest %s type="server"/>' % ADMIN_NS).get("num"), "3")

    # ---- Requests about an account are proxied to its home server (SoapEngine l.636-638) ------------

    def test_account_requests_are_proxied_to_the_home_server(self):
        self.domain("home.test", 12)
        homes = self.homes("home.test")
        there = sorted(n for n, h in homes.items() if h == "mbx2.zimbra.test")
        here = sorted(n for n, h in homes.items() if h == "mbx1.zimbra.test")
        self.assertTrue(there and here)
        state = self.sim.ctl("/state")["accounts"]
        self.sim.ctl("/server", {"name": "mbx2.zimbra.test", "up": False})
        get = '<GetAccountRequest %s><account by="name">%s</account></GetAccountRequest>'
        self.fault(get % (ADMIN_NS, there[0]), "service.PROXY_ERROR")
        self.ok(get % (ADMIN_NS, here[0]))
        for body in ('<ModifyAccountRequest %s id="%s"><a n="displayName">X</a></ModifyAccountRequest>',
                     '<SetPasswordRequest %s id="%s" newPassword="Other-pass-12"/>',
                     '<GetMailboxRequest %s><mbox id="%s"/></GetMailboxRequest>',
                     '<DeleteAccountRequest %s id="%s"/>'):
            self.fault(body % (ADMIN_NS, state[there[0]]["zimbraId"][0]), "service.PROXY_ERROR")
        self.assertIn(there[0], self.sim.ctl("/state")["accounts"], "nothing was done on the way")
        # Directory requests are answered locally: the account still shows in a search.
        found = self.ok('<SearchDirectoryRequest %s domain="home.test" types="accounts" query="(uid=%s)"/>'
                        % (ADMIN_NS, there[0].split("@")[0]))
        self.assertEqual(len(found), 1)
        # Per batch item.
        batch = ('<BatchRequest xmlns="urn:zimbra" onerror="continue">'
                 '<GetAccountRequest %s requestId="0"><account by="name">%s</account></GetAccountRequest>'
                 '<GetAccountRequest %s requestId="1"><account by="name">%s</account></GetAccountRequest></BatchRequest>'
                 % (ADMIN_NS, here[0], ADMIN_NS, there[0]))
        status, _h, data = self.call(batch)
        self.assertEqual(status, 200)
        items = list(body_of(data))
        self.assertEqual(items[0].tag, "{urn:zimbraAdmin}GetAccountResponse")
        self.assertIn("service.PROXY_ERROR", ET.tostring(items[1], encoding="unicode"))

    # ---- AuthRequest with an expired token in its header (ZimbraSoapContext l.299-326) ------------

    def test_auth_with_an_expired_token_in_the_header_is_refused(self):
        token = login(self.sim)
        self.sim.ctl("/expire-tokens", {})
        try:
            auth = '<AuthRequest %s name="admin@zimbra.test" password="test-Admin-Pass1"/>' % ADMIN_NS
            self.fault(auth, "service.AUTH_EXPIRED", token=token)
            status, _h, data = self.sim.post('<soap:Envelope xmlns:soap="%s"><soap:Body>%s</soap:Body></soap:Envelope>'
                                             % (SOAP12, auth))
            self.assertEqual(status, 200, "without the header it logs in")
        finally:
            self.__class__.token = login(self.sim)

    # ---- Admin sessions: 5 per admin, one cached search, a lost one is replaced (Session l.65-86;
    #      SessionMap.putAndPrune l.155-200; DocumentHandler.getSession l.351-400) ----------------------

    def test_sessions_are_few_and_a_lost_one_is_replaced(self):
        self.domain("sess.test", 6)
        q = '<SearchDirectoryRequest %s domain="sess.test" types="accounts" limit="3" offset="%d" sortBy="name"/>'
        _s, _h, data = self.call(q % (ADMIN_NS, 0), session="")
        first = reply_session(data)
        # Five more sessions of the same admin: the sixth prunes the least recently used, the first.
        for _ in range(5):
            self.call('<NoOpRequest %s/>' % ADMIN_NS, session="")
        _s, _h, data = self.call(q % (ADMIN_NS, 3), session=first)
        self.assertNotEqual(reply_session(data), first, "the session is gone: a new one, named in the reply")
        # An unknown id gets a new session too.
        _s, _h, data = self.call('<NoOpRequest %s/>' % ADMIN_NS, session="no-such-session")
        self.assertNotIn(reply_session(data), (None, "no-such-session"))
        # Another search in the same session replaces its snapshot.
        _s, _h, data = self.call(q % (ADMIN_NS, 0), session="")
        sid = reply_session(data)
        self.call('<SearchDirectoryRequest %s domain="sess.test" types="accounts" limit="2" offset="0"/>' % ADMIN_NS,
                  session=sid)
        before = self.sim.ctl("/stats")["searched"]
        self.ok(q % (ADMIN_NS, 3), session=sid)
        self.assertGreater(self.sim.ctl("/stats")["searched"], before, "the first search is no longer cached")
        self.sim.ctl("/drop-sessions", {})
        _s, _h, data = self.call('<NoOpRequest %s/>' % ADMIN_NS, session=sid)
        self.assertNotEqual(reply_session(data), sid)


if __name__ == "__main__":
    unittest.main()
