#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

// A service on this machine that the built-in "Sandbox" profile connects to. The console's
// main.cpp hands the connection layer a way to start one (the in-process sandbox), so the core
// library neither contains nor links the sandbox.
struct LocalService
{
    QUrl baseUrl;
    QString partnerSecret;
    QString appKey;
    QString typicalCustomerId; // opened at start when no other customer is asked for
};

// Starts the service with `owner` as its QObject parent and calls `ready` on the owner's thread
// once it listens, with nullopt when it could not: the in-process sandbox starts on a thread of
// its own (main.cpp starts it once the window is exposed).
using LocalServiceReady = std::function<void(std::optional<LocalService>)>;
using LocalServiceFactory = std::function<void(QObject *owner, const LocalServiceReady &ready)>;
