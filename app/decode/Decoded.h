#pragma once

#include <QString>

#include <optional>

// Why an answer could not be decoded: the JSON path of the offending field and the problem.
struct DecodeFailure
{
    QString path;    // e.g. "accounts[12].balance"
    QString problem; // e.g. "expected a number, got a string"

    QString text() const { return path.isEmpty() ? problem : path + QStringLiteral(": ") + problem; }
};

// A decoded value, or the failure that stopped decoding. A failed decode never yields a
// half-filled value.
template <typename T> struct Decoded
{
    T value{};
    std::optional<DecodeFailure> failure;

    bool ok() const { return !failure.has_value(); }
};

// Bodies larger than this are refused before parsing (64 MiB).
inline constexpr qint64 kDefaultMaxBodyBytes = 64ll * 1024 * 1024;
