/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 1a79db70c3489a4764d22e44e15e758f90a84960 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_TransportException_getHttpStatus, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_TransportException_wasSent, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_FaultException_getFaultCode, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_FaultException_getReason arginfo_class_Zimbra_FaultException_getFaultCode

#define arginfo_class_Zimbra_FaultException_isSenderFault arginfo_class_Zimbra_TransportException_wasSent

#define arginfo_class_Zimbra_FaultException_isReceiverFault arginfo_class_Zimbra_TransportException_wasSent

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_FaultException_getDetails, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_FaultException_getServerTrace, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()


ZEND_METHOD(Zimbra_TransportException, getHttpStatus);
ZEND_METHOD(Zimbra_TransportException, wasSent);
ZEND_METHOD(Zimbra_FaultException, getFaultCode);
ZEND_METHOD(Zimbra_FaultException, getReason);
ZEND_METHOD(Zimbra_FaultException, isSenderFault);
ZEND_METHOD(Zimbra_FaultException, isReceiverFault);
ZEND_METHOD(Zimbra_FaultException, getDetails);
ZEND_METHOD(Zimbra_FaultException, getServerTrace);


static const zend_function_entry class_Zimbra_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_ValidationException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_TransportException_methods[] = {
	ZEND_ME(Zimbra_TransportException, getHttpStatus, arginfo_class_Zimbra_TransportException_getHttpStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_TransportException, wasSent, arginfo_class_Zimbra_TransportException_wasSent, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_ResponseException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_CryptoException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_FaultException_methods[] = {
	ZEND_ME(Zimbra_FaultException, getFaultCode, arginfo_class_Zimbra_FaultException_getFaultCode, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_FaultException, getReason, arginfo_class_Zimbra_FaultException_getReason, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_FaultException, isSenderFault, arginfo_class_Zimbra_FaultException_isSenderFault, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_FaultException, isReceiverFault, arginfo_class_Zimbra_FaultException_isReceiverFault, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_FaultException, getDetails, arginfo_class_Zimbra_FaultException_getDetails, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_FaultException, getServerTrace, arginfo_class_Zimbra_FaultException_getServerTrace, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_AuthenticationException_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Zimbra_Exception(zend_class_entry *class_entry_Throwable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "Exception", class_Zimbra_Exception_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_Throwable);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_ValidationException(zend_class_entry *class_entry_InvalidArgumentException, zend_class_entry *class_entry_Zimbra_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "ValidationException", class_Zimbra_ValidationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_InvalidArgumentException);
	zend_class_implements(class_entry, 1, class_entry_Zimbra_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_TransportException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_Zimbra_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "TransportException", class_Zimbra_TransportException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_Zimbra_Exception);

	zval property_httpStatus_default_value;
	ZVAL_LONG(&property_httpStatus_default_value, 0);
	zend_string *property_httpStatus_name = zend_string_init("httpStatus", sizeof("httpStatus") - 1, 1);
	zend_declare_typed_property(class_entry, property_httpStatus_name, &property_httpStatus_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_httpStatus_name);

	zval property_requestSent_default_value;
	ZVAL_FALSE(&property_requestSent_default_value);
	zend_string *property_requestSent_name = zend_string_init("requestSent", sizeof("requestSent") - 1, 1);
	zend_declare_typed_property(class_entry, property_requestSent_name, &property_requestSent_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_requestSent_name);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_ResponseException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_Zimbra_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "ResponseException", class_Zimbra_ResponseException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_Zimbra_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_CryptoException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_Zimbra_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "CryptoException", class_Zimbra_CryptoException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_Zimbra_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_FaultException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_Zimbra_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "FaultException", class_Zimbra_FaultException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_Zimbra_Exception);

	zval property_faultCode_default_value;
	ZVAL_EMPTY_STRING(&property_faultCode_default_value);
	zend_string *property_faultCode_name = zend_string_init("faultCode", sizeof("faultCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_faultCode_name, &property_faultCode_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_faultCode_name);

	zval property_reason_default_value;
	ZVAL_EMPTY_STRING(&property_reason_default_value);
	zend_string *property_reason_name = zend_string_init("reason", sizeof("reason") - 1, 1);
	zend_declare_typed_property(class_entry, property_reason_name, &property_reason_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_reason_name);

	zval property_receiverFault_default_value;
	ZVAL_FALSE(&property_receiverFault_default_value);
	zend_string *property_receiverFault_name = zend_string_init("receiverFault", sizeof("receiverFault") - 1, 1);
	zend_declare_typed_property(class_entry, property_receiverFault_name, &property_receiverFault_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_receiverFault_name);

	zval property_details_default_value;
	ZVAL_EMPTY_ARRAY(&property_details_default_value);
	zend_string *property_details_name = zend_string_init("details", sizeof("details") - 1, 1);
	zend_declare_typed_property(class_entry, property_details_name, &property_details_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_details_name);

	zval property_serverTrace_default_value;
	ZVAL_NULL(&property_serverTrace_default_value);
	zend_string *property_serverTrace_name = zend_string_init("serverTrace", sizeof("serverTrace") - 1, 1);
	zend_declare_typed_property(class_entry, property_serverTrace_name, &property_serverTrace_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_serverTrace_name);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_AuthenticationException(zend_class_entry *class_entry_Zimbra_FaultException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "AuthenticationException", class_Zimbra_AuthenticationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Zimbra_FaultException);

	return class_entry;
}
