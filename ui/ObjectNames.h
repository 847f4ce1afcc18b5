#pragma once

#include "ActionIcons.h"

#include <QAction>
#include <QLineEdit>
#include <QObject>
#include <QToolButton>

// Names a child, where it is made, by which tests (and tools such as an AT-SPI browser) find it.
template <typename T> T *withName(T *object, const char *name)
{
    object->setObjectName(QLatin1String(name));
    return object;
}

// Gives a line edit a clear button with an accessible name (Qt 6.4 leaves its own button unnamed,
// so a screen reader announces only "button"). Not Qt's own: it looks its icon up in the icon
// theme, which cost the first window several milliseconds before it could be shown.
inline void enableNamedClearButton(QLineEdit *edit, const QString &name)
{
    QAction *clear = edit->addAction(actionIcon("clear"), QLineEdit::TrailingPosition);
    clear->setText(name);
    clear->setToolTip(name);
    clear->setVisible(false);
    QObject::connect(clear, &QAction::triggered, edit, [edit] {
        edit->clear();
        emit edit->textEdited({}); // as Qt's own button does
    });
    QObject::connect(edit, &QLineEdit::textChanged, clear,
                     [clear](const QString &text) { clear->setVisible(!text.isEmpty()); });
    for (QToolButton *button : edit->findChildren<QToolButton *>()) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}
