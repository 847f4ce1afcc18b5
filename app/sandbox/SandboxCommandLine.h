#pragma once

#include "SandboxOptions.h"

#include <QStringList>

#include <optional>

// Parses account-console-sandbox's command line. On --help or --version it prints and returns
// nullopt with exitCode 0; on a bad option it prints the error and returns nullopt with 2.
std::optional<SandboxOptions> parseSandboxCommandLine(const QStringList &arguments, int *exitCode);
