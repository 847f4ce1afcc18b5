#pragma once

#include <QString>

// Keeps secrets out of every log line, whoever writes it (the console, Qt, a library): a message
// handler replaces each registered secret (partner secret, app key, tokens) and anything that
// looks like an auth header or a secret JSON field with "[redacted]" before the line is printed.
namespace LogRedactor {

// Installs the handler in front of the current one; idempotent.
void install();
// Registers a value to redact; values shorter than 4 characters are ignored.
void addSecret(const QString &secret);
QString redact(const QString &message);

} // namespace LogRedactor
