dnl config.m4 for the zimbra extension (Zimbra Admin SOAP client).

PHP_ARG_ENABLE([zimbra],
  [whether to enable the Zimbra Admin SOAP client],
  [AS_HELP_STRING([--enable-zimbra], [Enable the Zimbra Admin SOAP client])],
  [no])

PHP_ARG_ENABLE([zimbra-developer-flags],
  [whether to build zimbra with developer warnings as errors],
  [AS_HELP_STRING([--enable-zimbra-developer-flags], [Build with -Wall -Wextra -Werror and hardening flags])],
  [no], [no])

PHP_ARG_WITH([zimbra-license-key],
  [the vendor's licence public key],
  [AS_HELP_STRING([--with-zimbra-license-key=BASE64], [Commercial builds: the vendor's Ed25519 public key (base64); without it licensing is off])],
  [no], [no])

PHP_ARG_WITH([zimbra-license-url],
  [the licence server URL],
  [AS_HELP_STRING([--with-zimbra-license-url=URL], [Commercial builds: the vendor's licence server (https)])],
  [no], [no])

if test "$PHP_ZIMBRA" != "no"; then
  if test "$PHP_ZIMBRA_LICENSE_KEY" != "no"; then
    AC_DEFINE_UNQUOTED([PHP_ZIMBRA_LICENSE_PUBKEY], ["$PHP_ZIMBRA_LICENSE_KEY"], [Vendor licence public key])
  fi
  if test "$PHP_ZIMBRA_LICENSE_URL" != "no"; then
    AC_DEFINE_UNQUOTED([PHP_ZIMBRA_LICENSE_URL], ["$PHP_ZIMBRA_LICENSE_URL"], [Vendor licence server])
  fi

  PKG_CHECK_MODULES([CURL], [libcurl >= 7.61.0])
  PHP_EVAL_INCLINE($CURL_CFLAGS)
  PHP_EVAL_LIBLINE($CURL_LIBS, ZIMBRA_SHARED_LIBADD)

  PHP_SETUP_LIBXML(ZIMBRA_SHARED_LIBADD, [], [
    AC_MSG_ERROR([zimbra needs libxml2 >= 2.9.0 (libxml2-dev)])
  ])

  PHP_SETUP_OPENSSL(ZIMBRA_SHARED_LIBADD, [], [
    AC_MSG_ERROR([zimbra needs OpenSSL (libssl-dev)])
  ])

  ZIMBRA_CFLAGS="-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1"
  if test "$PHP_ZIMBRA_DEVELOPER_FLAGS" = "yes"; then
    ZIMBRA_CFLAGS="$ZIMBRA_CFLAGS -Wall -Wextra -Werror -Wformat-security -fstack-protector-strong -D_FORTIFY_SOURCE=2 -O2"
  fi

  ZIMBRA_CORE_SOURCES="src/core/zc_admin.c src/core/zc_arena.c src/core/zc_attempt.c src/core/zc_batch.c src/core/zc_buckets.c src/core/zc_buf.c src/core/zc_crypto.c src/core/zc_error.c src/core/zc_fault.c src/core/zc_license.c \
    src/core/zc_node.c src/core/zc_parser.c src/core/zc_platform.c src/core/zc_quota.c src/core/zc_session.c src/core/zc_soap.c \
    src/core/zc_transport.c src/core/zc_utf8.c src/core/zc_validate.c src/core/zc_xml_writer.c"
  ZIMBRA_BINDING_SOURCES="src/zimbra_account_iterator.c src/zimbra_accounts.c src/zimbra_args.c src/zimbra_attempt.c src/zimbra_options.c src/zimbra_array.c \
    src/zimbra_attrs.c src/zimbra_batch.c src/zimbra_client.c src/zimbra_directory.c \
    src/zimbra_domains.c src/zimbra_exceptions.c src/zimbra_globals.c src/zimbra_license.c \
    src/zimbra_lists.c src/zimbra_methods.c src/zimbra_op.c src/zimbra_paging.c src/zimbra_persistent.c \
    src/zimbra_preauth.c src/zimbra_purge.c src/zimbra_quota_iterator.c src/zimbra_raw.c src/zimbra_server_view.c \
    src/zimbra_servers.c src/zimbra_target.c src/zimbra_validate.c src/zimbra_values.c"

  PHP_NEW_EXTENSION(zimbra, php_zimbra.c $ZIMBRA_BINDING_SOURCES $ZIMBRA_CORE_SOURCES, $ext_shared,, $ZIMBRA_CFLAGS)
  PHP_ADD_INCLUDE([$ext_srcdir/src])
  PHP_ADD_BUILD_DIR([$ext_builddir/src])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/core])
  PHP_ADD_EXTENSION_DEP(zimbra, libxml)
  PHP_ADD_EXTENSION_DEP(zimbra, spl)
  PHP_SUBST(ZIMBRA_SHARED_LIBADD)
fi
