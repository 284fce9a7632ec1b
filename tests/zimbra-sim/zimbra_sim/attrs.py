"""The attribute table: every attribute the simulator knows, on which objects, of which type, with
which limits, as Zimbra's zimbra-attrs.xml declares them and AttributeInfo checks them
(../shared/reference/zimbra-admin-soap.md §3.6, §4.8, §13).

It covers every attribute the Blesta module, the command-line tool, the docs, the examples and the
client itself use; an attribute it does not know is refused on Create/Modify (INVALID_ATTR_NAME)
and ignored in a search's attrs list, as on a real server.
"""
from .soap import Fault

# name -> Attr
A = {}


class Attr:
    __slots__ = ("name", "on", "type", "values", "multi", "max_len", "min", "max", "immutable")

    def __init__(self, name, on, typ="string", values=None, multi=False, max_len=None, min_=None, max_=None,
                 immutable=False):
        self.name = name
        self.on = set(on.split(","))
        self.type = typ
        self.values = values
        self.multi = multi
        self.max_len = max_len
        self.min = min_
        self.max = max_
        self.immutable = immutable


def _attr(name, on, typ="string", values=None, multi=False, **kw):
    A[name] = Attr(name, on, typ, values, multi, kw.get("max_len"), kw.get("min"), kw.get("max"), kw.get("immutable", False))


# Immutable attributes (zimbra-attrs.xml immutable="1"; AttributeInfo l.303-306): set by the server,
# or changed only through a rename. Modify* refuses them: "X is immutable" (§13).
_attr("zimbraId", "account,domain,cos,dl", "id", immutable=True)
_attr("zimbraCreateTimestamp", "account,domain,cos,dl", "gentime", immutable=True)
_attr("zimbraLastLogonTimestamp", "account", "gentime", immutable=True)
_attr("uid", "account,dl", immutable=True)
_attr("mail", "account,dl", multi=True, immutable=True)
_attr("zimbraDomainName", "domain", immutable=True)
_attr("zimbraDomainType", "domain", "enum", ["local", "alias"], immutable=True)

for _n in ("cn", "description"):
    _attr(_n, "account,domain,cos,dl")
_attr("zimbraNotes", "account,domain,cos,dl", max_len=1024)
_attr("zimbraMailStatus", "account,domain,dl", "enum", ["enabled", "disabled"])
_attr("displayName", "account,dl")
for _n in ("givenName", "sn", "initials", "company", "title", "telephoneNumber", "mobile", "street", "l", "st",
           "postalCode", "co", "zimbraPrefFromDisplay", "zimbraPrefTimeZoneId", "zimbraPrefLocale",
           "zimbraMailDeliveryAddress", "zimbraMailHost", "zimbraMailTransport", "userPassword"):
    _attr(_n, "account")
# Email-typed attributes (type="email"/"emailp"): each value must be an address (§13).
_attr("zimbraPrefMailForwardingAddress", "account", "email")
_attr("zimbraMailForwardingAddress", "account,dl", "email", multi=True)
_attr("zimbraMailAlias", "account,dl", multi=True)
_attr("zimbraAccountStatus", "account", "enum", ["active", "maintenance", "locked", "closed", "lockout", "pending"])
_attr("zimbraCOSId", "account", "id")
_attr("zimbraMailQuota", "account,cos", "long")  # no min in zimbra-attrs.xml
_attr("zimbraIsAdminAccount", "account", "bool")
_attr("zimbraIsSystemResource", "account", "bool")
_attr("zimbraIsSystemAccount", "account", "bool")
_attr("zimbraHideInGal", "account,dl", "bool")
_attr("zimbraPasswordMustChange", "account", "bool")
for _n in ("zimbraFeatureMobileSyncEnabled", "zimbraFeatureCalendarEnabled", "zimbraFeatureContactsEnabled",
           "zimbraFeatureBriefcasesEnabled", "zimbraFeatureTasksEnabled", "zimbraFeatureImapDataSourceEnabled",
           "zimbraImapEnabled", "zimbraPop3Enabled", "zimbraFeatureMAPIConnectorEnabled"):
    _attr(_n, "account,cos", "bool")
# The password policy (LdapProvisioning.checkPasswordStrength, §13).
for _n in ("zimbraPasswordMinLength", "zimbraPasswordMaxLength", "zimbraPasswordMinUpperCaseChars",
           "zimbraPasswordMinLowerCaseChars", "zimbraPasswordMinNumericChars", "zimbraPasswordMinPunctuationChars",
           "zimbraPasswordMinAlphaChars", "zimbraPasswordMinDigitsOrPuncs"):
    _attr(_n, "account,cos", "int", min=0)
# The lockout after failed logins (zimbra-attrs.xml: integer, min 0; named in the README). The
# simulator stores it but does not lock accounts out.
_attr("zimbraPasswordLockoutMaxFailures", "account,cos", "int", min=0)
_attr("zimbraPasswordAllowedChars", "account,cos")
_attr("zimbraPasswordAllowedPunctuationChars", "account,cos")
_attr("zimbraPasswordAllowUsername", "account,cos", "bool")
_attr("zimbraMailMessageLifetime", "account,cos", "int", min=0)
for _n in ("zimbraAdminAuthTokenLifetime", "zimbraAuthTokenLifetime", "zimbraMailTrashLifetime"):
    _attr(_n, "account,cos", "duration")
