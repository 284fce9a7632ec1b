"""The in-memory directory: domains, accounts, aliases, lists, COS, with the rules LdapProvisioning
enforces (names, uniqueness, limits, attribute types, the password policy). References in comments
are to ../shared/reference/zimbra-admin-soap.md.

Accounts are indexed by domain, with each domain's uids kept sorted, so that a search of one
uid-prefix slice of a 100,000-account domain costs the slice, not the domain.
"""
import bisect
import re
import threading
import time
import uuid

from .attrs import A, apply_mods, check_value  # noqa: F401 (A is the table handlers read)
from .servers import Servers
from .soap import Fault

DEFAULT_COS_ID = "e00428a1-0c00-11d9-836a-000d93afea2a"
DEFAULT_EXTERNAL_COS_ID = "d78fd9c9-f000-440b-bce6-ea938d40fa2d"
SERVER_NAME = "mail.zimbra.test"

# Global config values that GetDomain applyConfig=1 fills in (domainInherited).
CONFIG_DOMAIN_DEFAULTS = {
    "zimbraMailDomainQuota": ["0"],
    "zimbraDomainAggregateQuota": ["0"],
    "zimbraDomainAggregateQuotaPolicy": ["ALLOWSENDRECEIVE"],
    "zimbraDomainAggregateQuotaWarnPercent": ["80"],
    "zimbraGalMaxResults": ["100"],
    "zimbraMailStatus": ["enabled"],
    "zimbraGalMode": ["zimbra"],
}

COS_DEFAULTS = {
    "zimbraMailQuota": ["0"],
    "zimbraPasswordMinLength": ["6"],
    "zimbraPasswordMaxLength": ["64"],
    "zimbraPasswordMinUpperCaseChars": ["0"],
    "zimbraPasswordMinLowerCaseChars": ["0"],
    "zimbraPasswordMinNumericChars": ["0"],
    "zimbraPasswordMinPunctuationChars": ["0"],
    "zimbraPasswordMinAlphaChars": ["0"],
    "zimbraPasswordMinDigitsOrPuncs": ["0"],
    "zimbraPasswordAllowUsername": ["TRUE"],
    "zimbraAdminAuthTokenLifetime": ["12h"],
    "zimbraAuthTokenLifetime": ["2d"],
    "zimbraMailMessageLifetime": ["0"],
    "zimbraMailTrashLifetime": ["30d"],
    "zimbraFeatureMobileSyncEnabled": ["FALSE"],
    "zimbraFeatureCalendarEnabled": ["TRUE"],
    "zimbraFeatureContactsEnabled": ["TRUE"],
    "zimbraFeatureBriefcasesEnabled": ["TRUE"],
    "zimbraFeatureTasksEnabled": ["TRUE"],
    "zimbraImapEnabled": ["TRUE"],
    "zimbraPop3Enabled": ["TRUE"],
    "zimbraPrefTimeZoneId": ["America/Chicago"],
    "zimbraPrefLocale": ["en_US"],
}

# Attributes the server never lets a client set at create time (LdapProvisioning.sInvalidAccountCreateModifyAttrs).
INVALID_CREATE_ATTRS = ("uid", "zimbraMailAlias", "zimbraMailDeliveryAddress")

# §13: zimbraDomainMaxAccounts uses a count cached for 60 s while more than 5 slots remain (Validators.java).
LIMIT_CACHE_SECONDS = 60
LIMIT_CACHE_MIN_SLOTS = 5

DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")
LOCAL_RE = re.compile(r"^[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$")
PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def now_ts():
    return time.strftime("%Y%m%d%H%M%SZ", time.gmtime())


class Entry:
    def __init__(self, kind, name, attrs):
        self.kind = kind                 # "domain" | "account" | "cos" | "dl"
        self.id = str(uuid.uuid4())
        self.name = name
        self.attrs = attrs               # name -> [values]
        self.attrs["zimbraId"] = [self.id]
        self.attrs.setdefault("zimbraCreateTimestamp", [now_ts()])

    def first(self, name, default=None):
        v = self.attrs.get(name)
        return v[0] if v else default

    @property
    def is_resource(self):
        return "zimbraCalResType" in self.attrs


class DomainIndex:
    """One domain's accounts: by name, and their (uid, name) pairs kept sorted."""

    def __init__(self):
        self.accounts = {}
        self.uids = []

    def add(self, a):
        self.accounts[a.name] = a
        bisect.insort(self.uids, (a.name.split("@", 1)[0], a.name))

    def remove(self, a):
        del self.accounts[a.name]
        key = (a.name.split("@", 1)[0], a.name)
        i = bisect.bisect_left(self.uids, key)
        if i < len(self.uids) and self.uids[i] == key:
            del self.uids[i]

    def with_uid_prefix(self, prefix, exact):
        """The accounts whose uid starts with prefix (is it, when exact), in uid order."""
        lo = bisect.bisect_left(self.uids, (prefix, ""))
        out = []
        for uid, name in self.uids[lo:]:
            if exact and uid != prefix or not exact and not uid.startswith(prefix):
                break
            out.append(self.accounts[name])
        return out


