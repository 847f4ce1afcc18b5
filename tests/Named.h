#pragma once

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

#include <type_traits>

// A window's child by its objectName, as the tests find them (the widgets have no test-only
// getters). owner: a pointer, a smart pointer or a reference. A missing child ends the test run.
template <typename T, typename Owner> T *named(Owner &&owner, const char *name)
{
    QObject *object = nullptr;
    if constexpr (std::is_pointer_v<std::decay_t<Owner>>)
        object = owner;
    else if constexpr (requires { owner.get(); })
        object = owner.get();
    else
        object = &owner;
    T *child = object->template findChild<T *>(QLatin1String(name));
    if (!child)
        qFatal("%s has no child named %s", object->metaObject()->className(), name);
    return child;
}
