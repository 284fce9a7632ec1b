"""Admin login and auth tokens, as admin Auth.java and ZimbraSoapContext behave."""
import hashlib
import os
import threading
import time

from .soap import Fault


class Tokens:
    def __init__(self, lifetime_seconds):
        self.lifetime_ms = int(lifetime_seconds * 1000)
        self.lock = threading.Lock()
        self.tokens = {}   # token -> (account id, expires at, epoch seconds)

    def issue(self, account):
        expires_ms = int(time.time() * 1000) + self.lifetime_ms
        payload = "id=36:%s;exp=13:%d;admin=1:1;type=6:zimbra;" % (account.id, expires_ms)
        token = "0_%s_%s" % (hashlib.sha1(os.urandom(20)).hexdigest(), payload.encode().hex())
        with self.lock:
            self.tokens[token] = (account.id, expires_ms / 1000.0)
        # Zimbra reports the remaining lifetime, a hair under the configured value.
        return token, max(self.lifetime_ms - 1, 0)

    def check(self, token):
        """Returns the account id; raises AUTH_REQUIRED or AUTH_EXPIRED."""
        if not token:
            raise Fault("service.AUTH_REQUIRED", "no valid authtoken present")
        with self.lock:
            entry = self.tokens.get(token)
        if entry is None:
            raise Fault("service.AUTH_REQUIRED", "no valid authtoken present")
        if time.time() >= entry[1]:
            raise Fault("service.AUTH_EXPIRED", "auth credentials have expired")
        return entry[0]

    def expire_all(self):
        with self.lock:
            for token, (aid, _exp) in list(self.tokens.items()):
                self.tokens[token] = (aid, 0)

    def forget_all(self):
        with self.lock:
            self.tokens.clear()


def authenticate(directory, name, password):
    """8.8.15.p30+ behaviour: unknown or inactive -> PERM_DENIED, bad password -> AUTH_FAILED."""
    by = "name" if "@" in name else "adminName"
    account = directory.account(by, name)
    if account is None or account.first("zimbraAccountStatus") != "active":
        raise Fault("service.PERM_DENIED", "permission denied: Error in Authentication")
    if account.first("zimbraIsAdminAccount") != "TRUE":
        raise Fault("service.PERM_DENIED", "permission denied: not an admin account")
    if directory.passwords.get(account.id) != password:
        raise Fault("account.AUTH_FAILED", "authentication failed for [%s]" % name)
    return account
