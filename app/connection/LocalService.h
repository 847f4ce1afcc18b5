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

// Starts the service with `owner` as its QObject parent; nullopt when it could not listen.
using LocalServiceFactory = std::function<std::optional<LocalService>(QObject *owner)>;
