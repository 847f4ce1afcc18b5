#pragma once

#include "core/ConnectLink.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

// A Connect Fix link for the agent to pass on: the link (selectable, with Copy), when it expires,
// and a message the agent can read or send to the customer (with Copy). Not modal: the agent
// may keep it open while on the phone.
class FixLinkDialog : public QDialog
{
    Q_OBJECT
public:
    FixLinkDialog(const QString &customerLabel, const QString &institutionName, const ConnectLink &link,
                  QWidget *parent = nullptr);

    QString linkText() const;
    QString message() const;

private:
    ConnectLink m_link;
    QLineEdit *m_linkField;
    QPlainTextEdit *m_message;
    QLabel *m_copied;
};
