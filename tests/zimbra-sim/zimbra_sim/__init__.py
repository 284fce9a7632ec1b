"""A stand-in for a Zimbra mailbox server's admin SOAP service (port 7071).

No real Zimbra can run on the machines that test php-zimbra, so this
simulator answers the way ZCS 8.8.15/9.x/10.x does, from the protocol
reference in shared/reference/zimbra-admin-soap.md: the same envelopes in
SOAP 1.2 and 1.1, the same fault codes and texts, the same quirks.

Modules:
  main       command line, startup banner
  server     HTTP/1.1 keep-alive over TLS, DoS filter, latency, fault injection
  control    the loopback control endpoint tests use to steer the simulator
  soap       envelope parsing and reply/fault rendering
  xmlout     a tiny compact XML writer for replies
  directory  the in-memory LDAP-like directory and its attribute rules
  auth       admin login and auth tokens
  handlers   one function per SOAP request
  certs      the self-signed certificate made at start
"""
