"""One test per row of §13 of ../shared/reference/zimbra-admin-soap.md: where a real Zimbra is stricter
than a lenient stand-in would be. Each test failed on the simulator before it copied the row.

Run: python3 -m unittest discover -s tests/zimbra-sim -p 'test_*.py'
"""
import re
import unittest
import xml.etree.ElementTree as ET

from test_sim import ADMIN, SOAP12, Sim, env, login

ADMIN_NS = 'xmlns="urn:zimbraAdmin"'


def body_of(data):
    return ET.fromstring(data).find("{%s}Body" % SOAP12)[0]


def code_of(data):
    m = re.search(r"<Code>([^<]+)</Code>", data)
    return m.group(1) if m else None


class FidelityTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sim = Sim()
        cls.token = login(cls.sim)
        cls.call('<CreateDomainRequest %s name="f.test"/>' % ADMIN_NS)
        cls.sim.ctl("/populate", {"domain": "p.test", "count": 30})  # 30 accounts no other test touches

    @classmethod
    def tearDownClass(cls):
        stats = cls.sim.ctl("/stats")
        cls.sim.stop()
        assert stats["internal_errors"] == 0, "the simulator had internal errors"

    @classmethod
    def call(cls, body, session=False, token=None):
        token = token or cls.token
        if session:
            header = ('<soap:Header><context xmlns="urn:zimbra"><authToken>%s</authToken><session/></context>'
                      '</soap:Header>' % token)
            raw = '<soap:Envelope xmlns:soap="%s">%s<soap:Body>%s</soap:Body></soap:Envelope>' % (SOAP12, header, body)
            return cls.sim.post(raw)
        return cls.sim.post(env(body, token))

    def ok(self, body, **kw):
        status, _h, data = self.call(body, **kw)
        self.assertEqual(status, 200, data)
        return body_of(data)

    def fault(self, body, code, **kw):
        status, _h, data = self.call(body, **kw)
        self.assertEqual(code_of(data), code, data)
        return data

    def create_account(self, name, extra=""):
        el = self.ok('<CreateAccountRequest %s name="%s" password="Long-enough-1">%s</CreateAccountRequest>'
                     % (ADMIN_NS, name, extra))
        return el[0].get("id")

    # ---- §13 row 1: SearchDirectory without and with a session -----------------------------

    def test_search_without_a_session_cuts_at_offset_plus_limit(self):
        search = '<SearchDirectoryRequest %s domain="p.test" types="accounts" %s/>'
        r = self.ok(search % (ADMIN_NS, 'limit="5" offset="10"'))
        self.assertEqual((r.get("more"), r.get("searchTotal")), ("0", "15"))
        self.assertEqual([a.get("name") for a in r], ["user%05d@p.test" % i for i in range(10, 15)])
        r = self.ok(search % (ADMIN_NS, 'limit="5" offset="28"'))
        self.assertEqual((r.get("more"), r.get("searchTotal"), len(r)), ("0", "30", 2))
        # offset without limit: limit is Integer.MAX_VALUE, offset+limit overflows, the page is empty.
        r = self.ok(search % (ADMIN_NS, 'offset="3"'))
        self.assertEqual((len(r), r.get("more")), (0, "0"))
        r = self.ok(search % (ADMIN_NS, ''))
        self.assertEqual((len(r), r.get("searchTotal")), (30, "30"))

    def test_search_with_a_session_gives_the_true_more_and_total(self):
        status, _h, data = self.call('<SearchDirectoryRequest %s domain="p.test" types="accounts" limit="5" offset="10"/>'
                                     % ADMIN_NS, session=True)
        r = body_of(data)
        self.assertEqual((r.get("more"), r.get("searchTotal")), ("1", "30"))
        self.assertRegex(data, r'<session id="\d+">\d+</session>')

    # ---- row 2: per-item AUTH_REQUIRED in a batch --------------------------------------------

    def test_a_batch_with_an_unreadable_token_fails_item_by_item(self):
        batch = ('<BatchRequest xmlns="urn:zimbra"><NoOpRequest %s requestId="a"/>'
                 '<GetDomainRequest %s requestId="b"><domain by="name">f.test</domain></GetDomainRequest></BatchRequest>'
                 % (ADMIN_NS, ADMIN_NS))
        for token in ("0_not-a-token", None):
            status, _h, data = self.sim.post(env(batch, token))
            self.assertEqual(status, 200, data)
            items = body_of(data)
            self.assertEqual([(i.tag.split("}")[1], i.get("requestId")) for i in items], [("Fault", "a"), ("Fault", "b")])
            self.assertEqual(re.findall(r"<Code>([^<]+)</Code>", data), ["service.AUTH_REQUIRED"] * 2)
        # An expired token fails the whole batch, as it fails a single request.
        short = Sim("--token-lifetime", "0.001")
        try:
            token = login(short)
            status, _h, data = short.post(env(batch, token))
            self.assertEqual((status, code_of(data)), (500, "service.AUTH_EXPIRED"))
        finally:
            short.stop()

    # ---- row 3: immutable attributes ----------------------------------------------------------

    def test_immutable_attributes_are_refused_on_modify(self):
        aid = self.create_account("imm@f.test")
        for attr, value in (("mail", "x@f.test"), ("zimbraCreateTimestamp", "20200101000000Z"), ("uid", "other"),
                            ("zimbraId", "x"), ("zimbraLastLogonTimestamp", "20200101000000Z")):
            data = self.fault('<ModifyAccountRequest %s id="%s"><a n="%s">%s</a></ModifyAccountRequest>'
                              % (ADMIN_NS, aid, attr, value), "service.INVALID_REQUEST")
            self.assertIn("%s is immutable" % attr, data)
        did = self.ok('<GetDomainRequest %s><domain by="name">f.test</domain></GetDomainRequest>' % ADMIN_NS)[0].get("id")
        for attr in ("zimbraDomainName", "zimbraDomainType"):
            data = self.fault('<ModifyDomainRequest %s id="%s"><a n="%s">local</a></ModifyDomainRequest>'
                              % (ADMIN_NS, did, attr), "service.INVALID_REQUEST")
            self.assertIn("is immutable", data)

    # ---- row 4: typed attribute values ---------------------------------------------------------

    def test_attribute_values_are_type_checked(self):
        aid = self.create_account("typed@f.test")
        did = self.ok('<GetDomainRequest %s><domain by="name">f.test</domain></GetDomainRequest>' % ADMIN_NS)[0].get("id")
        for target, attr, value in (("Account", "zimbraPrefMailForwardingAddress", "not an address"),
                                    ("Account", "zimbraMailForwardingAddress", "nobody"),
                                    ("Account", "zimbraNotes", "x" * 1025),
                                    ("Domain", "zimbraDomainAggregateQuotaWarnPercent", "101"),
                                    ("Domain", "zimbraDomainMaxAccounts", "-1"),
                                    ("Domain", "zimbraDomainMaxAccounts", "ten")):
            eid = aid if target == "Account" else did
            self.fault('<Modify%sRequest %s id="%s"><a n="%s">%s</a></Modify%sRequest>'
                       % (target, ADMIN_NS, eid, attr, value, target), "account.INVALID_ATTR_VALUE")
        self.ok('<ModifyAccountRequest %s id="%s"><a n="zimbraPrefMailForwardingAddress">a@b.example</a></ModifyAccountRequest>'
                % (ADMIN_NS, aid))
        # An unknown attribute: refused on Modify, ignored in a search's attrs list.
        self.fault('<ModifyAccountRequest %s id="%s"><a n="zimbraNoSuchThing">1</a></ModifyAccountRequest>' % (ADMIN_NS, aid),
                   "account.INVALID_ATTR_NAME")
        r = self.ok('<SearchDirectoryRequest %s domain="p.test" limit="1" attrs="zimbraNoSuchThing,displayName"/>' % ADMIN_NS)
        self.assertEqual([a.get("n") for a in r[0]], ["displayName"])

    # ---- row 5: distribution-list rules -----------------------------------------------------

    def test_distribution_list_rules(self):
        lid = self.ok('<CreateDistributionListRequest %s name="l5@f.test"/>' % ADMIN_NS)[0].get("id")
        self.ok('<CreateDistributionListRequest %s name="dyn5@f.test" dynamic="1"/>' % ADMIN_NS)
        add = '<AddDistributionListMemberRequest %s id="%s"><dlm>%%s</dlm></AddDistributionListMemberRequest>' % (ADMIN_NS, lid)
        self.assertIn("Cannot add self", self.fault(add % "l5@f.test", "service.INVALID_REQUEST"))
        self.assertIn("dynamic group", self.fault(add % "dyn5@f.test", "service.INVALID_REQUEST"))
        self.fault(add % "not an address", "account.INVALID_ATTR_VALUE")
        self.ok(add % "x@elsewhere.example")
        data = self.fault('<RemoveDistributionListMemberRequest %s id="%s"/>' % (ADMIN_NS, lid), "service.INVALID_REQUEST")
        self.assertIn("empty remove set", data)

    # ---- row 6: empty types items ---------------------------------------------------------------

    def test_an_empty_types_item_is_an_unknown_type(self):
        for types in ("accounts,", "", ",accounts", "accounts,,aliases"):
            data = self.fault('<SearchDirectoryRequest %s types="%s" limit="1"/>' % (ADMIN_NS, types), "service.INVALID_REQUEST")
            self.assertIn("unknown type: ", data)

    # ---- row 7: RemoveAccountAlias and RenameAccount -------------------------------------------

    def test_remove_account_alias_as_zimbra_does_it(self):
        aid = self.create_account("ra@f.test")
        self.ok('<AddAccountAliasRequest %s id="%s" alias="ra-alias@f.test"/>' % (ADMIN_NS, aid))
        lid = self.ok('<CreateDistributionListRequest %s name="ral@f.test"/>' % ADMIN_NS)[0].get("id")
        self.ok('<AddDistributionListMemberRequest %s id="%s"><dlm>ra-alias@f.test</dlm></AddDistributionListMemberRequest>'
                % (ADMIN_NS, lid))
        # Without an id: it succeeds and removes nothing.
        self.ok('<RemoveAccountAliasRequest %s alias="ra-alias@f.test"/>' % ADMIN_NS)
        got = self.ok('<GetAccountRequest %s><account by="id">%s</account></GetAccountRequest>' % (ADMIN_NS, aid))
        self.assertIn("ra-alias@f.test", [a.text for a in got[0] if a.get("n") == "zimbraMailAlias"])
        self.fault('<RemoveAccountAliasRequest %s id="%s" alias="x@nowhere.example"/>' % (ADMIN_NS, aid), "account.NO_SUCH_DOMAIN")
        # With its id: removed, and from every list too.
        self.ok('<RemoveAccountAliasRequest %s id="%s" alias="ra-alias@f.test"/>' % (ADMIN_NS, aid))
        dl = self.ok('<GetDistributionListRequest %s><dl by="id">%s</dl></GetDistributionListRequest>' % (ADMIN_NS, lid))
        self.assertEqual([m.text for m in dl[0] if m.tag.endswith("dlm")], [])
        # A dangling alias goes with an id that is no account's.
        target = self.sim.ctl("/dangling-alias", {"alias": "ghost@f.test"})["target_id"]
        self.ok('<RemoveAccountAliasRequest %s id="%s" alias="ghost@f.test"/>' % (ADMIN_NS, target))
        r = self.ok('<SearchDirectoryRequest %s domain="f.test" types="aliases" query="(uid=ghost)"/>' % ADMIN_NS)
        self.assertEqual(len(r), 0)

    def test_rename_account_moves_aliases_and_lists(self):
        self.ok('<CreateDomainRequest %s name="g.test"/>' % ADMIN_NS)
        aid = self.create_account("rn@f.test")
        self.ok('<RenameAccountRequest %s id="%s" newName="rn@f.test"/>' % (ADMIN_NS, aid))  # the same name: fine
        self.ok('<AddAccountAliasRequest %s id="%s" alias="rn-a@f.test"/>' % (ADMIN_NS, aid))
        lid = self.ok('<CreateDistributionListRequest %s name="rnl@f.test"/>' % ADMIN_NS)[0].get("id")
        self.ok('<AddDistributionListMemberRequest %s id="%s"><dlm>rn@f.test</dlm><dlm>rn-a@f.test</dlm>'
                '</AddDistributionListMemberRequest>' % (ADMIN_NS, lid))
        r = self.ok('<RenameAccountRequest %s id="%s" newName="rn2@g.test"/>' % (ADMIN_NS, aid))
        aliases = [a.text for a in r[0] if a.get("n") == "zimbraMailAlias"]
        self.assertEqual(aliases, ["rn-a@g.test"])
        dl = self.ok('<GetDistributionListRequest %s><dl by="id">%s</dl></GetDistributionListRequest>' % (ADMIN_NS, lid))
        self.assertEqual(sorted(m.text for m in dl[0] if m.tag.endswith("dlm")), ["rn-a@g.test", "rn2@g.test"])
        # A clash with the moved alias: ALIAS_EXISTS.
        bid = self.create_account("rb@f.test")
        self.ok('<AddAccountAliasRequest %s id="%s" alias="clash@f.test"/>' % (ADMIN_NS, bid))
        self.create_account("clash@g.test")
        self.fault('<RenameAccountRequest %s id="%s" newName="rb@g.test"/>' % (ADMIN_NS, bid), "account.ALIAS_EXISTS")

    # ---- row 8: calendar resources are not counted ---------------------------------------------

    def test_calendar_resources_are_left_out_of_counts_limits_and_usage(self):
        self.ok('<CreateDomainRequest %s name="res.test"><a n="zimbraDomainMaxAccounts">1</a></CreateDomainRequest>' % ADMIN_NS)
        for i in range(2):
            self.ok('<CreateCalendarResourceRequest %s name="room%d@res.test" password="Long-enough-1">'
                    '<a n="zimbraCalResType">Location</a><a n="displayName">Room</a></CreateCalendarResourceRequest>'
                    % (ADMIN_NS, i))
        self.create_account("one@res.test")  # the limit of 1 is not used up by the rooms
        count = self.ok('<CountAccountRequest %s><domain by="name">res.test</domain></CountAccountRequest>' % ADMIN_NS)
        self.assertEqual(sum(int(c.text) for c in count), 1)
        usage = self.ok('<GetQuotaUsageRequest %s domain="res.test" allServers="1"/>' % ADMIN_NS)
        self.assertEqual([a.get("name") for a in usage], ["one@res.test"])

    # §6.2 and §14, GetQuotaUsage on several mailbox servers: test_servers.py (a 3-server simulator).

    # ---- row 9: the account-limit check ---------------------------------------------------------

    def test_account_limits_per_domain_cos_and_feature(self):
        self.ok('<CreateDomainRequest %s name="lim.test"><a n="zimbraDomainMaxAccounts">2</a></CreateDomainRequest>' % ADMIN_NS)
        self.create_account("a@lim.test")
        self.create_account("b@lim.test")
        # The limit comes before the exists check: a full domain says so even for a taken name.
        self.fault('<CreateAccountRequest %s name="a@lim.test" password="Long-enough-1"/>' % ADMIN_NS,
                   "account.TOO_MANY_ACCOUNTS")
        # Per COS and per feature.
        cos = "d78fd9c9-f000-440b-bce6-ea938d40fa2d"
        self.ok('<CreateDomainRequest %s name="cos.test"><a n="zimbraDomainCOSMaxAccounts">%s:1</a>'
                '<a n="zimbraDomainFeatureMaxAccounts">zimbraFeatureMobileSyncEnabled:1</a></CreateDomainRequest>'
                % (ADMIN_NS, cos))
        self.create_account("c1@cos.test", '<a n="zimbraCOSId">%s</a>' % cos)
        self.fault('<CreateAccountRequest %s name="c2@cos.test" password="Long-enough-1"><a n="zimbraCOSId">%s</a>'
                   '</CreateAccountRequest>' % (ADMIN_NS, cos), "account.TOO_MANY_ACCOUNTS")
        self.create_account("plain@cos.test")  # another COS: fine
        self.create_account("m1@cos.test", '<a n="zimbraFeatureMobileSyncEnabled">TRUE</a>')
        self.fault('<CreateAccountRequest %s name="m2@cos.test" password="Long-enough-1">'
                   '<a n="zimbraFeatureMobileSyncEnabled">TRUE</a></CreateAccountRequest>' % ADMIN_NS,
                   "account.TOO_MANY_ACCOUNTS")

    def test_the_total_is_counted_from_a_cache_far_from_the_limit(self):
        self.ok('<CreateDomainRequest %s name="cache.test"><a n="zimbraDomainMaxAccounts">8</a></CreateDomainRequest>' % ADMIN_NS)
        self.create_account("first@cache.test")  # 7 slots left: the count (1) is cached for 60 s
        for i in range(7):
            self.create_account("n%d@cache.test" % i)
        # The cached count is 1, so a ninth account passes the limit of 8, as on a real server.
        self.create_account("ninth@cache.test")
        count = self.ok('<CountAccountRequest %s><domain by="name">cache.test</domain></CountAccountRequest>' % ADMIN_NS)
        self.assertEqual(sum(int(c.text) for c in count), 9)

    # ---- row 10: the password policy ------------------------------------------------------------

    def test_the_full_password_policy(self):
        self.ok('<CreateDomainRequest %s name="pw.test"/>' % ADMIN_NS)
        policy = ''.join('<a n="%s">%s</a>' % kv for kv in (
            ("zimbraPasswordMinUpperCaseChars", "1"), ("zimbraPasswordMinLowerCaseChars", "1"),
            ("zimbraPasswordMinNumericChars", "1"), ("zimbraPasswordMinPunctuationChars", "1"),
            ("zimbraPasswordMinAlphaChars", "3"), ("zimbraPasswordAllowUsername", "FALSE")))
        create = '<CreateAccountRequest %s name="%%s@pw.test" password="%%s">%s</CreateAccountRequest>' % (ADMIN_NS, policy)
        for local, password, why in (("u1", "lower-only-1", "upper case"), ("u2", "UPPER-ONLY-1", "lower case"),
                                     ("u3", "No-Digits-Here", "numeric"), ("u4", "NoPunct1234", "punctuation"),
                                     ("u5", "A-1234567b", "alpha"), ("carol", "Carol-is-1", "username")):
            data = self.fault(create % (local, password), "account.INVALID_PASSWORD")
            self.assertIn(why, data)
        self.ok(create % ("fine", "Good-pass-1"))
        data = self.fault('<CreateAccountRequest %s name="short@pw.test" password="Ab-1"/>' % ADMIN_NS, "account.INVALID_PASSWORD")
        self.assertIn("too short", data)

    # ---- row 11: applyCos with attrs -------------------------------------------------------------

    def test_apply_cos_fills_the_listed_attributes(self):
        search = '<SearchDirectoryRequest %s domain="p.test" limit="1" attrs="zimbraMailQuota,displayName" %s/>'
        r = self.ok(search % (ADMIN_NS, ''))
        self.assertEqual({a.get("n"): a.text for a in r[0]}, {"zimbraMailQuota": "0", "displayName": "User 0"})
        r = self.ok(search % (ADMIN_NS, 'applyCos="0"'))
        self.assertEqual({a.get("n") for a in r[0]}, {"displayName"})

    # ---- row 12: loopback and the DoS filter -----------------------------------------------------

    def test_loopback_is_exempt_from_the_dos_filter_unless_asked(self):
        limited = Sim("--dos-limit", "2")
        try:
            conn = limited.connect()
            token = login(limited, conn)
            statuses = [limited.post(env('<NoOpRequest %s/>' % ADMIN_NS, token), conn)[0] for _ in range(6)]
            self.assertEqual(statuses, [200] * 6)
            limited.ctl("/dos-limit", {"limit": 2, "loopback": True})
            statuses = [limited.post(env('<NoOpRequest %s/>' % ADMIN_NS, token), conn)[0] for _ in range(6)]
            self.assertIn(429, statuses)
            conn.close()
        finally:
            limited.stop()

    # ---- row 13: numbers that are not -----------------------------------------------------------

    def test_a_number_that_is_not_one_is_an_invalid_request(self):
        self.ok('<CreateDistributionListRequest %s name="num@f.test"/>' % ADMIN_NS)
        for body in ('<SearchDirectoryRequest %s limit="ten"/>', '<SearchDirectoryRequest %s offset="x" limit="1"/>',
                     '<GetQuotaUsageRequest %s domain="f.test" limit="many"/>',
                     '<GetDistributionListRequest %s offset="?"><dl by="name">num@f.test</dl></GetDistributionListRequest>'):
            self.fault(body % ADMIN_NS, "service.INVALID_REQUEST")
        self.assertEqual(self.sim.ctl("/stats")["internal_errors"], 0)

    # ---- the simulator's own errors --------------------------------------------------------------

    def test_an_internal_error_is_counted_and_never_a_zimbra_fault(self):
        other = Sim()
        try:
            token = login(other)
            other.ctl("/fault", {"kind": "internal"})
            status, headers, data = other.post(env('<NoOpRequest %s/>' % ADMIN_NS, token))
            self.assertEqual((status, headers["Content-Type"]), (500, "text/plain;charset=utf-8"))
            self.assertNotIn("<Code>", data)
            self.assertEqual(other.ctl("/stats")["internal_errors"], 1)
        finally:
            other.stop()

    def test_the_attribute_table_covers_what_the_project_uses(self):
        """Every attribute the module, the CLI, the docs, the examples and the client name is in the
        table, so none passes here only to be refused by a real server, or the other way round."""
        import os
        import sys
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from zimbra_sim.attrs import A
        root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
        # Namespace words (urn:zimbraAdmin, urn:zimbraAccount), and the limit name that does not exist (§3.6).
        not_attributes = {"zimbraAdmin", "zimbraAccount", "zimbraMaxAccountsLimit"}
        used = set()
        for top in ("blesta-module", "bin", "docs", "examples", "src", "stubs", "README.md"):
            path = os.path.join(root, top)
            files = [path] if os.path.isfile(path) else [os.path.join(d, f) for d, _s, fs in os.walk(path) for f in fs]
            for f in files:
                if f.endswith((".php", ".pdt", ".md", ".c", ".h")):
                    with open(f, encoding="utf-8", errors="replace") as fh:
                        used.update(re.findall(r"\b(zimbra[A-Z][A-Za-z]+)\b", fh.read()))
        missing = sorted(used - set(A) - not_attributes)
        self.assertEqual(missing, [])
        self.assertGreater(len(used), 20)

    def test_count_objects(self):
        r = self.ok('<CountObjectsRequest %s type="domain"/>' % ADMIN_NS)
        self.assertGreaterEqual(int(r.get("num")), 2)
        r = self.ok('<CountObjectsRequest %s type="userAccount"><domain by="name">p.test</domain></CountObjectsRequest>' % ADMIN_NS)
        self.assertEqual(int(r.get("num")), 30)

    # ---- §14: status side effects, and GetAccountMembership ------------------------------------

    def attr(self, el, name):
        return [a.text for a in el if a.get("n") == name]

    def test_account_status_sets_the_mail_status(self):
        # AccountStatus.java l.52-58: closed and pending disable delivery; any other status enables it,
        # unless the same request sets zimbraMailStatus.
        aid = self.create_account("ms@f.test")
        modify = '<ModifyAccountRequest %s id="%s">%%s</ModifyAccountRequest>' % (ADMIN_NS, aid)
        for status, mail in (("closed", "disabled"), ("active", "enabled"), ("pending", "disabled"), ("locked", "enabled")):
            r = self.ok(modify % ('<a n="zimbraAccountStatus">%s</a>' % status))
            self.assertEqual(self.attr(r[0], "zimbraMailStatus"), [mail], status)
        r = self.ok(modify % '<a n="zimbraAccountStatus">active</a><a n="zimbraMailStatus">disabled</a>')
        self.assertEqual(self.attr(r[0], "zimbraMailStatus"), ["disabled"], "the request's own value stands")
        r = self.ok(modify % '<a n="zimbraAccountStatus">closed</a><a n="zimbraMailStatus">enabled</a>')
        self.assertEqual(self.attr(r[0], "zimbraMailStatus"), ["disabled"], "closed always disables")
        r = self.ok('<CreateAccountRequest %s name="mp@f.test" password="Long-enough-1"><a n="zimbraAccountStatus">pending</a>'
                    '</CreateAccountRequest>' % ADMIN_NS)
        self.assertEqual(self.attr(r[0], "zimbraMailStatus"), ["disabled"], "on create too")

    def test_a_closed_account_leaves_every_list_and_nothing_brings_it_back(self):
        # AccountStatus.java l.70-110: the address and its aliases leave every list; active again adds nothing.
        aid = self.create_account("cl@f.test")
        self.ok('<AddAccountAliasRequest %s id="%s" alias="cl-a@f.test"/>' % (ADMIN_NS, aid))
        lid = self.ok('<CreateDistributionListRequest %s name="cll@f.test"/>' % ADMIN_NS)[0].get("id")
        self.ok('<AddDistributionListMemberRequest %s id="%s"><dlm>cl@f.test</dlm><dlm>cl-a@f.test</dlm><dlm>x@other.example</dlm>'
                '</AddDistributionListMemberRequest>' % (ADMIN_NS, lid))
        modify = '<ModifyAccountRequest %s id="%s"><a n="zimbraAccountStatus">%%s</a></ModifyAccountRequest>' % (ADMIN_NS, aid)
        self.ok(modify % "locked")
        members = '<GetDistributionListRequest %s><dl by="id">%s</dl></GetDistributionListRequest>' % (ADMIN_NS, lid)
        self.assertEqual(len([m for m in self.ok(members)[0] if m.tag.endswith("dlm")]), 3, "locked keeps the lists")
        self.ok(modify % "closed")
        self.ok(modify % "active")
        self.assertEqual([m.text for m in self.ok(members)[0] if m.tag.endswith("dlm")], ["x@other.example"])

    def test_domain_status_sets_the_domains_mail_status(self):
        did = self.ok('<CreateDomainRequest %s name="ds.test"/>' % ADMIN_NS)[0].get("id")
        modify = '<ModifyDomainRequest %s id="%s"><a n="zimbraDomainStatus">%%s</a></ModifyDomainRequest>' % (ADMIN_NS, did)
        for status, mail in (("closed", "disabled"), ("active", "enabled"), ("suspended", "disabled"), ("locked", "enabled")):
            self.assertEqual(self.attr(self.ok(modify % status)[0], "zimbraMailStatus"), [mail], status)

    def test_account_membership_lists_direct_and_nested_lists(self):
        # GetAccountMembership.java: <dl name id dynamic [via]>, via only for a list reached through another.
        aid = self.create_account("mb@f.test")
        self.ok('<AddAccountAliasRequest %s id="%s" alias="mb-a@f.test"/>' % (ADMIN_NS, aid))
        inner = self.ok('<CreateDistributionListRequest %s name="mb-in@f.test"/>' % ADMIN_NS)[0].get("id")
        outer = self.ok('<CreateDistributionListRequest %s name="mb-out@f.test"/>' % ADMIN_NS)[0].get("id")
        add = '<AddDistributionListMemberRequest %s id="%%s"><dlm>%%s</dlm></AddDistributionListMemberRequest>' % ADMIN_NS
        self.ok(add % (inner, "mb-a@f.test"))
        self.ok(add % (outer, "mb-in@f.test"))
        r = self.ok('<GetAccountMembershipRequest %s><account by="name">mb@f.test</account></GetAccountMembershipRequest>' % ADMIN_NS)
        got = {dl.get("name"): dl.get("via") for dl in r}
        self.assertEqual(got, {"mb-in@f.test": None, "mb-out@f.test": "mb-in@f.test"})
        self.fault('<GetAccountMembershipRequest %s><account by="name">nobody@f.test</account></GetAccountMembershipRequest>'
                   % ADMIN_NS, "account.NO_SUCH_ACCOUNT")

    def test_the_users_own_login_and_password_change(self):
        # account/Auth.java and ChangePassword.java on the admin port (§1.1): what webmail does.
        aid = self.create_account("me@f.test")
        user = 'xmlns="urn:zimbraAccount"'
        auth = '<AuthRequest %s><account by="name">me@f.test</account><password>%%s</password></AuthRequest>' % user
        status, _h, data = self.sim.post(env(auth % "Long-enough-1", None))
        self.assertEqual(status, 200, data)
        self.assertIn("<authToken>", data)
        status, _h, data = self.sim.post(env(auth % "wrong", None))
        self.assertEqual(code_of(data), "account.AUTH_FAILED")
        change = ('<ChangePasswordRequest %s><account by="name">me@f.test</account><oldPassword>%%s</oldPassword>'
                  '<password>New-enough-2</password></ChangePasswordRequest>' % user)
        self.assertEqual(code_of(self.sim.post(env(change % "wrong", None))[2]), "account.AUTH_FAILED")
        self.assertEqual(self.sim.post(env(change % "Long-enough-1", None))[0], 200)
        self.assertEqual(code_of(self.sim.post(env(auth % "Long-enough-1", None))[2]), "account.AUTH_FAILED", "the old one no longer")
        self.assertEqual(self.sim.post(env(auth % "New-enough-2", None))[0], 200)
        for status in ("locked", "closed"):
            self.ok('<ModifyAccountRequest %s id="%s"><a n="zimbraAccountStatus">%s</a></ModifyAccountRequest>' % (ADMIN_NS, aid, status))
            self.assertEqual(code_of(self.sim.post(env(auth % "New-enough-2", None))[2]), "account.AUTH_FAILED", status)


if __name__ == "__main__":
    unittest.main()
