"""Just enough of RFC 4515 LDAP filters for SearchDirectoryRequest queries:
(&...), (|...), (!...), equality with * wildcards, presence (attr=*),
and \\XX escapes. Matching is case-insensitive, as for Zimbra's attributes."""
import re

from .soap import Fault


class Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def fail(self):
        raise Fault("service.PARSE_ERROR", "parse error: invalid LDAP filter: %s" % self.s)

    def parse(self):
        node = self.filter()
        if self.i != len(self.s):
            self.fail()
        return node

    def filter(self):
        if self.i >= len(self.s) or self.s[self.i] != "(":
            self.fail()
        self.i += 1
        c = self.s[self.i:self.i + 1]
        if c in ("&", "|"):
            self.i += 1
            items = []
            while self.s[self.i:self.i + 1] == "(":
                items.append(self.filter())
            node = (c, items)
        elif c == "!":
            self.i += 1
            node = ("!", self.filter())
        else:
            end = self.s.find(")", self.i)
            if end < 0:
                self.fail()
            item = self.s[self.i:end]
            m = re.match(r"^([A-Za-z][A-Za-z0-9-]*)(=|>=|<=|~=)(.*)$", item, re.S)
            if not m:
                self.fail()
            node = ("cmp", m.group(1), m.group(2), m.group(3))
            self.i = end
        if self.s[self.i:self.i + 1] != ")":
            self.fail()
        self.i += 1
        return node


def unescape(v):
    return re.sub(r"\\([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), v)


def value_matches(pattern, value):
    parts = [unescape(p).lower() for p in pattern.split("*")]
    v = value.lower()
    if len(parts) == 1:
        return v == parts[0]
    if not v.startswith(parts[0]) or not v.endswith(parts[-1]):
        return False
    pos = len(parts[0])
    for mid in parts[1:-1]:
        found = v.find(mid, pos)
        if found < 0:
            return False
        pos = found + len(mid)
    return pos <= len(v) - len(parts[-1])


def matches(node, attrs):
    kind = node[0]
    if kind == "&":
        return all(matches(n, attrs) for n in node[1])
    if kind == "|":
        return any(matches(n, attrs) for n in node[1])
    if kind == "!":
        return not matches(node[1], attrs)
    _, name, op, pattern = node
    values = next((v for k, v in attrs.items() if k.lower() == name.lower()), [])
    if op != "=":
        return False
    if pattern == "*":
        return bool(values)
    return any(value_matches(pattern, v) for v in values)


def _lookup(attrs, name):
    v = attrs.get(name)
    if v is not None:
        return v
    lname = name.lower()
    for k, vals in attrs.items():
        if k.lower() == lname:
            return vals
    return []


def _compile(node):
    """Turn a parsed filter into a function of an entry's attributes (fast for big directories)."""
    kind = node[0]
    if kind in ("&", "|"):
        parts = [_compile(n) for n in node[1]]
        if kind == "&":
            return lambda attrs: all(p(attrs) for p in parts)
        return lambda attrs: any(p(attrs) for p in parts)
    if kind == "!":
        inner = _compile(node[1])
        return lambda attrs: not inner(attrs)
    _, name, op, pattern = node
    if op != "=":
        return lambda attrs: False
    if pattern == "*":
        return lambda attrs: bool(_lookup(attrs, name))
    parts = [unescape(p).lower() for p in pattern.split("*")]
    if len(parts) == 1:
        want = parts[0]
        return lambda attrs: any(v.lower() == want for v in _lookup(attrs, name))
    if len(parts) == 2 and parts[1] == "":
        prefix = parts[0]
        return lambda attrs: any(v.lower().startswith(prefix) for v in _lookup(attrs, name))
    return lambda attrs: any(value_matches(pattern, v) for v in _lookup(attrs, name))


def compile_filter(text):
    """A predicate over an entry's attributes, or None for an empty filter."""
    if not text:
        return None
    return _compile(Parser(text).parse())


def _uid_slice(node):
    kind = node[0]
    if kind == "&":
        for n in node[1]:
            found = _uid_slice(n)
            if found:
                return found
        return None
    if kind != "cmp" or node[1].lower() != "uid" or node[2] != "=":
        return None
    pattern = node[3]
    if "*" not in pattern:
        return unescape(pattern).lower(), True
    if pattern.count("*") == 1 and pattern.endswith("*") and len(pattern) > 1:
        return unescape(pattern[:-1]).lower(), False
    return None


def uid_slice(text):
    """(prefix, exact) when every match must have a uid starting with prefix (or equal to it, when
    exact): the directory then reads only that slice of its sorted uids."""
    if not text:
        return None
    return _uid_slice(Parser(text).parse())
