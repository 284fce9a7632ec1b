/*
 * zc_ns: the XML namespaces of Zimbra's SOAP. Only constants, so that a decoder that needs one
 * (zc_fault) depends on no other part of the core.
 */
#ifndef ZC_NS_H
#define ZC_NS_H

#define ZC_NS_SOAP12 "http://www.w3.org/2003/05/soap-envelope"
#define ZC_NS_SOAP11 "http://schemas.xmlsoap.org/soap/envelope/"
#define ZC_NS_ZIMBRA "urn:zimbra"
#define ZC_NS_ADMIN  "urn:zimbraAdmin"

#endif
