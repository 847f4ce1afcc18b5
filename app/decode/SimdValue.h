#pragma once

#include "RawField.h"

#include <QString>

#include <simdjson.h>

// One value of a simdjson On-Demand walk, read as Qt's parser would have read it.
namespace SimdValue {

namespace od = simdjson::ondemand;

// Deeper than this, Qt's parser decides (it refuses more than 1024 levels; the walk here would
// recurse): a conservative bound, since Qt's answer is the reference either way.
inline constexpr int kMaxDepth = 512;

// Reads a value into `into`; an array or object is parsed by Qt (rare in lists: an account's
// detail and positions). Any error means the body goes to Qt's parser.
simdjson::error_code read(od::value &value, RawField &into);
// On-Demand parsing checks only what is read: a value the decoder does not use is read all the
// same, so that a body with invalid JSON anywhere goes to Qt's parser, which refuses it.
simdjson::error_code validate(od::value value, int depth);
// "an array", "a number", ...: JsonReader's words for a value's type.
QString typeName(od::json_type type);

} // namespace SimdValue
