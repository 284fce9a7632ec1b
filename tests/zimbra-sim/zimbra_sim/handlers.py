"""One function per admin SOAP request, with the semantics of Zimbra's
handlers (store/src/java/com/zimbra/cs/service/admin/*.java)."""
from .auth import authenticate
from .directory import A, CONFIG_DOMAIN_DEFAULTS, DEFAULT_COS_ID, SERVER_NAME
from .ldapfilter import compile_filter, uid_slice
from .soap import NS_ACCOUNT, NS_ADMIN, NS_ZIMBRA, Fault, attr_pairs, children, get_attr, get_bool, split
from .xmlout import E, attr_elements

HANDLERS = {}


def handler(name, needs_auth=True):
    def register(fn):
        HANDLERS[(NS_ADMIN, name)] = (fn, needs_auth)
        return fn
    return register


def required(el, name):
    v = get_attr(el, name)
    if v is None or v == "":
        raise Fault("service.INVALID_REQUEST", "invalid request: missing required attribute: %s" % name)
    return v


def number(el, name, default=0):
    """Element.getAttributeLong: a number that is not one is INVALID_REQUEST, not a failure (§13)."""
    v = get_attr(el, name)
    if v is None:
        return default
    try:
        return int(v)
    except ValueError:
        raise Fault("service.INVALID_REQUEST", "invalid request: invalid long value '%s' for attribute: %s" % (v, name))


def selector(el, name):
    """<domain by="name">x</domain>: returns (by, value)."""
    sel = [c for c in el if split(c.tag)[1] == name]
    if not sel:
        raise Fault("service.INVALID_REQUEST", "invalid request: missing required element: %s" % name)
    by = sel[0].get("by")
    if not by:
        raise Fault("service.INVALID_REQUEST", "invalid request: missing required attribute: by")
    return by, (sel[0].text or "").strip()


def requested_attrs(el, klass):
    """attrs= on Get* requests is strict: split on ',' without trimming (AdminDocumentHandler.getReqAttrs)."""
    raw = get_attr(el, "attrs")
    if raw is None:
        return None
    names = raw.split(",")
    for n in names:
        if n not in A or klass not in A[n].on:
            raise Fault("service.INVALID_REQUEST", "invalid request: requested attribute %s is not on %s" % (n, klass))
    return names


def render(tag, entry, attrs, wanted=None, extra=None):
    el = E(tag, dict({"name": entry.name, "id": entry.id}, **(extra or {})))
    names = sorted(attrs) if wanted is None else [n for n in wanted if n in attrs]
    for a in attr_elements(attrs, names):
        el.add(a)
    return el


def domain_el(d, apply_config=True, wanted=None, tag="domain"):
    attrs = dict(CONFIG_DOMAIN_DEFAULTS) if apply_config else {}
    attrs.update(d.attrs)
    return render(tag, d, attrs, wanted)


def account_el(ctx, a, apply_cos=True, wanted=None, tag="account"):
    attrs = {}
    if apply_cos:
        attrs.update({k: v for k, v in ctx.dir.effective_cos(a).attrs.items()
                      if k not in ("cn", "description", "zimbraId", "zimbraCreateTimestamp")})
    attrs.update(a.attrs)
    attrs["userPassword"] = ["VALUE-BLOCKED"]  # secrets are never returned
    return render(tag, a, attrs, wanted, {"isExternal": "0"} if tag == "account" else None)


def cos_el(c, wanted=None):
    extra = {"isDefaultCos": "1"} if c.id == DEFAULT_COS_ID else None
    return render("cos", c, c.attrs, wanted, extra)


def response(name, *children_, **attrs):
    return E(name, attrs, *children_, ns=NS_ADMIN)


# What each kind of entry is called in Zimbra's NO_SUCH_* faults (AccountServiceException).
NO_SUCH = {
    "account": ("account.NO_SUCH_ACCOUNT", "account"),
    "domain": ("account.NO_SUCH_DOMAIN", "domain"),
    "dl": ("account.NO_SUCH_DISTRIBUTION_LIST", "distribution list"),
    "cos": ("account.NO_SUCH_COS", "cos"),
}