_attr("zimbraDomainStatus", "domain", "enum", ["active", "maintenance", "locked", "closed", "suspended", "shutdown"])
_attr("zimbraDomainMaxAccounts", "domain", "int", min=0)
# "cosId:count" and "zimbraFeatureXEnabled:count" (Validators.java l.182-350).
_attr("zimbraDomainCOSMaxAccounts", "domain", multi=True)
_attr("zimbraDomainFeatureMaxAccounts", "domain", multi=True)
_attr("zimbraDomainDefaultCOSId", "domain", "id")
_attr("zimbraDomainAggregateQuota", "domain", "long", min=0)
_attr("zimbraDomainAggregateQuotaPolicy", "domain", "enum", ["ALLOWSENDRECEIVE", "BLOCKSEND", "BLOCKSENDRECEIVE"])
_attr("zimbraDomainAggregateQuotaWarnPercent", "domain", "int", min=0, max=100)
_attr("zimbraAggregateQuotaLastUsage", "domain", "long", min=0)
_attr("zimbraMailDomainQuota", "domain", "long", min=0)
_attr("zimbraPreAuthKey", "domain")
_attr("zimbraVirtualHostname", "domain", multi=True)
_attr("zimbraPublicServiceHostname", "domain")
_attr("zimbraPublicServiceProtocol", "domain", "enum", ["http", "https"])
_attr("zimbraPublicServicePort", "domain", "port")
_attr("zimbraGalMode", "domain", "enum", ["zimbra", "ldap", "both"])
_attr("zimbraGalMaxResults", "domain", "int", min=0)
_attr("zimbraDomainAliasTargetId", "domain", "id")
_attr("zimbraGalAccountId", "domain", multi=True)
_attr("zimbraAuthMech", "domain")
_attr("zimbraCalResType", "account", "enum", ["Location", "Equipment"])
_attr("zimbraCalResLocationDisplayName", "account")
_attr("zimbraDistributionListSubscriptionPolicy", "dl", "enum", ["ACCEPT", "REJECT", "APPROVAL"])
_attr("zimbraDistributionListSendShareMessageToNewMembers", "dl", "bool")
_attr("zimbraIsACLGroup", "dl", "bool")
_attr("zimbraAliasTargetId", "alias", "id")
# Global config and server settings the docs name in their hints; not on accounts or domains.
for _n in ("zimbraHttpDosFilterMaxRequestsPerSec",):
    _attr(_n, "config,server", "int", min=0)
for _n in ("zimbraHttpThrottleSafeIPs", "zimbraInvalidLoginFilterWhitelist"):
    _attr(_n, "config,server", multi=True)
# A server's own entry (GetAllServers, GetServer; servers.py writes them): what it runs and where.
for _n in ("zimbraServiceEnabled", "zimbraServiceInstalled"):
    _attr(_n, "server", multi=True)
_attr("zimbraServiceHostname", "server")
_attr("zimbraMailMode", "server", "enum", ["http", "https", "both", "mixed", "redirect"])
for _n in ("zimbraAdminPort", "zimbraMailPort", "zimbraMailSSLPort", "zimbraLmtpBindPort"):
    _attr(_n, "server", "int", min=0)


def _bad(name, message):
    return Fault("account.INVALID_ATTR_VALUE", "invalid attr value: %s %s" % (name, message))


def _is_email(value):
    local, at, domain = value.partition("@")
    return bool(at and local and "." in domain and " " not in value and domain.strip(".") == domain)


def _is_gentime(value):
    import re
    return re.match(r"^\d{14}(\.\d{1,3})?Z$", value) is not None


def check_value(name, value, klass, modify=False):
    """AttributeInfo.checkValue: a known name, allowed on this class, mutable, of the right type."""
    info = A.get(name)
    if info is None:
        raise Fault("account.INVALID_ATTR_NAME", "invalid attr name: %s" % name)
    if klass not in info.on:
        # An LDAP object-class violation surfaces as a generic failure (reference §3.6).
        raise Fault("service.FAILURE", "system failure: unable to modify attrs: [LDAP: error code 65 - "
                    "attribute '%s' not allowed]" % name)
    if modify and info.immutable:
        raise Fault("service.INVALID_REQUEST", "invalid request: %s is immutable" % name)
    if value == "":
        return
    typ = info.type
    if info.max_len is not None and len(value) > info.max_len:
        raise _bad(name, "value length(%d) larger than max allowed: %d" % (len(value), info.max_len))
    if typ == "enum" and value not in info.values:
        raise _bad(name, "must be one of: %s" % ",".join(info.values))
    if typ in ("long", "int", "port"):
        try:
            n = int(value)
        except ValueError:
            raise _bad(name, "must be a valid %s: %s" % ("long" if typ == "long" else "integer", value))
        lo = 0 if typ == "port" else info.min
        hi = 65535 if typ == "port" else info.max
        if lo is not None and n < lo:
            raise _bad(name, "is smaller than the minimum allowed: %s" % lo)
        if hi is not None and n > hi:
            raise _bad(name, "is larger than the maximum allowed: %s" % hi)
    if typ == "bool" and value not in ("TRUE", "FALSE"):
        raise _bad(name, "must be TRUE or FALSE")
    if typ == "email" and not _is_email(value):
        raise _bad(name, "must be a valid email address: %s" % value)
    if typ == "gentime" and not _is_gentime(value):
        raise _bad(name, "must be a valid generalized time: %s" % value)


def apply_mods(entry_attrs, pairs, klass, modify=False):
    """Create/Modify semantics: replace, '+' adds a value, '-' removes one, empty removes the attribute."""
    replaced = {}
    for raw_name, value in pairs:
        op = raw_name[0] if raw_name[:1] in "+-" else ""
        name = raw_name[1:] if op else raw_name
        check_value(name, value, klass, modify)
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
