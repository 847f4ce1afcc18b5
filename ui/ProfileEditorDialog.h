#pragma once

#include "connection/ConnectionProfile.h"
#include "connection/SecretStore.h"
#include "net/ConnectionSettings.h"

#include <QDialog>
#include <memory>

class ConfirmationPrompter;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class SignInFailures;
class Session;

// File → Connections: create, edit, test and delete connection profiles. Non-secret fields go to
// the settings; the partner secret and app key go to the keychain only. "Test sign-in" performs
// exactly one CreateToken and reports the outcome.
class ProfileEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // failures: the run's count of failed sign-ins per profile (the connection controller's); with
    // none, the dialog keeps its own, so repeated tests still count.
    ProfileEditorDialog(SecretStore *secrets, ConfirmationPrompter *prompter, QWidget *parent = nullptr,
                        SignInFailures *failures = nullptr);
    ~ProfileEditorDialog() override;

    void select(const QString &name);
    void newProfile();
    void save();
    void testSignIn();
    void deleteProfile();

    QString status() const;

signals:
    void profilesChanged();
    void saved(bool ok);
    void tested(bool ok, const QString &message);

private:
    QLayout *buildForm();
    void startTestSignIn(const ConnectionProfile &p, const Credentials &credentials);
    void signInForTest(const ConnectionProfile &p, const Credentials &credentials, const QString &counted);
    void reloadList(const QString &select);
    void showProfile(const ConnectionProfile &profile);
    ConnectionProfile profileFromFields() const;
    void setStatus(const QString &text, bool ok);
    void updateValidation();

    SecretStore *m_secrets;
    ConfirmationPrompter *m_prompter;
    SignInFailures *m_failures;
    class ProfileKeeper *m_keeper;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_partnerId;
    QLineEdit *m_secret;
    QLineEdit *m_appKey;
    QComboBox *m_refreshApi;
    QSpinBox *m_readTimeout;
    QSpinBox *m_refreshTimeout;
    QCheckBox *m_readOnly;
    QLabel *m_validation;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_delete;
    ConnectionProfile m_shown;
    QString m_editing; // the stored name being edited; empty for a new profile
    std::unique_ptr<Session> m_testSession;
};
