#pragma once

#include "Decoded.h"
#include "core/Customer.h"

#include <QByteArray>

namespace CustomerDecoder {

Decoded<CustomerPage> decodePage(const QByteArray &body, qint64 maxBytes = kDefaultMaxBodyBytes); // GetCustomers
Decoded<Customer> decodeOne(const QByteArray &body, qint64 maxBytes = kDefaultMaxBodyBytes);      // GetCustomer

} // namespace CustomerDecoder
