"""The in-memory directory: domains, accounts, aliases, COS, with the rules
LdapProvisioning enforces (names, uniqueness, limits, attribute types)."""
import re
import threading
import time
import uuid

from .soap import Fault

DEFAULT_COS_ID = "e00428a1-0c00-11d9-836a-000d93afea2a"
DEFAULT_EXTERNAL_COS_ID = "d78fd9c9-f000-440b-bce6-ea938d40fa2d"
SERVER_NAME = "mail.zimbra.test"

# name -> (object classes it is allowed on, type, enum values or None, multi-valued)
A = {}


def _attr(name, on, typ="string", values=None, multi=False):
    A[name] = (set(on.split(",")), typ, values, multi)


for _n in ("cn", "description", "zimbraNotes"):
    _attr(_n, "account,domain,cos,dl")
_attr("zimbraId", "account,domain,cos,dl", "id")
_attr("zimbraCreateTimestamp", "account,domain,cos,dl", "time")
_attr("zimbraMailStatus", "account,domain,dl", "enum", ["enabled", "disabled"])
_attr("displayName", "account,dl")
for _n in ("givenName", "sn", "initials", "company", "title", "telephoneNumber", "mobile", "street", "l", "st",
           "postalCode", "co", "zimbraPrefFromDisplay", "zimbraPrefTimeZoneId", "zimbraPrefLocale", "uid", "mail",
           "zimbraMailDeliveryAddress", "zimbraMailHost", "zimbraMailTransport", "userPassword",
           "zimbraPrefMailForwardingAddress", "zimbraLastLogonTimestamp"):
    _attr(_n, "account")
_attr("mail", "account,dl", multi=True)
_attr("zimbraMailAlias", "account,dl", multi=True)
_attr("zimbraMailForwardingAddress", "account,dl", multi=True)
_attr("zimbraAccountStatus", "account", "enum", ["active", "maintenance", "locked", "closed", "lockout", "pending"])
_attr("zimbraCOSId", "account", "id")
_attr("zimbraMailQuota", "account,cos", "long")
_attr("zimbraIsAdminAccount", "account", "bool")
_attr("zimbraIsSystemResource", "account", "bool")
_attr("zimbraIsSystemAccount", "account", "bool")
_attr("zimbraHideInGal", "account,dl", "bool")
_attr("zimbraPasswordMustChange", "account", "bool")
for _n in ("zimbraFeatureMobileSyncEnabled", "zimbraFeatureCalendarEnabled", "zimbraFeatureContactsEnabled",
           "zimbraFeatureBriefcasesEnabled", "zimbraFeatureTasksEnabled", "zimbraFeatureImapDataSourceEnabled",
           "zimbraImapEnabled", "zimbraPop3Enabled", "zimbraFeatureMAPIConnectorEnabled"):
    _attr(_n, "account,cos", "bool")
for _n in ("zimbraPasswordMinLength", "zimbraPasswordMaxLength", "zimbraPasswordMinUpperCaseChars",
           "zimbraPasswordMinLowerCaseChars", "zimbraPasswordMinNumericChars", "zimbraMailMessageLifetime"):
    _attr(_n, "account,cos", "int")
for _n in ("zimbraAdminAuthTokenLifetime", "zimbraAuthTokenLifetime", "zimbraMailTrashLifetime"):
    _attr(_n, "account,cos", "duration")
