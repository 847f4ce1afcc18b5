#pragma once

#include "Decoded.h"
#include "core/Institution.h"

#include <QByteArray>

namespace InstitutionDecoder {

// {"institution": {...}}: GetInstitution.
Decoded<Institution> decode(const QByteArray &body, qint64 maxBytes = kDefaultMaxBodyBytes);

} // namespace InstitutionDecoder
