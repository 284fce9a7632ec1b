"""The mailbox servers of an install, for --mailbox-servers N (zimbra-admin-soap.md §14).

One admin endpoint answers as the first server (the one the admin URL names); every server shares
the directory (LDAP), but each homes its own mailboxes. What the endpoint does for the others:

  * new accounts get a home server from the COS server pool, picked at random among the pool's
    mailbox servers (LdapProvisioning.addMailHost: "Shuffle up and deal", sPoolRandom.nextInt);
    the generator is seeded, so a run spreads the same way every time;
  * a <targetServer>ID</targetServer> header makes the request run on that server, proxied with
    the caller's token; an unknown id is account.NO_SUCH_SERVER (ZimbraSoapContext l.408-419,
    ProxyTarget l.57-61);
  * a request about an account homed elsewhere (GetAccount, ModifyAccount, DeleteAccount,
    SetPassword, Add/RemoveAccountAlias, RenameAccount, GetMailbox: their getProxiedAccountPath)
    is proxied to the account's home server, per batch item too (SoapEngine l.636-638);
  * a server taken down (control POST /server) fails what is proxied to it with
    service.PROXY_ERROR, and GetQuotaUsage allServers=1 with service.FAILURE as a whole.
"""
import random
import uuid

from .soap import Fault

DOMAIN = "zimbra.test"


class Server:
    def __init__(self, name, server_id=None):
        self.kind = "server"
        self.name = name
        self.id = server_id or str(uuid.uuid4())
        self.up = True
        # What GetAllServers shows of a mailbox server (zimbra-attrs.xml; applyConfig adds config values).
        self.attrs = {
            "cn": [name],
            "zimbraId": [self.id],
            "zimbraServiceHostname": [name],
            "zimbraServiceInstalled": ["mailbox", "logger", "stats", "snmp"],
            "zimbraServiceEnabled": ["mailbox", "logger", "stats", "snmp"],
            "zimbraAdminPort": ["7071"],
            "zimbraMailPort": ["8080"],
            "zimbraMailSSLPort": ["8443"],
            "zimbraMailMode": ["https"],
            "zimbraLmtpBindPort": ["7025"],
        }

    def first(self, name, default=None):
        v = self.attrs.get(name)
        return v[0] if v else default

    def proxy_error(self):
        """What proxying to this server while it is down fails with (ServiceException.PROXY_ERROR)."""
        url = "https://%s:7071/service/admin/soap/" % self.name
        return Fault("service.PROXY_ERROR", "error while proxying request to target server: Connection refused "
                     "(Connection refused)", [("url", "STR", url)])


class Servers:
    """The install's mailbox servers; the first is the one the admin endpoint is."""

    def __init__(self, count, single_name):
        if count < 1:
            raise ValueError("an install has at least one mailbox server")
        # One server keeps the name a single-server install has always had here.
        names = [single_name] if count == 1 else ["mbx%d.%s" % (i, DOMAIN) for i in range(1, count + 1)]
        # Fixed ids, so that a restarted simulator is the same install.
        self.all = [Server(n, str(uuid.uuid5(uuid.NAMESPACE_DNS, n))) for n in names]
        self.endpoint = self.all[0]
        self.random = random.Random(0)

    def reset(self):
        for s in self.all:
            s.up = True
        self.random = random.Random(0)

    def by_id(self, server_id):
        return next((s for s in self.all if s.id == server_id), None)

    def by_name(self, name):
        return next((s for s in self.all if s.name == (name or "").lower()), None)

    def target(self, server_id):
        """The server a <targetServer> names: account.NO_SUCH_SERVER when none has that id."""
        s = self.by_id(server_id)
        if s is None:
            raise Fault("account.NO_SUCH_SERVER", "no such server: %s" % server_id)
        return s

    def pick_home(self):
        """A new account's home: a random server of the default COS's pool (every mailbox server)."""
        return self.all[self.random.randrange(len(self.all))] if len(self.all) > 1 else self.all[0]

    def home_of(self, account):
        """The server an account's zimbraMailHost names (the endpoint's when it names none of them)."""
        return self.by_name(account.first("zimbraMailHost")) or self.endpoint

    def reach(self, server):
        """Proxy to server: fails with PROXY_ERROR while it is down."""
        if not server.up:
            raise server.proxy_error()
        return server
