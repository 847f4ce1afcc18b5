#pragma once

#include <QString>

// What the console does at start-up, before it holds a partner secret, app key or token:
// no core dumps, no ptrace attach by other processes of the same user (Linux), and files it
// creates readable by their owner only. KeePassXC does the same for the same reason.
namespace ProcessHardening {

// Core dumps off (RLIMIT_CORE 0, PR_SET_DUMPABLE 0) and umask 077. Returns the problems met, if
// any, for the log; the console runs either way.
QString apply();

// Tightens a settings file written before this version (or by Qt with a looser mode): its
// directory to 0700, the file to 0600.
void makePrivate(const QString &settingsFile);

} // namespace ProcessHardening