def status_side_effects(pairs, status_attr, disabling):
    """The status callbacks' preModify: AccountStatus.java l.52-58 (closed or pending disables mail delivery;
    any other status enables it unless the same request sets zimbraMailStatus) and, for domains,
    DomainStatus (closed or suspended disable it; §14)."""
    status = [v for n, v in pairs if n == status_attr]
    if not status:
        return pairs
    if status[-1] in disabling:
        return [(n, v) for n, v in pairs if n.lstrip("+-") != "zimbraMailStatus"] + [("zimbraMailStatus", "disabled")]
    if any(n.lstrip("+-") == "zimbraMailStatus" for n, _ in pairs):
        return pairs
    return pairs + [("zimbraMailStatus", "enabled")]


class Directory:
    """All state; every public method is called with self.lock held."""

    def __init__(self, mailbox_servers=1):
        self.lock = threading.RLock()
        self.servers = Servers(mailbox_servers, SERVER_NAME)
        self.ldap_size_limit = 0  # OpenLDAP's size.hard for Zimbra's bind DN; 0 = unlimited (Zimbra's own setup)
        self.reset()

    def reset(self):
        self.domains = {}      # name -> Entry
        self.accounts = {}     # primary name -> Entry (calendar resources are accounts with zimbraCalResType)
        self.by_domain = {}    # domain name -> DomainIndex of its accounts
        self.dls = {}          # list address -> Entry (static lists and dynamic groups)
        self.aliases = {}      # alias address -> target Entry (account or dl), possibly one no longer there
        self.coses = {}        # name -> Entry
        self.by_id = {}        # zimbraId -> Entry
        self.passwords = {}    # account id -> password
        self.usage = {}        # account id -> bytes used
        self.limit_cache = {}  # domain name -> (count, valid until)
        self.servers.reset()
        for name, cid, desc in (("default", DEFAULT_COS_ID, "The default COS"),
                                ("defaultExternal", DEFAULT_EXTERNAL_COS_ID, "The default external users COS")):
            cos = Entry("cos", name, dict((k, list(v)) for k, v in COS_DEFAULTS.items()))
            cos.id = cid
            cos.attrs["zimbraId"] = [cid]
            cos.attrs["cn"] = [name]
            cos.attrs["description"] = [desc]
            self.coses[name] = cos
            self.by_id[cid] = cos

    # ---- the account index -------------------------------------------

    def _index_add(self, a):
        self.accounts[a.name] = a
        self.by_id[a.id] = a
        self.by_domain.setdefault(a.name.split("@", 1)[1], DomainIndex()).add(a)

    def _index_remove(self, a):
        del self.accounts[a.name]
        self.by_domain[a.name.split("@", 1)[1]].remove(a)

    # ---- lookups -------------------------------------------------------

    def domain(self, by, key):
        if by == "id":
            e = self.by_id.get(key)
            return e if e is not None and e.kind == "domain" else None
        if by == "name":
            return self.domains.get(key.lower())
        if by == "virtualHostname":
            for d in self.domains.values():
                if key.lower() in d.attrs.get("zimbraVirtualHostname", []):
                    return d
            return None
        raise Fault("service.INVALID_REQUEST", "invalid request: unknown value for by: %s" % by)

    def account(self, by, key):
        """By name this also matches aliases, as Zimbra's accountByName filter does."""
        if by == "id":
            e = self.by_id.get(key)
            return e if e is not None and e.kind == "account" else None
        if by in ("name", "adminName"):
            key = key.lower()
            if by == "adminName" or "@" not in key:
                for a in self.accounts.values():
                    if a.first("uid") == key and a.first("zimbraIsAdminAccount") == "TRUE":
                        return a
                return None
            a = self.accounts.get(key) or self.aliases.get(key)
            return a if a is not None and a.kind == "account" and a.id in self.by_id else None
        raise Fault("service.INVALID_REQUEST", "invalid request: unknown value for by: %s" % by)

    def cos(self, by, key):
        if by == "id":
            e = self.by_id.get(key)
            return e if e is not None and e.kind == "cos" else None
        if by == "name":
            return self.coses.get(key)
        raise Fault("service.INVALID_REQUEST", "invalid request: unknown value for by: %s" % by)

    def address_taken(self, address):
        return address in self.accounts or address in self.aliases or address in self.dls

    def exists_fault(self, address, code="account.ACCOUNT_EXISTS"):
        local, domain_name = address.split("@", 1)
        return Fault(code, "email address already exists: %s, at DN: uid=%s,ou=people,%s" % (
            address, local, ",".join("dc=" + p for p in domain_name.split("."))))

    def accounts_in(self, domain_name):
        index = self.by_domain.get(domain_name)
        return list(index.accounts.values()) if index else []

    def effective_cos(self, account):
        cid = account.first("zimbraCOSId")
        if cid and cid in self.by_id:
            return self.by_id[cid]
        dom = self.domains.get(account.name.split("@", 1)[1])
        if dom is not None and dom.first("zimbraDomainDefaultCOSId") in self.by_id:
            return self.by_id[dom.first("zimbraDomainDefaultCOSId")]
        return self.coses["default"]

    def effective(self, account, name, default=None):
        """An account's value, else its COS's (accountCosDomainInherited)."""
        return account.first(name) or self.effective_cos(account).first(name, default)

    def counted_accounts(self, domain_name):
        """What CountAccount, zimbraDomainMaxAccounts and GetQuotaUsage count: no calendar resources,
        no system resources (§6.1, §13; LdapProvisioning.CountAccountVisitor, GetQuotaUsage l.292)."""
        return [a for a in self.accounts_in(domain_name)
                if not a.is_resource and a.first("zimbraIsSystemResource") != "TRUE"]

    # ---- domain status (AccessManager.checkDomainStatus) ---------------

    def check_domain_writable(self, domain_name):
        d = self.domains.get(domain_name)
        if d is None:
            return
        status = d.first("zimbraDomainStatus", "active")
        if status in ("suspended", "shutdown"):
            raise Fault("service.PERM_DENIED", "permission denied: domain is %s" % status)

    # ---- domains -------------------------------------------------------

    def create_domain(self, name, pairs):
        pairs = status_side_effects(pairs, "zimbraDomainStatus", ("closed", "suspended"))
        name = name.strip().lower()
        if not DOMAIN_RE.match(name):
            raise Fault("service.INVALID_REQUEST", "invalid request: invalid domain name: %s" % name)
        if name in self.domains:
            raise Fault("account.DOMAIN_EXISTS", "domain already exists: %s" % name)
        d = Entry("domain", name, {})
        apply_mods(d.attrs, pairs, "domain")
        d.attrs["zimbraId"] = [d.id]
        d.attrs["zimbraDomainName"] = [name]
        d.attrs.setdefault("zimbraDomainStatus", ["active"])
        d.attrs.setdefault("zimbraDomainType", ["local"])
        cos_id = d.first("zimbraDomainDefaultCOSId")
        if cos_id and self.cos("id", cos_id) is None:
            raise Fault("account.NO_SUCH_COS", "no such cos: %s" % cos_id)
        self.domains[name] = d
        self.by_id[d.id] = d
        self.by_domain.setdefault(name, DomainIndex())
        return d

    def _modify(self, entry, pairs, klass, cos_attr):
        """ModifyDomain and ModifyAccount: the changes checked on a copy, a named COS must exist,
        and the entry keeps its id; nothing changes when any of it is refused."""
        attrs = {k: list(v) for k, v in entry.attrs.items()}
        apply_mods(attrs, pairs, klass, modify=True)
        cos_id = attrs.get(cos_attr, [None])[0]
        if cos_id and self.cos("id", cos_id) is None:
            raise Fault("account.NO_SUCH_COS", "no such cos: %s" % cos_id)
        attrs["zimbraId"] = [entry.id]
        entry.attrs = attrs

    def modify_domain(self, d, pairs):
        if d.first("zimbraDomainStatus") == "shutdown":
            raise Fault("service.PERM_DENIED", "permission denied: can not access domain, domain is in shutdown status")
        self._modify(d, status_side_effects(pairs, "zimbraDomainStatus", ("closed", "suspended")), "domain", "zimbraDomainDefaultCOSId")
        self.limit_cache.pop(d.name, None)

    def delete_domain(self, d):
        if d.first("zimbraDomainStatus") == "shutdown":
            raise Fault("service.PERM_DENIED", "permission denied: can not access domain, domain is in shutdown status")
        suffix = "@" + d.name
        names = self.accounts_in_names(d.name) + [n for n in list(self.aliases) + list(self.dls) if n.endswith(suffix)]
        remaining = ["uid=%s,ou=people,%s" % (n.split("@")[0], ",".join("dc=" + p for p in d.name.split(".")))
                     for n in sorted(names)]
        if remaining:
            raise Fault("account.DOMAIN_NOT_EMPTY", "domain not empty: %s (remaining entries: %s ...)" % (
                d.name, " ".join("[%s]" % r for r in remaining[:5])))
        del self.domains[d.name]
        del self.by_id[d.id]
        self.by_domain.pop(d.name, None)
        self.limit_cache.pop(d.name, None)

    def accounts_in_names(self, domain_name):
        index = self.by_domain.get(domain_name)
        return list(index.accounts) if index else []

    # ---- accounts ------------------------------------------------------

    def split_address(self, address, what="email address"):
        address = address.strip().lower()
        if address.count("@") != 1:
            raise Fault("service.INVALID_REQUEST", "invalid request: must be valid %s: %s" % (what, address))
        local, dom = address.split("@")
        if not LOCAL_RE.match(local) or not DOMAIN_RE.match(dom):
            raise Fault("service.INVALID_REQUEST", "invalid request: must be valid %s: %s" % (what, address))
        return address, local, dom

    def check_password(self, password, account):
        """The full policy of the account or its COS (LdapProvisioning.checkPasswordStrength, §13)."""
        def num(name):
            return int(self.effective(account, name, "0") or 0)

        def violation(what, attr=None, value=None):
            return Fault("account.INVALID_PASSWORD", "invalid password: %s" % what,
                         [(attr, "NUM", str(value))] if attr else [])

        min_len, max_len = num("zimbraPasswordMinLength"), num("zimbraPasswordMaxLength")
        if len(password) < min_len:
            raise violation("too short", "zimbraPasswordMinLength", min_len)
        if max_len and len(password) > max_len:
            raise violation("too long", "zimbraPasswordMaxLength", max_len)
        allowed = self.effective(account, "zimbraPasswordAllowedChars", "")
        punct_set = self.effective(account, "zimbraPasswordAllowedPunctuationChars", "") or PUNCTUATION
        if allowed:
            pattern = re.compile(allowed)
            if any(not pattern.fullmatch(c) for c in password):
                raise violation("contains invalid characters")
        upper = sum(c.isupper() for c in password)
        lower = sum(c.islower() for c in password)
        digits = sum(c.isdigit() for c in password)
        punct = sum(c in punct_set for c in password)
        alpha = sum(c.isalpha() for c in password)
        for count, attr, what in ((upper, "zimbraPasswordMinUpperCaseChars", "not enough upper case characters"),
                                  (lower, "zimbraPasswordMinLowerCaseChars", "not enough lower case characters"),
                                  (digits, "zimbraPasswordMinNumericChars", "not enough numeric characters"),
                                  (punct, "zimbraPasswordMinPunctuationChars", "not enough punctuation characters"),
                                  (alpha, "zimbraPasswordMinAlphaChars", "not enough alpha characters"),
                                  (digits + punct, "zimbraPasswordMinDigitsOrPuncs",
                                   "not enough numeric or punctuation characters")):
            if count < num(attr):
                raise violation(what, attr, num(attr))
        if self.effective(account, "zimbraPasswordAllowUsername", "TRUE") == "FALSE":
            local = account.name.split("@")[0].lower()
            if local and local in password.lower():
                raise violation("password contains username")

    def check_domain_limit(self, dom, new_account=None):
        """zimbraDomainMaxAccounts, zimbraDomainCOSMaxAccounts and zimbraDomainFeatureMaxAccounts (§13;
        Validators.java l.52-132, 182-350). The total uses a count cached for 60 s while more than 5 slots
        remain, so a burst of creates far from the limit can pass it: Zimbra does the same."""
        limit = dom.first("zimbraDomainMaxAccounts")
        if limit not in (None, ""):
            limit = int(limit)
            cached = self.limit_cache.get(dom.name)
            if cached and time.monotonic() < cached[1] and limit - cached[0] > LIMIT_CACHE_MIN_SLOTS:
                count = cached[0]
            else:
                count = len(self.counted_accounts(dom.name))
                if limit - count > LIMIT_CACHE_MIN_SLOTS:
                    self.limit_cache[dom.name] = (count, time.monotonic() + LIMIT_CACHE_SECONDS)
                else:
                    self.limit_cache.pop(dom.name, None)
            if count >= limit:
                raise Fault("account.TOO_MANY_ACCOUNTS", "number of accounts reached the limit: domain=%s (%s)" % (
                    dom.name, limit))
        if new_account is None:
            return
        for spec in dom.attrs.get("zimbraDomainCOSMaxAccounts", []):
            cos_id, _, n = spec.partition(":")
            if self.effective_cos(new_account).id == cos_id:
                used = sum(1 for a in self.counted_accounts(dom.name) if self.effective_cos(a).id == cos_id)
                if used >= int(n or 0):
                    raise Fault("account.TOO_MANY_ACCOUNTS", "number of accounts reached the limit: domain=%s, cos=%s (%s)"
                                % (dom.name, cos_id, n))
        for spec in dom.attrs.get("zimbraDomainFeatureMaxAccounts", []):
            feature, _, n = spec.partition(":")
            if self.effective(new_account, feature) == "TRUE":
                used = sum(1 for a in self.counted_accounts(dom.name) if self.effective(a, feature) == "TRUE")
                if used >= int(n or 0):
                    raise Fault("account.TOO_MANY_ACCOUNTS", "number of accounts reached the limit: domain=%s, "
                                "feature=%s (%s)" % (dom.name, feature, n))

    def create_account(self, address, password, pairs, resource=False):
        pairs = status_side_effects(pairs, "zimbraAccountStatus", ("closed", "pending"))  # preModify runs on create too
        address, local, domain_name = self.split_address(address)
        dom = self.domains.get(domain_name)
        if dom is None:
            raise Fault("account.NO_SUCH_DOMAIN", "no such domain: %s" % domain_name)
        if dom.first("zimbraDomainType") != "local":
            raise Fault("service.INVALID_REQUEST", "invalid request: domain type must be local")
        for name, _v in pairs:
            if name.lstrip("+-") in INVALID_CREATE_ATTRS:
                raise Fault("service.INVALID_REQUEST", "invalid request: invalid attribute for CreateAccount: %s"
                            % name.lstrip("+-"))
        self.check_domain_writable(domain_name)
        attrs = {}
        apply_mods(attrs, [(n, v) for n, v in pairs if v != ""], "account")
        a = Entry("account", address, attrs)
        a.attrs["zimbraId"] = [a.id]
        a.attrs["uid"] = [local]
        a.attrs["mail"] = [address]
        a.attrs["zimbraMailDeliveryAddress"] = [address]
        a.attrs.setdefault("zimbraAccountStatus", ["active"])
        a.attrs.setdefault("zimbraMailStatus", ["enabled"])
        if not a.first("zimbraMailHost"):
            self.set_home(a, self.servers.pick_home())
        a.attrs.setdefault("cn", [a.first("displayName", local)])
        a.attrs.setdefault("sn", [local])
        # The limit is checked before the exists and password checks (§13): a full domain says so first.
        if not resource and a.first("zimbraIsSystemResource") != "TRUE":
            self.check_domain_limit(dom, a)
        if self.address_taken(address):
            raise self.exists_fault(address)
        cos_id = a.first("zimbraCOSId")
        if cos_id and self.cos("id", cos_id) is None:
            raise Fault("account.NO_SUCH_COS", "no such cos: %s" % cos_id)
        if password is not None and a.first("userPassword") is None:
            self.check_password(password, a)
        a.attrs.pop("userPassword", None)
        self._index_add(a)
        self.passwords[a.id] = password
        self.usage[a.id] = 0
        return a

    def set_home(self, a, server):
        """zimbraMailHost and zimbraMailTransport, as LdapProvisioning.setMailHost writes them."""
        a.attrs["zimbraMailHost"] = [server.name]
        a.attrs["zimbraMailTransport"] = ["lmtp:%s:%s" % (server.name, server.first("zimbraLmtpBindPort", "7025"))]

    def modify_account(self, a, pairs):
        self.check_domain_writable(a.name.split("@")[1])
        self._modify(a, status_side_effects(pairs, "zimbraAccountStatus", ("closed", "pending")), "account", "zimbraCOSId")

    def delete_account(self, a):
        self.check_domain_writable(a.name.split("@")[1])
        for alias in a.attrs.get("zimbraMailAlias", []):
            self.aliases.pop(alias, None)
        self.remove_from_all_lists([a.name] + a.attrs.get("zimbraMailAlias", []))
        self._index_remove(a)
        del self.by_id[a.id]
        self.passwords.pop(a.id, None)
        self.usage.pop(a.id, None)

    def set_password(self, a, password):
        """A global admin is not bound by the policy: violations come back as a message."""
        self.check_domain_writable(a.name.split("@")[1])
        message = None
        try:
            self.check_password(password, a)
        except Fault as f:
            message = ("Password violation: account=%s, violation=%s.  Password is set successfully."
                       % (a.name, f.message))
        self.passwords[a.id] = password
        return message

    def rename_account(self, a, new_address):
        """As LdapProvisioning.renameAccount (§13): the same name is fine; aliases in the old domain move to
        the new one (ALIAS_EXISTS on a clash); every list follows; cn follows when it was the old uid."""
        new, new_local, new_domain = self.split_address(new_address)
        dom = self.domains.get(new_domain)
        if dom is None:
            raise Fault("account.NO_SUCH_DOMAIN", "no such domain: %s" % new_domain)
        old = a.name
        old_local, old_domain = old.split("@")
        self.check_domain_writable(old_domain)
        if new == old:
            return
        if self.address_taken(new):
            raise Fault("account.ACCOUNT_EXISTS", "email address already exists: %s" % new)
        if new_domain != old_domain:
            self.check_domain_limit(dom, a)
        moved = {}
        if new_domain != old_domain:
            for alias in a.attrs.get("zimbraMailAlias", []):
                local, _, alias_domain = alias.partition("@")
                if alias_domain == old_domain:
                    target = local + "@" + new_domain
                    if self.address_taken(target):
                        raise Fault("account.ALIAS_EXISTS", "alias already exists: %s" % target)
                    moved[alias] = target
        self._index_remove(a)
        a.name = new
        a.attrs["uid"] = [new_local]
        a.attrs["zimbraMailDeliveryAddress"] = [new]
        if a.first("cn") == old_local:
            a.attrs["cn"] = [new_local]
        aliases = [moved.get(x, x) for x in a.attrs.get("zimbraMailAlias", [])]
        for before, after in moved.items():
            del self.aliases[before]
            self.aliases[after] = a
        if aliases:
            a.attrs["zimbraMailAlias"] = aliases
        a.attrs["mail"] = [new] + aliases
        self._index_add(a)
        renames = dict(moved, **{old: new})
        for dl in self.dls.values():
            dl.members = [renames.get(m, m) for m in dl.members]

    def add_alias(self, a, alias):
        alias, local, domain_name = self.split_address(alias, "alias")
        if domain_name not in self.domains:
            raise Fault("account.NO_SUCH_DOMAIN", "no such domain: %s" % domain_name)
        self.check_domain_writable(a.name.split("@")[1])
        if self.address_taken(alias):
            # Zimbra answers ACCOUNT_EXISTS here, not ALIAS_EXISTS (LdapProvisioning.addAliasInternal).
            raise self.exists_fault(alias)
        self.aliases[alias] = a
        a.attrs.setdefault("zimbraMailAlias", []).append(alias)
        a.attrs.setdefault("mail", []).append(alias)

    def remove_alias(self, account_id, alias):
        """RemoveAccountAlias (§13; RemoveAccountAlias.java l.77-90): without an id nothing is removed;
        with an id that is no account's, only a dangling alias (its target gone) is removed; the alias
        also leaves every list."""
        alias = alias.strip().lower()
        _addr, _local, domain_name = self.split_address(alias, "alias")
        if domain_name not in self.domains:
            raise Fault("account.NO_SUCH_DOMAIN", "no such domain: %s" % domain_name)
        if account_id is None:
            return
        target = self.aliases.get(alias)
        account = self.account("id", account_id)
        if account is None:
            if target is not None and target.id not in self.by_id:
                del self.aliases[alias]
                self.remove_from_all_lists([alias])
                return
            raise Fault("account.NO_SUCH_ACCOUNT", "no such account: %s" % account_id)
        if target is not account:
            raise Fault("account.NO_SUCH_ALIAS", "no such alias: %s" % alias)
        self.check_domain_writable(account.name.split("@")[1])
        del self.aliases[alias]
        for attr in ("zimbraMailAlias", "mail"):
            vals = account.attrs.get(attr, [])
            if alias in vals:
                vals.remove(alias)
        self.remove_from_all_lists([alias])

    def dangling_alias(self, alias):
        """An alias whose target is gone, as a half-finished delete leaves one (for tests)."""
        alias, _local, domain_name = self.split_address(alias, "alias")
        ghost = Entry("account", "ghost-%s" % uuid.uuid4().hex[:8] + "@" + domain_name, {})
        self.aliases[alias] = ghost
        return ghost.id

    # ---- closed accounts and lists -------------------------------------

    def remove_from_all_lists(self, addresses):
        """What Zimbra does for a deleted or closed account: its addresses leave every list."""
        gone = set(addresses)
        for dl in self.dls.values():
            if gone.intersection(dl.members):
                dl.members = [m for m in dl.members if m not in gone]

    def after_account_modified(self, a, pairs):
        """AccountStatus.postModify (account/callback/AccountStatus.java l.70-110): a modify that sets
        zimbraAccountStatus, leaving the account closed, removes its address and aliases from every list
        (nothing puts them back later; §14)."""
        sets_status = any(name.lstrip("+-") == "zimbraAccountStatus" for name, _ in pairs)
        if sets_status and a.first("zimbraAccountStatus") == "closed":
            self.remove_from_all_lists([a.name] + a.attrs.get("zimbraMailAlias", []))

    def membership(self, a):
        """GetAccountMembership (service/admin/GetAccountMembership.java): every list holding the account's
        address or an alias, then the lists holding those lists, each once, with via naming the list it is
        reached through (absent for a direct membership)."""
        addresses = set([a.name] + a.attrs.get("zimbraMailAlias", []))
        found = {}
        queue = [(dl, None) for dl in self.dls.values() if addresses.intersection(dl.members)]
        while queue:
            dl, via = queue.pop(0)
            if dl.id in found:
                continue
            found[dl.id] = (dl, via)
            names = set([dl.name] + dl.attrs.get("zimbraMailAlias", []))
            queue.extend((outer, dl.name) for outer in self.dls.values() if names.intersection(outer.members))
        return list(found.values())

    # ---- distribution lists --------------------------------------------

    def dl(self, by, key):
        if by == "id":
            e = self.by_id.get(key)
            return e if e is not None and e.kind == "dl" else None
        if by == "name":
            key = key.lower()
            target = self.dls.get(key) or self.aliases.get(key)
            return target if target is not None and target.kind == "dl" else None
        raise Fault("service.INVALID_REQUEST", "invalid request: unknown value for by: %s" % by)

    def create_dl(self, address, dynamic, pairs):
        address, local, domain_name = self.split_address(address, "email address")
        dom = self.domains.get(domain_name)
        if dom is None:
            raise Fault("account.NO_SUCH_DOMAIN", "no such domain: %s" % domain_name)
        self.check_domain_writable(domain_name)
        if self.address_taken(address):
            raise Fault("account.DISTRIBUTION_LIST_EXISTS", "email address already exists: %s" % address)
        dl = Entry("dl", address, {})
        apply_mods(dl.attrs, [(n, v) for n, v in pairs if v != ""], "dl")
        dl.attrs["zimbraId"] = [dl.id]
        dl.attrs["uid"] = [local]
        dl.attrs["mail"] = [address]
        dl.attrs.setdefault("zimbraMailStatus", ["enabled"])
        dl.attrs["zimbraMailAlias"] = [address]
        dl.dynamic = bool(dynamic)
        dl.members = []
        self.dls[address] = dl
        self.by_id[dl.id] = dl
        return dl

    def modify_dl(self, dl, pairs):
        self.check_domain_writable(dl.name.split("@")[1])
        attrs = {k: list(v) for k, v in dl.attrs.items()}
        apply_mods(attrs, pairs, "dl", modify=True)
        attrs["zimbraId"] = [dl.id]
        dl.attrs = attrs

    def delete_dl(self, dl):
        self.check_domain_writable(dl.name.split("@")[1])
        for alias, target in list(self.aliases.items()):
            if target is dl:
                del self.aliases[alias]
        del self.dls[dl.name]
        del self.by_id[dl.id]
        self.remove_from_all_lists([dl.name])

    def add_members(self, dl, members):
        """LdapProvisioning.addMembers (§13, l.7518-7579): addresses only, never the list itself, never a
        dynamic group."""
        if not members:
            raise Fault("service.INVALID_REQUEST", "invalid request: members to add not specified")
        self.check_domain_writable(dl.name.split("@")[1])
        own = {dl.name} | set(dl.attrs.get("zimbraMailAlias", []))
        wanted = []
        for m in members:
            m = m.strip().lower()
            local, at, domain = m.partition("@")
            if not at or not LOCAL_RE.match(local) or not DOMAIN_RE.match(domain):
                raise Fault("account.INVALID_ATTR_VALUE", "invalid attr value: invalid member email address: %s" % m)
            if m in own:
                raise Fault("service.INVALID_REQUEST", "invalid request: Cannot add self as a member: %s" % m)
            target = self.dls.get(m) or self.aliases.get(m)
            if target is not None and target.kind == "dl" and getattr(target, "dynamic", False):
                raise Fault("service.INVALID_REQUEST", "invalid request: dynamic group %s cannot be a member of a "
                            "distribution list" % m)
            wanted.append(m)
        for m in wanted:
            if m not in dl.members:
                dl.members.append(m)

    def remove_members(self, dl, members):
        self.check_domain_writable(dl.name.split("@")[1])
        wanted = [m.strip().lower() for m in members if m.strip()]
        if not wanted:
            raise Fault("service.INVALID_REQUEST", "invalid request: empty remove set")
        missing = [m for m in wanted if m not in dl.members]
        if missing:
            # "remove of a non-existent member causes an exception and no modification to the list"
            raise Fault("account.NO_SUCH_MEMBER", "non-existent members: %s in distribution list: %s" % (
                ",".join(missing), dl.name))
        dl.members = [m for m in dl.members if m not in wanted]

    def add_dl_alias(self, dl, alias):
        alias, _local, domain_name = self.split_address(alias, "alias")
        if domain_name not in self.domains:
            raise Fault("account.NO_SUCH_DOMAIN", "no such domain: %s" % domain_name)
        if self.address_taken(alias):
            raise self.exists_fault(alias)
        self.aliases[alias] = dl
        dl.attrs.setdefault("zimbraMailAlias", []).append(alias)

    def remove_dl_alias(self, dl, alias):
        alias = alias.strip().lower()
        if self.aliases.get(alias) is not dl:
            raise Fault("account.NO_SUCH_ALIAS", "no such alias: %s" % alias)
        del self.aliases[alias]
        dl.attrs["zimbraMailAlias"].remove(alias)

    # ---- calendar resources --------------------------------------------

    def create_resource(self, address, password, pairs):
        names = [n for n, _v in pairs]
        if "zimbraCalResType" not in names or "displayName" not in names:
            raise Fault("service.INVALID_REQUEST", "invalid request: missing required attribute: zimbraCalResType")
        a = self.create_account(address, password, pairs, resource=True)
        a.attrs["zimbraAccountCalendarUserType"] = ["RESOURCE"]
        return a

    # ---- search --------------------------------------------------------

    def alias_entries(self, domain_name=None):
        suffix = "@" + domain_name if domain_name else ""
        for alias, target in self.aliases.items():
            if alias == target.name or not alias.endswith(suffix):
                continue
            e = Entry.__new__(Entry)
            e.kind = "alias"
            e.name = alias
            e.id = "alias-" + alias
            e.target = target
            e.attrs = {"zimbraId": [e.id], "uid": [alias.split("@")[0]], "mail": [alias],
                       "zimbraAliasTargetId": [target.id]}
            yield e

    def search(self, types, domain_name, matcher, uid_slice=None, stop_after=None):
        """Every match of types in the domain (or everywhere); at most stop_after of them when given.
        uid_slice = (prefix, exact) narrows accounts through the index when the filter requires it."""
        out = []
        want = set(types)

        def full():
            return stop_after is not None and len(out) >= stop_after

        if "resources" in want or "accounts" in want:
            indexes = [self.by_domain.get(domain_name)] if domain_name else list(self.by_domain.values())
            for index in indexes:
                if index is None:
                    continue
                candidates = index.with_uid_prefix(*uid_slice) if uid_slice else index.accounts.values()
                for a in candidates:
                    if (a.is_resource and "resources" in want) or (not a.is_resource and "accounts" in want):
                        if matcher is None or matcher(a.attrs):
                            out.append(a)
                            if full():
                                return out
        suffix = "@" + domain_name if domain_name else ""
        for dl in self.dls.values():
            if (("dynamicgroups" in want) if dl.dynamic else ("distributionlists" in want)) and dl.name.endswith(suffix):
                if matcher is None or matcher(dl.attrs):
                    out.append(dl)
                    if full():
                        return out
        if "aliases" in want:
            for e in self.alias_entries(domain_name):
                if matcher is None or matcher(e.attrs):
                    out.append(e)
                    if full():
                        return out
        if "domains" in want:
            for d in self.domains.values():
                if (not domain_name or d.name == domain_name) and (matcher is None or matcher(d.attrs)):
                    out.append(d)
        if "coses" in want:
            out.extend(c for c in self.coses.values() if matcher is None or matcher(c.attrs))
        return out

    def populate(self, domain_name, count, prefix="user"):
        """Bulk accounts for large-domain tests, without a SOAP request each."""
        dom = self.domains.get(domain_name) or self.create_domain(domain_name, [])
        index = self.by_domain[dom.name]
        new = []
        for i in range(count):
            address = "%s%05d@%s" % (prefix, i, dom.name)
            if address in self.accounts:
                continue
            a = Entry("account", address, {
                "uid": [address.split("@")[0]], "mail": [address], "zimbraMailDeliveryAddress": [address],
                "zimbraAccountStatus": ["active"], "zimbraMailStatus": ["enabled"], "cn": [address.split("@")[0]],
                "displayName": ["User %d" % i]})
            a.attrs["zimbraId"] = [a.id]
            self.set_home(a, self.servers.pick_home())
            self.accounts[address] = a
            self.by_id[a.id] = a
            index.accounts[address] = a
            new.append((address.split("@")[0], address))
            self.passwords[a.id] = None
            self.usage[a.id] = 0
        index.uids = sorted(index.uids + new)