def found(kind, entry, key):
    """entry, or Zimbra's fault for an entry of that kind that does not exist."""
    if entry is None:
        code, what = NO_SUCH[kind]
        raise Fault(code, "no such %s: %s" % (what, key))
    return entry


def by_selector(ctx, el, kind):
    """The entry named by <kind by="name|id">key</kind> (Get*Request), or NO_SUCH_*."""
    by, key = selector(el, kind)
    return found(kind, getattr(ctx.dir, kind)(by, key), key)


def account_by_id(ctx, el, name="id"):
    aid = required(el, name)
    return found("account", ctx.dir.account("id", aid), aid)


def domain_by_id(ctx, el):
    did = required(el, "id")
    return found("domain", ctx.dir.domain("id", did), did)


# ---- requests proxied to an account's home server (§14) -----------------------
# The handlers whose getProxiedAccountPath / getProxiedAccountElementPath names the account: the
# receiving server proxies them to the account's home server (AdminDocumentHandler, SoapEngine
# l.636-638). Directory requests (CreateAccount, SearchDirectory, lists) are answered locally.
PROXIED = {
    "GetAccountRequest": ("account", None), "GetMailboxRequest": ("mbox", "id"),
    "ModifyAccountRequest": (None, "id"), "DeleteAccountRequest": (None, "id"), "SetPasswordRequest": (None, "id"),
    "AddAccountAliasRequest": (None, "id"), "RemoveAccountAliasRequest": (None, "id"),
    "RenameAccountRequest": (None, "id"),
}


def proxied_home(ctx, local_name, el):
    """The home server of the account a proxied request names; None when the request is not proxied
    or the account does not exist (the handler then says so itself)."""
    path = PROXIED.get(local_name)
    if path is None:
        return None
    element, attr = path
    if element is None:
        key, by = el.get(attr), "id"
    else:
        found_ = children(el, element)
        if not found_:
            return None
        key, by = (found_[0].get(attr), "id") if attr else ((found_[0].text or "").strip(), found_[0].get("by") or "name")
    a = ctx.dir.account(by, key) if key else None
    return ctx.servers.home_of(a) if a is not None else None


def java_order(name):
    """Java's String.compareTo order (UTF-16 code units), in which Zimbra sorts names."""
    return name.encode("utf-16-be")


# ---- session ---------------------------------------------------------------

@handler("AuthRequest", needs_auth=False)
def auth(ctx, el):
    name = get_attr(el, "name")
    acct = [c for c in el if split(c.tag)[1] == "account"]
    if name is not None and acct:
        raise Fault("service.INVALID_REQUEST", "invalid request: invalid request parameter")
    if acct:
        name = (acct[0].text or "").strip()
    password = get_attr(el, "password")
    if not name or password is None:
        raise Fault("service.INVALID_REQUEST", "invalid request: invalid request parameter")
    account = authenticate(ctx.dir, name, password)
    token, lifetime = ctx.tokens.issue(account)
    return response("AuthResponse", E("authToken", text=token), E("lifetime", text=str(lifetime)))


@handler("NoOpRequest")
def noop(ctx, el):
    return response("NoOpResponse")


@handler("GetVersionInfoRequest")
def version_info(ctx, el):
    return response("GetVersionInfoResponse", E("info", {
        "type": "FOSS", "version": "8.8.15_GA_4179.FOSS", "release": "20211118033954", "buildDate": "20211118-0339",
        "host": "sim", "majorversion": "8", "minorversion": "8", "microversion": "15", "platform": "UBUNTU20_64"}))


# ---- domains ---------------------------------------------------------------

@handler("CreateDomainRequest")
def create_domain(ctx, el):
    d = ctx.dir.create_domain(required(el, "name"), attr_pairs(el))
    return response("CreateDomainResponse", domain_el(d))


@handler("GetDomainRequest")
def get_domain(ctx, el):
    wanted = requested_attrs(el, "domain")
    d = by_selector(ctx, el, "domain")
    return response("GetDomainResponse", domain_el(d, get_bool(el, "applyConfig", True), wanted))


# ---- accounts --------------------------------------------------------------

