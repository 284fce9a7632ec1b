"""Compact XML for replies, written the way Zimbra writes them: no
indentation, attributes in insertion order, text escaped."""


def esc_text(s):
    # A raw CR would be normalised away by the reader's line-end handling.
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def esc_attr(s):
    return esc_text(s).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


class E:
    """An element: E(name, {attrs}, children..., text=None, ns=None)."""

    __slots__ = ("name", "attrs", "children", "text", "ns", "is_fault")

    def __init__(self, name, attrs=None, *children, text=None, ns=None):
        self.name = name
        self.attrs = dict(attrs or {})
        self.children = [c for c in children if c is not None]
        self.text = text
        self.ns = ns
        self.is_fault = False

    def add(self, child):
        self.children.append(child)
        return child

    def render(self, out):
        out.append("<" + self.name)
        if self.ns:
            out.append(' xmlns="%s"' % esc_attr(self.ns))
        for k, v in self.attrs.items():
            out.append(' %s="%s"' % (k, esc_attr(str(v))))
        if not self.children and self.text is None:
            out.append("/>")
            return
        out.append(">")
        if self.text is not None:
            out.append(esc_text(str(self.text)))
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            else:
                c.render(out)
        out.append("</%s>" % self.name)

    def __str__(self):
        out = []
        self.render(out)
        return "".join(out)


def attr_elements(attrs, order=None):
    """<a n="...">value</a> for every value of every attribute, in order."""
    items = []
    for name in (order or attrs.keys()):
        for v in attrs.get(name, []):
            items.append(E("a", {"n": name}, text=v))
    return items
