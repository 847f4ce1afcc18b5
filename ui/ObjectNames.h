#pragma once

#include <QObject>

// Names a child, where it is made, by which tests (and tools such as an AT-SPI browser) find it.
template <typename T> T *withName(T *object, const char *name)
{
    object->setObjectName(QLatin1String(name));
    return object;
}