@handler("CreateAccountRequest")
def create_account(ctx, el):
    a = ctx.dir.create_account(required(el, "name"), get_attr(el, "password"), attr_pairs(el))
    return response("CreateAccountResponse", account_el(ctx, a))


@handler("GetAccountRequest")
def get_account(ctx, el):
    wanted = requested_attrs(el, "account")
    a = by_selector(ctx, el, "account")
    return response("GetAccountResponse", account_el(ctx, a, get_bool(el, "applyCos", True), wanted))


@handler("ModifyAccountRequest")
def modify_account(ctx, el):
    a = account_by_id(ctx, el)
    pairs = attr_pairs(el)
    ctx.dir.modify_account(a, pairs)
    ctx.dir.after_account_modified(a, pairs)
    return response("ModifyAccountResponse", account_el(ctx, a))


@handler("GetAccountMembershipRequest")
def get_account_membership(ctx, el):
    a = by_selector(ctx, el, "account")
    out = []
    for dl, via in ctx.dir.membership(a):
        extra = {"dynamic": "0"}
        if via is not None:
            extra["via"] = via
        out.append(E("dl", dict({"name": dl.name, "id": dl.id}, **extra)))
    return response("GetAccountMembershipResponse", *out)


@handler("SetPasswordRequest")
def set_password(ctx, el):
    a = account_by_id(ctx, el)
    message = ctx.dir.set_password(a, required(el, "newPassword"))
    return response("SetPasswordResponse", E("message", text=message) if message else None)


@handler("RemoveAccountAliasRequest")
def remove_alias(ctx, el):
    ctx.dir.remove_alias(get_attr(el, "id"), required(el, "alias"))
    return response("RemoveAccountAliasResponse")


# ---- servers (§14) --------------------------------------------------------------

def server_el(server, apply_config=True, wanted=None):
    return render("server", server, server.attrs, wanted)


@handler("GetAllServersRequest")
def get_all_servers(ctx, el):
    """The servers running a service (all with none given), by name (GetAllServers l.44-66)."""
    service = get_attr(el, "service")
    apply_config = get_bool(el, "applyConfig", True)
    found_ = [s for s in ctx.servers.all if not service or service in s.attrs["zimbraServiceEnabled"]]
    return response("GetAllServersResponse", *[server_el(s, apply_config) for s in sorted(found_, key=lambda s: s.name)])


@handler("GetServerRequest")
def get_server(ctx, el):
    by, key = selector(el, "server")
    if by not in ("name", "id", "serviceHostname"):
        raise Fault("service.INVALID_REQUEST", "invalid request: unknown server selector: %s" % by)
    s = ctx.servers.by_id(key) if by == "id" else ctx.servers.by_name(key)
    if s is None:
        raise Fault("account.NO_SUCH_SERVER", "no such server: %s" % key)
    raw = get_attr(el, "attrs")
    return response("GetServerResponse", server_el(s, get_bool(el, "applyConfig", True), raw.split(",") if raw else None))


# ---- COS, counts and quota ---------------------------------------------------

@handler("GetCosRequest")
def get_cos(ctx, el):
    wanted = requested_attrs(el, "cos")
    c = by_selector(ctx, el, "cos")
    return response("GetCosResponse", cos_el(c, wanted))


@handler("GetAllCosRequest")
def get_all_cos(ctx, el):
    return response("GetAllCosResponse", *[cos_el(c) for c in sorted(ctx.dir.coses.values(), key=lambda c: c.name)])


@handler("CountAccountRequest")
def count_account(ctx, el):
    by, key = selector(el, "domain")
    d = ctx.dir.domain(by, key)
    if d is None:
        raise Fault("account.NO_SUCH_DOMAIN", "no such domain: %s" % key)
    counts = {}
    for a in ctx.dir.counted_accounts(d.name):  # no calendar or system resources (§6.1, §13)
        cos = ctx.dir.effective_cos(a)
        counts[cos.id] = (cos.name, counts.get(cos.id, (None, 0))[1] + 1)
    return response("CountAccountResponse",
                    *[E("cos", {"id": cid, "name": n}, text=str(c)) for cid, (n, c) in sorted(counts.items())])


