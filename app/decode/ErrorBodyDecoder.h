#pragma once

#include "Decoded.h"

#include <QByteArray>
#include <QString>

// The spec's ErrorMessage. Decoding never fails: production sometimes answers a 401 in plain
// text, which becomes the message.
struct ErrorBody
{
    QString code;    // digits, whether sent as a number or a string
    QString message; // `message`, else `user_message`, else `title`, else the plain text
};

namespace ErrorBodyDecoder {
ErrorBody decode(const QByteArray &body);
}

// CreateToken's answer: {"token": "..."}.
namespace TokenDecoder {
Decoded<QString> decode(const QByteArray &body);
}
