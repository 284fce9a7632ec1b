"""The vendor's licence server, played for tests: answers POST /license/check with
the two-line signed answer php-zimbra expects, signed with an Ed25519 key made at
test time (openssl pkeyutl; the Python standard library has no Ed25519)."""
import base64
import hashlib
import os
import subprocess
import tempfile
import threading
import time
from urllib.parse import parse_qs


class LicenseServer:
    def __init__(self, key_pem):
        self.key_pem = key_pem
        self.lock = threading.Lock()
        self.keys = {}      # licence key -> (status, expires)
        self.checks = 0
        self.down = False   # answer 503, as an unreachable server would fail

    def set(self, key, status, expires=0):
        with self.lock:
            self.keys[key] = (status, int(expires))

    def sign(self, line):
        with tempfile.NamedTemporaryFile(delete=False) as f:
            f.write(line.encode())
            path = f.name
        try:
            sig = subprocess.run(["openssl", "pkeyutl", "-sign", "-inkey", self.key_pem, "-rawin", "-in", path],
                                 check=True, capture_output=True).stdout
        finally:
            os.unlink(path)
        return base64.b64encode(sig).decode()

    def answer(self, body):
        """(status code, body) for a POST body."""
        with self.lock:
            self.checks += 1
            if self.down:
                return 503, b"down"
            form = parse_qs(body.decode("utf-8", "replace"))
            key = form.get("key", [""])[0]
            status, expires = self.keys.get(key, ("invalid", 0))
        line = "zimbra-license v1 key=%s status=%s issued=%d expires=%d" % (
            hashlib.sha256(key.encode()).hexdigest(), status, int(time.time()), expires)
        return 200, (line + "\n" + self.sign(line) + "\n").encode()