COUNT_OBJECT_TYPES = ("userAccount", "account", "alias", "dl", "domain", "cos", "server", "calresource")


@handler("CountObjectsRequest")
def count_objects(ctx, el):
    """A plain count, without the 5000 cap of searches (§6.1; LdapProvisioning.countObjects)."""
    kind = required(el, "type")
    if kind not in COUNT_OBJECT_TYPES:
        raise Fault("service.INVALID_REQUEST", "invalid request: unknown object type: %s" % kind)
    names = []
    if kind in ("cos", "server") and children(el, "domain"):
        # CountObjectsType.allowsDomain (CountObjects l.80-84).
        raise Fault("service.INVALID_REQUEST", "invalid request: domain cannot be specified for type: %s" % kind)
    for sel in children(el, "domain"):
        d = ctx.dir.domain(sel.get("by") or "name", (sel.text or "").strip())
        if d is None:
            raise Fault("account.NO_SUCH_DOMAIN", "no such domain: %s" % (sel.text or ""))
        names.append(d.name)
    in_scope = (lambda n: n.split("@", 1)[1] in names) if names else (lambda n: True)
    d = ctx.dir
    if kind in ("account", "userAccount", "calresource"):
        accounts = [a for a in d.accounts.values() if in_scope(a.name)]
        if kind == "calresource":
            n = sum(1 for a in accounts if a.is_resource)
        elif kind == "account":
            n = len(accounts)  # every zimbraAccount, calendar resources included (§14)
        else:
            # FILTER_ALL_NON_SYSTEM_ACCOUNTS: accounts only, no system resources (§14;
            # UBIDLdapFilterFactory l.265-268); zimbraIsSystemAccount alone does not leave one out.
            n = sum(1 for a in accounts if not a.is_resource and a.first("zimbraIsSystemResource") != "TRUE")
    elif kind == "alias":
        n = sum(1 for alias, t in d.aliases.items() if alias != t.name and in_scope(alias))
    elif kind == "dl":
        n = sum(1 for name in d.dls if in_scope(name))
    elif kind == "domain":
        n = len([x for x in d.domains if not names or x in names])
    elif kind == "cos":
        n = len(d.coses)
    else:
        n = len(ctx.servers.all)
    return response("CountObjectsResponse", num=str(n), type=kind)


@handler("GetQuotaUsageRequest")
def quota_usage(ctx, el):
    """The whole list, then a page of it: more and searchTotal are true here, session or not (§5, §6.2).

    Without a domain, only the accounts homed on the server that runs the request (the endpoint's,
    or the <targetServer>'s); with a domain and allServers=1, every mailbox server's, merged, and a
    single server down fails the whole request (§14; GetQuotaUsage l.111-219). System accounts are
    listed; calendar resources are not (l.291-300). In an admin session the list is cached, and
    later pages with the same domain, sort and allServers read it unless refresh=1 (l.118-126)."""
    domain = get_attr(el, "domain")
    sort_by = get_attr(el, "sortBy", "totalUsed")
    if sort_by not in ("percentUsed", "totalUsed", "quotaLimit", "account"):
        raise Fault("service.INVALID_REQUEST", "invalid request: sortBy must be percentUsed or totalUsed")
    if domain is not None and domain.lower() not in ctx.dir.domains:
        raise Fault("account.NO_SUCH_DOMAIN", "no such domain: %s" % domain)
    offset = number(el, "offset", 0)
    limit_n = number(el, "limit", 0)
    ascending = get_bool(el, "sortAscending", False)
    all_servers = bool(domain) and get_bool(el, "allServers", False)
    key = (domain.lower() if domain else None, sort_by, ascending, all_servers, ctx.local.id)
    session = ctx.session
    if session is not None and session.quota_key == key and not get_bool(el, "refresh", False):
        rows = session.quota_rows
    else:
        rows = quota_rows(ctx, domain.lower() if domain else None, all_servers, sort_by, ascending)
        if session is not None:
            session.quota_key, session.quota_rows = key, rows
    page = page_of(rows, offset, limit_n)
    more = offset + len(page) < len(rows)
    return response("GetQuotaUsageResponse",
                    *[E("account", {"name": a.name, "id": a.id, "used": str(u), "limit": str(lim)}) for a, u, lim in page],
                    more="1" if more else "0", searchTotal=str(len(rows)))