_attr("zimbraDomainName", "domain")
_attr("zimbraDomainStatus", "domain", "enum", ["active", "maintenance", "locked", "closed", "suspended", "shutdown"])
_attr("zimbraDomainType", "domain", "enum", ["local", "alias"])
_attr("zimbraDomainMaxAccounts", "domain", "int")
_attr("zimbraDomainCOSMaxAccounts", "domain", multi=True)
_attr("zimbraDomainFeatureMaxAccounts", "domain", multi=True)
_attr("zimbraDomainDefaultCOSId", "domain", "id")
_attr("zimbraDomainAggregateQuota", "domain", "long")
_attr("zimbraDomainAggregateQuotaPolicy", "domain", "enum", ["ALLOWSENDRECEIVE", "BLOCKSEND", "BLOCKSENDRECEIVE"])
_attr("zimbraDomainAggregateQuotaWarnPercent", "domain", "int")
_attr("zimbraAggregateQuotaLastUsage", "domain", "long")
_attr("zimbraMailDomainQuota", "domain", "long")
_attr("zimbraPreAuthKey", "domain")
_attr("zimbraVirtualHostname", "domain", multi=True)
_attr("zimbraPublicServiceHostname", "domain")
_attr("zimbraPublicServiceProtocol", "domain", "enum", ["http", "https"])
_attr("zimbraPublicServicePort", "domain", "int")
_attr("zimbraGalMode", "domain", "enum", ["zimbra", "ldap", "both"])
_attr("zimbraGalMaxResults", "domain", "int")
_attr("zimbraDomainAliasTargetId", "domain", "id")
_attr("zimbraGalAccountId", "domain", multi=True)
_attr("zimbraAuthMech", "domain")
_attr("zimbraCalResType", "account", "enum", ["Location", "Equipment"])
_attr("zimbraCalResLocationDisplayName", "account")
_attr("zimbraDistributionListSubscriptionPolicy", "dl", "enum", ["ACCEPT", "REJECT", "APPROVAL"])
_attr("zimbraDistributionListSendShareMessageToNewMembers", "dl", "bool")
_attr("zimbraIsACLGroup", "dl", "bool")

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

DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")
LOCAL_RE = re.compile(r"^[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$")


def now_ts():
    return time.strftime("%Y%m%d%H%M%SZ", time.gmtime())


def check_value(name, value, klass):
    """AttributeInfo.checkValue: known name, allowed on this class, right type."""
    info = A.get(name)
    if info is None:
        raise Fault("account.INVALID_ATTR_NAME", "invalid attr name: %s" % name)
    classes, typ, values, _multi = info
    if klass not in classes:
        # An LDAP object-class violation surfaces as a generic failure (reference §3.6).
        raise Fault("service.FAILURE", "system failure: unable to modify attrs: [LDAP: error code 65 - "
                    "attribute '%s' not allowed]" % name)
    if value == "":
        return
    if typ == "enum" and value not in values:
        raise Fault("account.INVALID_ATTR_VALUE", "%s must be one of: %s" % (name, ",".join(values)))
    if typ in ("long", "int"):
        try:
            n = int(value)
        except ValueError:
            raise Fault("account.INVALID_ATTR_VALUE", "%s must be a valid %s: %s" % (
                name, "long" if typ == "long" else "integer", value))
        if n < 0 and name != "zimbraMailQuota":
            raise Fault("account.INVALID_ATTR_VALUE", "%s is shorter than the minimum allowed: %s" % (name, value))
    if typ == "bool" and value not in ("TRUE", "FALSE"):
        raise Fault("account.INVALID_ATTR_VALUE", "%s must be TRUE or FALSE" % name)


def apply_mods(entry_attrs, pairs, klass):
    """ModifyXRequest semantics: replace, '+' adds a value, '-' removes one, empty removes the attribute."""
    replaced = {}
    for raw_name, value in pairs:
        op = raw_name[0] if raw_name[:1] in "+-" else ""
        name = raw_name[1:] if op else raw_name
        check_value(name, value, klass)
        if op == "+":
            vals = entry_attrs.setdefault(name, [])
            if value not in vals:
                vals.append(value)
        elif op == "-":
            vals = entry_attrs.get(name, [])
            if value in vals:
                vals.remove(value)
            if not vals:
                entry_attrs.pop(name, None)
        elif value == "":
            entry_attrs.pop(name, None)
            replaced[name] = True
        else:
            if name not in replaced:
                entry_attrs[name] = []
                replaced[name] = True
            entry_attrs[name].append(value)


