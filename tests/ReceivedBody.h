#pragma once

#include "decode/SimdAccountList.h"

#include <QByteArray>

#include <algorithm>

// The bytes as ApiJob hands them to a decoder: with room after the end, so that the account list
// is read in place. The room holds quotes, which a reader going past the end would take for JSON.
inline QByteArray asReceived(const QByteArray &bytes)
{
    QByteArray body(bytes.size() + SimdAccountList::kPadding, '"');
    body.resize(bytes.size());
    std::copy(bytes.begin(), bytes.end(), body.begin());
    return body;
}