def quota_rows(ctx, domain, all_servers, sort_by, ascending):
    if all_servers:
        down = [s for s in ctx.servers.all if not s.up]
        if down:
            # The fan-out's Future for that server fails, and with it the request (l.155-219).
            raise Fault("service.FAILURE", "system failure: Error in getting task execution result")
        servers = set(s.name for s in ctx.servers.all)
    else:
        servers = {ctx.local.name}
    accounts = ctx.dir.accounts_in(domain) if domain else ctx.dir.accounts.values()
    # By zimbraMailHost, as searchAccountsOnServer filters: a host that is none of the servers here
    # (control POST /home on a one-server simulator) is another server's.
    accounts = [a for a in accounts if not a.is_resource and a.first("zimbraMailHost") in servers]
    with ctx.stats.lock:
        ctx.stats.quota_rows += len(accounts)
    rows = []
    for a in accounts:
        quota = int(a.first("zimbraMailQuota") or ctx.dir.effective_cos(a).first("zimbraMailQuota", "0"))
        dom = ctx.dir.domains[a.name.split("@")[1]]
        dq = int(dom.first("zimbraMailDomainQuota", "0") or 0)
        limit = min(q for q in (quota, dq) if q) if (quota or dq) else 0
        rows.append((a, ctx.dir.usage.get(a.id, 0), limit))
    keys = {"totalUsed": lambda r: r[1], "account": lambda r: java_order(r[0].name),
            "quotaLimit": lambda r: r[2] or float("inf"),
            "percentUsed": lambda r: (r[1] / r[2]) if r[2] else 0}
    rows.sort(key=keys[sort_by], reverse=not ascending)
    return rows


JAVA_INT_MAX = 2 ** 31 - 1


def page_of(rows, offset, limit):
    """rows[offset:offset+limit] as Zimbra cuts it: a missing or 0 limit is Integer.MAX_VALUE, and
    offset+limit then overflows a Java int, which leaves the page empty (§5, §6.2)."""
    if limit <= 0:
        limit = JAVA_INT_MAX
    if offset + limit > JAVA_INT_MAX:
        return []
    return rows[offset:offset + limit]


# ---- distribution lists ------------------------------------------------------

def dl_el(dl, wanted=None, tag="dl"):
    el = render(tag, dl, dl.attrs, wanted, {"dynamic": "1" if dl.dynamic else "0"})
    return el


def dl_by_id(ctx, el):
    did = required(el, "id")
    return found("dl", ctx.dir.dl("id", did), did)


@handler("CreateDistributionListRequest")
def create_dl(ctx, el):
    dl = ctx.dir.create_dl(required(el, "name"), get_bool(el, "dynamic", False), attr_pairs(el))
    return response("CreateDistributionListResponse", dl_el(dl))


@handler("GetDistributionListRequest")
def get_dl(ctx, el):
    wanted = requested_attrs(el, "dl")
    dl = by_selector(ctx, el, "dl")
    members = sorted(dl.members, reverse=not get_bool(el, "sortAscending", True))
    offset = number(el, "offset", 0)
    limit = number(el, "limit", 0)
    if offset > 0 and offset >= len(members):
        raise Fault("service.INVALID_REQUEST", "invalid request: offset %d greater than size %d" % (offset, len(members)))
    page = members[offset:offset + limit] if limit else members[offset:]
    out = dl_el(dl, wanted)
    for m in page:
        out.add(E("dlm", text=m))
    more = offset + len(page) < len(members)
    return response("GetDistributionListResponse", out, more="1" if more else "0", total=str(len(members)))


# ---- requests of one shape: an entry named by id, one directory operation ------------

def _members(el):
    return [c.text or "" for c in children(el, "dlm")]


