<?php

/**
 * The PHP API of the zimbra extension. Its constants are declared in
 * php_zimbra.stub.php, and each class in the stub beside the C file that
 * registers it (src/zimbra_*.stub.php, each generating its *_arginfo.h);
 * scripts/gen-ide-stub puts them together as stubs/zimbra.stub.php, the file
 * IDEs and static analysers read and the API reference (docs/API.md) is
 * made from.
 *
 * Errors, by whose mistake they are:
 * - A mistake in the call itself throws PHP's own errors, as a typed parameter
 *   would: TypeError for a value of the wrong type inside an array argument
 *   (an option, an attribute value, a member), ValueError for a value no call
 *   may pass (an unknown option, an integer key where a name is required, a
 *   number out of its range, an empty list, a NUL byte). Fix the code.
 * - A value Zimbra would refuse throws Zimbra\ValidationException, with
 *   nothing sent: a malformed domain name, address or id, an empty password,
 *   an attribute name or status Zimbra does not take, text XML cannot carry.
 *   Show it to whoever typed the value.
 * - What happens on the way or at the server throws the other
 *   Zimbra\Exception classes (TransportException, ResponseException,
 *   FaultException).
 *
 * @generate-class-entries
 */

namespace Zimbra {

    /**
     * Version of the zimbra extension.
     *
     * @var string
     * @cvalue PHP_ZIMBRA_VERSION
     */
    const VERSION = "0.3.0";
}