class Entry:
    def __init__(self, kind, name, attrs):
        self.kind = kind                 # "domain" | "account" | "cos"
        self.id = str(uuid.uuid4())
        self.name = name
        self.attrs = attrs               # name -> [values]
        self.attrs["zimbraId"] = [self.id]
        self.attrs.setdefault("zimbraCreateTimestamp", [now_ts()])

    def first(self, name, default=None):
        v = self.attrs.get(name)
        return v[0] if v else default


class Directory:
    """All state; every public method is called with self.lock held."""

    def __init__(self):
        self.lock = threading.RLock()
        self.reset()

    def reset(self):
        self.domains = {}      # name -> Entry
        self.accounts = {}     # primary name -> Entry (calendar resources are accounts with zimbraCalResType)
        self.dls = {}          # list address -> Entry (static lists and dynamic groups)
        self.aliases = {}      # alias address -> target Entry (account or dl)
        self.coses = {}        # name -> Entry
        self.by_id = {}        # zimbraId -> Entry
        self.passwords = {}    # account id -> password
        self.usage = {}        # account id -> bytes used
        for name, cid, desc in (("default", DEFAULT_COS_ID, "The default COS"),
                                ("defaultExternal", DEFAULT_EXTERNAL_COS_ID, "The default external users COS")):
            cos = Entry("cos", name, dict((k, list(v)) for k, v in COS_DEFAULTS.items()))
            cos.id = cid
            cos.attrs["zimbraId"] = [cid]
            cos.attrs["cn"] = [name]
            cos.attrs["description"] = [desc]
            self.coses[name] = cos
            self.by_id[cid] = cos

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
            return self.accounts.get(key) or self.aliases.get(key)
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
        suffix = "@" + domain_name
        return [a for a in self.accounts.values() if a.name.endswith(suffix)]

    def effective_cos(self, account):
        cid = account.first("zimbraCOSId")
        if cid and cid in self.by_id:
            return self.by_id[cid]
        dom = self.domains.get(account.name.split("@", 1)[1])
        if dom is not None and dom.first("zimbraDomainDefaultCOSId") in self.by_id:
            return self.by_id[dom.first("zimbraDomainDefaultCOSId")]
        return self.coses["default"]

    def counted_accounts(self, domain_name):
        return [a for a in self.accounts_in(domain_name)
                if a.first("zimbraIsSystemResource") != "TRUE"]

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
        return d

    def modify_domain(self, d, pairs):
        if d.first("zimbraDomainStatus") == "shutdown":
            raise Fault("service.PERM_DENIED", "permission denied: can not access domain, domain is in shutdown status")
        attrs = {k: list(v) for k, v in d.attrs.items()}
        apply_mods(attrs, pairs, "domain")
        cos_id = attrs.get("zimbraDomainDefaultCOSId", [None])[0]
        if cos_id and self.cos("id", cos_id) is None:
            raise Fault("account.NO_SUCH_COS", "no such cos: %s" % cos_id)
        attrs["zimbraId"] = [d.id]
        d.attrs = attrs

    def delete_domain(self, d):
        if d.first("zimbraDomainStatus") == "shutdown":
            raise Fault("service.PERM_DENIED", "permission denied: can not access domain, domain is in shutdown status")
        suffix = "@" + d.name
        remaining = ["uid=%s,ou=people,%s" % (n.split("@")[0], ",".join("dc=" + p for p in d.name.split(".")))
                     for n in sorted(list(self.accounts) + list(self.aliases) + list(self.dls)) if n.endswith(suffix)]
        if remaining:
            raise Fault("account.DOMAIN_NOT_EMPTY", "domain not empty: %s (remaining entries: %s ...)" % (
                d.name, " ".join("[%s]" % r for r in remaining[:5])))
        del self.domains[d.name]
        del self.by_id[d.id]

    # ---- accounts ------------------------------------------------------

    def split_address(self, address, what="email address"):
        address = address.strip().lower()
        if address.count("@") != 1:
            raise Fault("service.INVALID_REQUEST", "invalid request: must be valid %s: %s" % (what, address))
        local, dom = address.split("@")
        if not LOCAL_RE.match(local) or not DOMAIN_RE.match(dom):
            raise Fault("service.INVALID_REQUEST", "invalid request: must be valid %s: %s" % (what, address))
        return address, local, dom

    def check_password(self, password, cos, who):
        min_len = int(cos.first("zimbraPasswordMinLength", "6"))
        max_len = int(cos.first("zimbraPasswordMaxLength", "64"))
        if len(password) < min_len:
            raise Fault("account.INVALID_PASSWORD", "invalid password: too short",
                        [("zimbraPasswordMinLength", "NUM", str(min_len))])
        if len(password) > max_len:
            raise Fault("account.INVALID_PASSWORD", "invalid password: too long",
                        [("zimbraPasswordMaxLength", "NUM", str(max_len))])

    def check_domain_limit(self, dom):
        limit = dom.first("zimbraDomainMaxAccounts")
        if limit is not None and limit != "" and len(self.counted_accounts(dom.name)) >= int(limit):
            raise Fault("account.TOO_MANY_ACCOUNTS", "number of accounts reached the limit: domain=%s (%s)" % (
                dom.name, limit))

    def create_account(self, address, password, pairs):
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
        if self.address_taken(address):
            raise self.exists_fault(address)
        attrs = {}
        apply_mods(attrs, [(n, v) for n, v in pairs if v != ""], "account")
        cos_id = attrs.get("zimbraCOSId", [None])[0]
        if cos_id and self.cos("id", cos_id) is None:
            raise Fault("account.NO_SUCH_COS", "no such cos: %s" % cos_id)
        a = Entry("account", address, attrs)
        a.attrs["zimbraId"] = [a.id]
        a.attrs["uid"] = [local]
        a.attrs["mail"] = [address]
        a.attrs["zimbraMailDeliveryAddress"] = [address]
        a.attrs.setdefault("zimbraAccountStatus", ["active"])
        a.attrs.setdefault("zimbraMailStatus", ["enabled"])
        a.attrs["zimbraMailHost"] = [SERVER_NAME]
        a.attrs["zimbraMailTransport"] = ["lmtp:%s:7025" % SERVER_NAME]
        a.attrs.setdefault("cn", [a.first("displayName", local)])
        a.attrs.setdefault("sn", [local])
        if password is not None and a.first("userPassword") is None:
            self.check_password(password, self.effective_cos(a), address)
        if a.first("zimbraIsSystemResource") != "TRUE":
            self.check_domain_limit(dom)
        a.attrs.pop("userPassword", None)
        self.accounts[address] = a
        self.by_id[a.id] = a
        self.passwords[a.id] = password
        self.usage[a.id] = 0
        return a

    def modify_account(self, a, pairs):
        self.check_domain_writable(a.name.split("@")[1])
        attrs = {k: list(v) for k, v in a.attrs.items()}
        apply_mods(attrs, pairs, "account")
        cos_id = attrs.get("zimbraCOSId", [None])[0]
        if cos_id and self.cos("id", cos_id) is None:
            raise Fault("account.NO_SUCH_COS", "no such cos: %s" % cos_id)
        attrs["zimbraId"] = [a.id]
        a.attrs = attrs

    def delete_account(self, a):
        self.check_domain_writable(a.name.split("@")[1])
        for alias in a.attrs.get("zimbraMailAlias", []):
            self.aliases.pop(alias, None)
        self.remove_from_all_lists([a.name] + a.attrs.get("zimbraMailAlias", []))
        del self.accounts[a.name]
        del self.by_id[a.id]
        self.passwords.pop(a.id, None)
        self.usage.pop(a.id, None)

    def set_password(self, a, password):
        """A global admin is not bound by the policy: violations come back as a message."""
        self.check_domain_writable(a.name.split("@")[1])
        message = None
        try:
            self.check_password(password, self.effective_cos(a), a.name)
        except Fault as f:
            message = ("Password violation: account=%s, violation=%s.  Password is set successfully."
                       % (a.name, f.message))
        self.passwords[a.id] = password
        return message

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

    def remove_alias(self, a, alias):
        alias = alias.strip().lower()
        target = self.aliases.get(alias)
        if target is None or (a is not None and target is not a):
            raise Fault("account.NO_SUCH_ALIAS", "no such alias: %s" % alias)
        del self.aliases[alias]
        for attr in ("zimbraMailAlias", "mail"):
            vals = target.attrs.get(attr, [])
            if alias in vals:
                vals.remove(alias)


    # ---- closed accounts and lists -------------------------------------

    def remove_from_all_lists(self, addresses):
        """What Zimbra does for a deleted or closed account: its addresses leave every list."""
        gone = set(addresses)
        for dl in self.dls.values():
            dl.members = [m for m in dl.members if m not in gone]

    def after_account_modified(self, a, old_status):
        if a.first("zimbraAccountStatus") == "closed" and old_status != "closed":
            self.remove_from_all_lists([a.name] + a.attrs.get("zimbraMailAlias", []))

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
        apply_mods(attrs, pairs, "dl")
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
        if not members:
            raise Fault("service.INVALID_REQUEST", "invalid request: members to add not specified")
        self.check_domain_writable(dl.name.split("@")[1])
        for m in members:
            m = m.strip().lower()
            if m and m not in dl.members:
                dl.members.append(m)

    def remove_members(self, dl, members):
        self.check_domain_writable(dl.name.split("@")[1])
        wanted = [m.strip().lower() for m in members]
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
        a = self.create_account(address, password, pairs)
        a.attrs["zimbraAccountCalendarUserType"] = ["RESOURCE"]
        return a

    # ---- search --------------------------------------------------------

    def alias_entries(self):
        for alias, target in self.aliases.items():
            if alias == target.name:
                continue
            e = Entry.__new__(Entry)
            e.kind = "alias"
            e.name = alias
            e.id = "alias-" + alias
            e.target = target
            e.attrs = {"zimbraId": [e.id], "uid": [alias.split("@")[0]], "mail": [alias],
                       "zimbraAliasTargetId": [target.id]}
            yield e

    def search(self, types, domain_name, matcher):
        out = []
        want = set(types)
        suffix = "@" + domain_name if domain_name else ""
        in_domain = (lambda n: n.endswith(suffix)) if domain_name else (lambda n: True)
        if "resources" in want or "accounts" in want:
            for a in self.accounts.values():
                if not a.name.endswith(suffix):
                    continue
                is_res = "zimbraCalResType" in a.attrs
                if (is_res and "resources" in want) or (not is_res and "accounts" in want):
                    out.append(a)
        for dl in self.dls.values():
            if (("dynamicgroups" in want) if dl.dynamic else ("distributionlists" in want)) and in_domain(dl.name):
                out.append(dl)
        if "aliases" in want:
            out.extend(e for e in self.alias_entries() if in_domain(e.name))
        if "domains" in want:
            out.extend(d for d in self.domains.values() if not domain_name or d.name == domain_name)
        if "coses" in want:
            out.extend(self.coses.values())
        return [e for e in out if matcher is None or matcher(e.attrs)]

    def populate(self, domain_name, count, prefix="user"):
        """Bulk accounts for large-domain tests, without a SOAP request each."""
        dom = self.domains.get(domain_name) or self.create_domain(domain_name, [])
        for i in range(count):
            address = "%s%05d@%s" % (prefix, i, dom.name)
            if address in self.accounts:
                continue
            a = Entry("account", address, {
                "uid": [address.split("@")[0]], "mail": [address], "zimbraMailDeliveryAddress": [address],
                "zimbraAccountStatus": ["active"], "zimbraMailStatus": ["enabled"], "cn": [address.split("@")[0]],
                "displayName": ["User %d" % i], "zimbraMailHost": [SERVER_NAME]})
            a.attrs["zimbraId"] = [a.id]
            self.accounts[address] = a
            self.by_id[a.id] = a
            self.passwords[a.id] = None
            self.usage[a.id] = 0