# Zimbra's handlers for these look the entry up by id (NO_SUCH_* when it is gone), do one
# Provisioning call, and answer with the entry or nothing (ModifyDomain.java, DeleteAccount.java,
# AddAccountAlias.java, AddDistributionListMember.java, ...): the same four steps, one row each.
# The request's other arguments are read after the lookup, as there.
BY_ID = [
    # request                                 find           operation                                                 answer
    ("ModifyDomainRequest",                   domain_by_id,  lambda ctx, d, el: ctx.dir.modify_domain(d, attr_pairs(el)), lambda ctx, d: domain_el(d)),
    ("DeleteDomainRequest",                   domain_by_id,  lambda ctx, d, el: ctx.dir.delete_domain(d),              None),
    ("DeleteAccountRequest",                  account_by_id, lambda ctx, a, el: ctx.dir.delete_account(a),             None),
    ("RenameAccountRequest",                  account_by_id, lambda ctx, a, el: ctx.dir.rename_account(a, required(el, "newName")), lambda ctx, a: account_el(ctx, a)),
    ("AddAccountAliasRequest",                account_by_id, lambda ctx, a, el: ctx.dir.add_alias(a, required(el, "alias")), None),
    ("ModifyDistributionListRequest",         dl_by_id,      lambda ctx, dl, el: ctx.dir.modify_dl(dl, attr_pairs(el)), lambda ctx, dl: dl_el(dl)),
    ("DeleteDistributionListRequest",         dl_by_id,      lambda ctx, dl, el: ctx.dir.delete_dl(dl),                None),
    ("AddDistributionListMemberRequest",      dl_by_id,      lambda ctx, dl, el: ctx.dir.add_members(dl, _members(el)), None),
    ("RemoveDistributionListMemberRequest",   dl_by_id,      lambda ctx, dl, el: ctx.dir.remove_members(dl, _members(el)), None),
    ("AddDistributionListAliasRequest",       dl_by_id,      lambda ctx, dl, el: ctx.dir.add_dl_alias(dl, required(el, "alias")), None),
    ("RemoveDistributionListAliasRequest",    dl_by_id,      lambda ctx, dl, el: ctx.dir.remove_dl_alias(dl, required(el, "alias")), None),
]


def _by_id_handler(request, find, operation, answer):
    def run(ctx, el):
        entry = find(ctx, el)
        operation(ctx, entry, el)
        return response(request[:-len("Request")] + "Response", answer(ctx, entry) if answer else None)
    return run


for _row in BY_ID:
    handler(_row[0])(_by_id_handler(*_row))


# ---- calendar resources --------------------------------------------------------

@handler("CreateCalendarResourceRequest")
def create_resource(ctx, el):
    a = ctx.dir.create_resource(required(el, "name"), get_attr(el, "password"), attr_pairs(el))
    return response("CreateCalendarResourceResponse", account_el(ctx, a, tag="calresource"))


@handler("DeleteCalendarResourceRequest")
def delete_resource(ctx, el):
    rid = required(el, "id")
    a = ctx.dir.account("id", rid)
    if a is None or a.first("zimbraCalResType") is None:
        raise Fault("account.NO_SUCH_CALENDAR_RESOURCE", "no such calendar resource: %s" % rid)
    ctx.dir.delete_account(a)
    return response("DeleteCalendarResourceResponse")


# ---- search ------------------------------------------------------------------

SEARCH_TYPES = ("accounts", "aliases", "distributionlists", "dynamicgroups", "resources", "domains", "coses",
                "servers", "ucservices", "habgroups")
MAX_SEARCH_RESULTS = 5000


def search_el(ctx, e, wanted, apply_cos):
    if e.kind == "account":
        # applyCos (default 1) fills the listed attributes from the COS too (§13; SearchDirectory l.213-222).
        tag = "calresource" if e.is_resource else "account"
        if apply_cos:
            return account_el(ctx, e, True, wanted, tag=tag)
        return render(tag, e, e.attrs, wanted, {"isExternal": "0"} if tag == "account" else None)
    if e.kind == "dl":
        return dl_el(e, wanted)
    if e.kind == "alias":
        return render("alias", e, e.attrs, wanted, {"targetName": e.target.name,
                                                    "type": "account" if e.target.kind == "account" else "dl"})
    if e.kind == "domain":
        return domain_el(e, True, wanted)
    return cos_el(e, wanted)


