#pragma once

#include "core/Customer.h"

#include <QDialog>

class QTreeWidget;

// The customers a search found (GetCustomers); Enter or a double click opens the chosen one.
class CustomerPickerDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerPickerDialog(const QString &search, const CustomerPage &page, QWidget *parent = nullptr);

    QString chosenCustomerId() const;

private:
    QTreeWidget *m_list;
};
