"""SOAP envelopes in and out, for both SOAP versions Zimbra accepts."""
import xml.etree.ElementTree as ET

from .xmlout import E, esc_text

SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
NS_ZIMBRA = "urn:zimbra"
NS_ADMIN = "urn:zimbraAdmin"
NS_ACCOUNT = "urn:zimbraAccount"


class Fault(Exception):
    """A Zimbra ServiceException: code, message, sender or receiver, args."""

    RECEIVER_CODES = {
        "service.FAILURE", "account.TOO_MANY_ACCOUNTS", "account.TOO_MANY_SEARCH_RESULTS",
        "account.MAINTENANCE_MODE", "account.ACCOUNT_INACTIVE",
        "service.TEMPORARILY_UNAVAILABLE", "service.PROXY_ERROR",
    }

    def __init__(self, code, message, args=None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.args_ = args or []  # [(name, type, value)]

    @property
    def receiver(self):
        return self.code in self.RECEIVER_CODES


def split(tag):
    """'{ns}local' -> (ns, local)."""
    if tag.startswith("{"):
        ns, local = tag[1:].split("}", 1)
        return ns, local
    return None, tag


class Request:
    """A parsed request envelope."""

    def __init__(self, version, header_context, body_element):
        self.version = version            # SOAP12 or SOAP11 namespace
        self.context = header_context     # <context> element or None
        self.body = body_element

    @property
    def wants_session(self):
        """<session/> in the context header: an admin session, on which searches are cached (§1.3, §5)."""
        return self.context is not None and self.context.find("{%s}session" % NS_ZIMBRA) is not None

    @property
    def session_id(self):
        """The id of <session id="X"/>, or None for <session/> (a new session) and no session."""
        el = self.context.find("{%s}session" % NS_ZIMBRA) if self.context is not None else None
        return (el.get("id") or None) if el is not None else None

    @property
    def target_server(self):
        """The text of <targetServer>: the id of the server the request must run on (§1.3, §14)."""
        el = self.context.find("{%s}targetServer" % NS_ZIMBRA) if self.context is not None else None
        return (el.text or "").strip() if el is not None else None

    @property
    def auth_token(self):
        if self.context is None:
            return None
        el = self.context.find("{%s}authToken" % NS_ZIMBRA)
        return el.text if el is not None and el.text else None


def parse_request(raw):
    """Parse an envelope as Zimbra's SoapEngine does; raises Fault."""
    if not raw or raw[:1] != b"<":
        # Zimbra hands anything not starting with '<' to its JSON parser.
        raise Fault("service.PARSE_ERROR", "parse error: Unterminated object at character 1")
    if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
        raise Fault("service.PARSE_ERROR", "parse error: Error on line 1 of document  : DOCTYPE is disallowed")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as e:
        raise Fault("service.PARSE_ERROR", "parse error: Error on line 1 of document  : %s" % e)
    ns, local = split(root.tag)
    if local != "Envelope" or ns not in (SOAP12, SOAP11):
        raise Fault("service.PARSE_ERROR", "parse error: not a SOAP envelope")
    header = root.find("{%s}Header" % ns)
    body = root.find("{%s}Body" % ns)
    if body is None or len(body) == 0:
        raise Fault("service.INVALID_REQUEST", "invalid request: no SOAP body")
    context = header.find("{%s}context" % NS_ZIMBRA) if header is not None else None
    return Request(ns, context, body[0])


def envelope(version, body_xml, session_id=None):
    """A compact reply envelope around an already rendered body element (with the session's id when
    the request asked for a session)."""
    context = ('<context xmlns="urn:zimbra"><session id="%s">%s</session></context>' % (session_id, session_id)
               if session_id else '<context xmlns="urn:zimbra"/>')
    return ('<soap:Envelope xmlns:soap="%s"><soap:Header>%s</soap:Header>'
            '<soap:Body>%s</soap:Body></soap:Envelope>' % (version, context, body_xml))


_trace_counter = [0]


def fault_element(version, fault, request_id=None):
    """A soap:Fault element exactly as Soap12Protocol/Soap11Protocol write it."""
    _trace_counter[0] += 1
    trace = "qtp1290340102-%d:https://127.0.0.1:7071/service/admin/soap:%d:3545528d1a7c45af" % (
        _trace_counter[0], 1384408651392 + _trace_counter[0])
    error = E("Error", None, E("Code", text=fault.code), E("Trace", text=trace), ns=NS_ZIMBRA)
    for name, typ, value in fault.args_:
        error.add(E("a", {"n": name, "t": typ}, text=value))
    attrs = {"requestId": request_id} if request_id is not None else None
    if version == SOAP11:
        return E("soap:Fault", attrs,
                 E("faultcode", text="soap:Server" if fault.receiver else "soap:Client"),
                 E("faultstring", text=fault.message),
                 E("detail", None, error))
    return E("soap:Fault", attrs,
             E("soap:Code", None, E("soap:Value", text="soap:Receiver" if fault.receiver else "soap:Sender")),
             E("soap:Reason", None, E("soap:Text", text=fault.message)),
             E("soap:Detail", None, error))


def fault_envelope(version, fault):
    return envelope(version, str(fault_element(version, fault)))


def json_parse_fault(fault):
    """What Zimbra answers when the body went to its JSON parser."""
    return ('{"Header":{"context":{"_jsns":"urn:zimbra"}},"Body":{"Fault":{"Code":{"Value":"soap:Sender"},'
            '"Reason":{"Text":"%s"},"Detail":{"Error":{"Code":"%s","Trace":"qtp1-1:1:1","_jsns":"urn:zimbra"}}}},'
            '"_jsns":"urn:zimbraSoap"}' % (esc_text(fault.message).replace('"', '\\"'), fault.code))


def get_attr(el, name, default=None):
    """Zimbra reads a scalar from an attribute, or else from a child element of that name."""
    v = el.get(name)
    if v is not None:
        return v
    for child in el:
        if split(child.tag)[1] == name:
            return child.text or ""
    return default


def get_bool(el, name, default):
    v = get_attr(el, name)
    if v is None:
        return default
    lv = v.lower()
    if lv in ("1", "true"):
        return True
    if lv in ("0", "false"):
        return False
    raise Fault("service.INVALID_REQUEST", "invalid request: invalid boolean value: %s" % v)


def children(el, local):
    return [c for c in el if split(c.tag)[1] == local]


def attr_pairs(el):
    """The <a n="...">v</a> children as a list of (name, value)."""
    out = []
    for a in children(el, "a"):
        name = a.get("n")
        if name is None:
            raise Fault("service.INVALID_REQUEST", "invalid request: missing required attribute: n")
        out.append((name, a.text or ""))
    return out