@handler("SearchDirectoryRequest")
def search_directory(ctx, el):
    raw_types = get_attr(el, "types")
    # Each item exactly as given: an empty one ("accounts," or "") is an unknown type (§13).
    types = raw_types.split(",") if raw_types is not None else ["accounts"]
    for t in types:
        if t not in SEARCH_TYPES:
            raise Fault("service.INVALID_REQUEST", "invalid request: unknown type: %s" % t)
    domain = get_attr(el, "domain")
    if domain:
        domain = domain.lower()
        if "coses" in types:
            raise Fault("service.INVALID_REQUEST", "invalid request: cannot specify domain with coses flag")
        if domain not in ctx.dir.domains:
            raise Fault("account.NO_SUCH_DOMAIN", "no such domain: %s" % domain)
    offset = number(el, "offset", 0)
    limit = number(el, "limit", 0)
    max_results = number(el, "maxResults", MAX_SEARCH_RESULTS)
    query = get_attr(el, "query") or ""
    sort_by = get_attr(el, "sortBy") or "name"
    ascending = get_bool(el, "sortAscending", True)
    session = ctx.session
    # In an admin session, a later page of the same search reads the session's snapshot; offset 0
    # or another search runs it again and replaces the snapshot (§14; AdminSession l.38-90). The
    # options compared include the page size (SearchDirectoryOptions.setResultPageSize).
    key = (query, domain, tuple(types), sort_by, ascending, max_results, limit, get_attr(el, "attrs"),
           get_attr(el, "applyCos"))
    if session is not None and offset > 0 and session.search_key == key:
        found = session.search_result
    else:
        found = run_search(ctx, types, domain, query, max_results, sort_by, ascending)
        if session is not None:
            session.search_key, session.search_result = key, found
    if get_bool(el, "countOnly", False):
        # Without a session only offset+limit entries are collected, so a count with a limit stops
        # there (§14; SearchDirectory l.193-202).
        if session is None and limit > 0:
            end = offset + limit
            return response("SearchDirectoryResponse", num=str(min(len(found), end) if end <= JAVA_INT_MAX else 0))
        return response("SearchDirectoryResponse", num=str(len(found)))
    if session is not None:
        # With an admin session the whole list is cached on it: more and searchTotal are true (§5).
        page = page_of(found, offset, limit)
        total, more = len(found), offset + len(page) < len(found)
    else:
        # Without one, the entries are collected only up to offset+limit (AdminAccessControl.getAllowed,
        # §5, §13): searchTotal is min(total, offset+limit) and more is never 1 when a limit is given.
        end = offset + (limit if limit > 0 else JAVA_INT_MAX)
        collected = found[:end] if end <= JAVA_INT_MAX else []  # past it the Java int overflows: nothing
        page = collected[offset:end]
        total, more = len(collected), False
    raw_attrs = get_attr(el, "attrs")
    wanted = [a for a in raw_attrs.split(",") if a] if raw_attrs else None  # unknown names are ignored here
    apply_cos = get_bool(el, "applyCos", True)
    return response("SearchDirectoryResponse", *[search_el(ctx, e, wanted, apply_cos) for e in page],
                    more="1" if more else "0", searchTotal=str(total))


def run_search(ctx, types, domain, query, max_results, sort_by, ascending):
    """Every match, sorted: the server fetches them all (up to maxResults) before it pages, and
    fails past the cap even for one small page or a count (§5). An LDAP server with a hard size
    limit stops a search there whatever maxResults asks, and Zimbra reports the same fault
    (LdapSizeLimitExceededException -> TOO_MANY_SEARCH_RESULTS)."""
    hard = ctx.dir.ldap_size_limit
    if hard and (not max_results or max_results > hard):
        max_results = hard
    found = ctx.dir.search(types, domain, compile_filter(query), uid_slice(query),
                           stop_after=max_results + 1 if max_results else None)
    with ctx.stats.lock:
        ctx.stats.searched += len(found)
    if max_results and len(found) > max_results:
        raise Fault("account.TOO_MANY_SEARCH_RESULTS",
                    "number of results exceeded the limit: too many search results returned")
    if sort_by == "name":
        key = lambda e: java_order(e.name)  # noqa: E731
    else:
        key = lambda e: (e.first(sort_by) or "").lower()  # noqa: E731
    found.sort(key=key, reverse=not ascending)
    return found


