#pragma once

#include <QLineEdit>
#include <QObject>
#include <QToolButton>

// Names a child, where it is made, by which tests (and tools such as an AT-SPI browser) find it.
template <typename T> T *withName(T *object, const char *name)
{
    object->setObjectName(QLatin1String(name));
    return object;
}

// Turns on a line edit's clear button and gives it an accessible name (Qt 6.4 leaves the button
// unnamed, so a screen reader announces only "button").
inline void enableNamedClearButton(QLineEdit *edit, const QString &name)
{
    edit->setClearButtonEnabled(true);
    for (QToolButton *button : edit->findChildren<QToolButton *>()) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}
