"""Admin sessions, as Zimbra keeps them (zimbra-admin-soap.md §1.3, §5, §14).

A request with <session/> in its context header gets a new admin session; one with
<session id="X"/> uses X when it still exists for the same admin, and gets a new one otherwise. The
reply's <context><session id="Y">Y</session> names the session used, so a client sees when its
session was replaced (DocumentHandler.getSession l.351-400).

  * At most 5 sessions per admin account (LC zimbra_session_limit_admin); a sixth prunes the least
    recently used one (SessionMap.putAndPrune l.155-200). Idle sessions end after 10 minutes.
  * A session caches one directory search: the whole sorted result of its first page; later pages
    of the same search read that snapshot. A new search, or offset 0, replaces it (AdminSession
    l.38-90; SearchDirectory l.193-199).
  * GetQuotaUsage caches its whole list in the session too; later pages with the same domain, sort
    and allServers read it unless refresh=1 (GetQuotaUsage l.118-126).
"""
import itertools
import time

SESSIONS_PER_ADMIN = 5
IDLE_SECONDS = 600


class AdminSession:
    def __init__(self, session_id, account_id):
        self.id = session_id
        self.account_id = account_id
        self.used = time.monotonic()
        self.search_key = None    # the cached search: everything but offset and limit
        self.search_result = None
        self.quota_key = None     # the cached GetQuotaUsage: domain, sort, allServers, answering server
        self.quota_rows = None


class Sessions:
    def __init__(self):
        self.by_id = {}
        self.ids = itertools.count(1001)

    def reset(self):
        self.by_id.clear()

    def drop_all(self):
        """Every session ends, as when the server restarts or the sessions time out (control POST /drop-sessions)."""
        self.by_id.clear()

    def session_for(self, wanted_id, account_id):
        """The session a request with <session [id=wanted_id]/> runs in (a new one when wanted_id is
        absent, unknown, idle too long or another admin's)."""
        now = time.monotonic()
        for sid, s in list(self.by_id.items()):
            if now - s.used > IDLE_SECONDS:
                del self.by_id[sid]
        s = self.by_id.get(wanted_id) if wanted_id else None
        if s is None or s.account_id != account_id:
            mine = sorted((x for x in self.by_id.values() if x.account_id == account_id), key=lambda x: x.used)
            while len(mine) >= SESSIONS_PER_ADMIN:
                del self.by_id[mine.pop(0).id]  # the least recently used goes
            s = AdminSession(str(next(self.ids)), account_id)
            self.by_id[s.id] = s
        s.used = now
        return s