@handler("GetMailboxRequest")
def get_mailbox(ctx, el):
    mbox = children(el, "mbox")
    if not mbox or not mbox[0].get("id"):
        raise Fault("service.INVALID_REQUEST", "invalid request: missing required attribute: id")
    a = ctx.dir.account("id", mbox[0].get("id"))
    if a is None:
        raise Fault("account.NO_SUCH_ACCOUNT", "no such account: %s" % mbox[0].get("id"))
    return response("GetMailboxResponse", E("mbox", {"mbxid": str(abs(hash(a.id)) % 100000 + 1),
                                                     "s": str(ctx.dir.usage.get(a.id, 0))}))


# ---- batch -----------------------------------------------------------------

def dispatch_batch(ctx, el, run_one):
    """urn:zimbra BatchRequest: each child in order, no rollback; onerror=continue unless told otherwise."""
    stop_on_error = el.get("onerror", "continue") != "continue"
    reply = E("BatchResponse", None, ns=NS_ZIMBRA)
    for child in el:
        request_id = child.get("requestId")
        result = run_one(child, request_id)
        reply.add(result)
        if stop_on_error and getattr(result, "is_fault", False):
            break
    return reply


# ---- the user's own login (urn:zimbraAccount), as webmail and mail clients do it ------------
# The admin port serves AccountService too (§1.1: engine.handler.0..2), so a test can log in as the
# customer: AuthRequest (service/account/Auth.java) and ChangePasswordRequest (ChangePassword.java,
# which needs no token: it proves the old password instead).

def user_handler(name):
    def register(fn):
        HANDLERS[(NS_ACCOUNT, name)] = (fn, False)
        return fn
    return register


def user_account(ctx, el):
    """The account the request names (<account by="name">), active, with its domain active too:
    any other status, or no such account, is AUTH_FAILED (maintenance: MAINTENANCE_MODE)."""
    by, key = selector(el, "account")
    a = ctx.dir.account(by, key)
    if a is None:
        raise Fault("account.AUTH_FAILED", "authentication failed for [%s]" % key)
    status = a.first("zimbraAccountStatus")
    domain = ctx.dir.domains.get(a.name.split("@", 1)[1])
    domain_status = domain.first("zimbraDomainStatus", "active") if domain is not None else "active"
    if "maintenance" in (status, domain_status):
        raise Fault("account.MAINTENANCE_MODE", "account is in maintenance mode")
    if status != "active" or domain_status != "active":
        raise Fault("account.AUTH_FAILED", "authentication failed for [%s]" % key)
    return a, key


def user_password(ctx, a, key, password):
    if password is None or ctx.dir.passwords.get(a.id) != password:
        raise Fault("account.AUTH_FAILED", "authentication failed for [%s]" % key)


def child_text(el, name):
    found = [c for c in el if split(c.tag)[1] == name]
    return (found[0].text or "") if found else None


@user_handler("AuthRequest")
def user_auth(ctx, el):
    a, key = user_account(ctx, el)
    user_password(ctx, a, key, child_text(el, "password"))
    token, lifetime = ctx.tokens.issue(a)
    return E("AuthResponse", {}, E("authToken", text=token), E("lifetime", text=str(lifetime)), E("skin", text="harmony"),
             ns=NS_ACCOUNT)


@user_handler("ChangePasswordRequest")
def user_change_password(ctx, el):
    a, key = user_account(ctx, el)
    user_password(ctx, a, key, child_text(el, "oldPassword"))
    new = child_text(el, "password")
    ctx.dir.check_password(new or "", a)
    ctx.dir.passwords[a.id] = new
    token, lifetime = ctx.tokens.issue(a)
    return E("ChangePasswordResponse", {}, E("authToken", text=token), E("lifetime", text=str(lifetime)), ns=NS_ACCOUNT)
