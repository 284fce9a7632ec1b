"""The self-signed certificate the simulator serves, made fresh at start."""
import os
import subprocess
import tempfile


def make_self_signed(directory=None, cn="127.0.0.1", days=30, key_type="ec"):
    """Returns (cert_path, key_path). The certificate names 127.0.0.1 and localhost."""
    d = directory or tempfile.mkdtemp(prefix="zimbra-sim-")
    cert = os.path.join(d, "cert.pem")
    key = os.path.join(d, "key.pem")
    newkey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"] if key_type == "ec" else ["-newkey", "rsa:2048"]
    subprocess.run(
        ["openssl", "req", "-x509", "-nodes", "-days", str(days), *newkey,
         "-keyout", key, "-out", cert, "-subj", "/CN=%s/O=php-zimbra simulator" % cn,
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key
