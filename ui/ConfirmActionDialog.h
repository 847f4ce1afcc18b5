#pragma once

#include "ConfirmationPrompter.h"

#include <QDialog>

class QVBoxLayout;

class QCheckBox;
class QLineEdit;
class QPushButton;

// Confirms a refresh or a delete: names the customer, the login or account and the institution,
// says what will happen, lists every affected account, and names the action on its button.
// Cancel is the default button and Escape cancels; where the request asks for it, the agent
// must type the login id (or the account's last four digits) before the button enables.
class ConfirmActionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConfirmActionDialog(const ConfirmationRequest &request, QWidget *parent = nullptr);

private:
    QLayout *buildSummary();
    void addList(QVBoxLayout *layout, const QString &heading, const QStringList &lines);
    QWidget *buildButtons();
    void updateConfirmEnabled();

    ConfirmationRequest m_request;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    QLineEdit *m_typed = nullptr;
    QCheckBox *m_acknowledged = nullptr;
};
