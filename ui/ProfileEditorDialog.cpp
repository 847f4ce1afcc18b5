#include "ProfileEditorDialog.h"
#include "LockoutWarning.h"
#include "NamedComboBox.h"
#include "ObjectNames.h"
#include "PlainText.h"
#include "WarningColor.h"
#include "connection/ProfileKeeper.h"
#include "net/SignInFailures.h"

#include "ConfirmationPrompter.h"
#include "connection/BaseUrlRule.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "net/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ProfileEditorDialog::ProfileEditorDialog(SecretStore *secrets, ConfirmationPrompter *prompter, QWidget *parent,
                                         SignInFailures *failures)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_failures(failures ? failures : new SignInFailures(this))
    , m_keeper(new ProfileKeeper(secrets, m_failures, this))
    , m_list(withName(new QListWidget, "list"))
    , m_name(withName(new QLineEdit, "nameField"))
    , m_baseUrl(withName(new QLineEdit, "baseUrlField"))
    , m_partnerId(withName(new QLineEdit, "partnerIdField"))
    , m_secret(withName(new QLineEdit, "secretField"))
    , m_appKey(withName(new QLineEdit, "appKeyField"))
    , m_refreshApi(withName(new NamedComboBox, "refreshApiField"))
    , m_readTimeout(new QSpinBox)
    , m_refreshTimeout(new QSpinBox)
    , m_readOnly(withName(new QCheckBox(tr("&Read-only: hide and refuse every refresh and delete")), "readOnlyField"))
    , m_validation(new QLabel)
    , m_status(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
    , m_test(new QPushButton(tr("&Test sign-in")))
    , m_delete(new QPushButton(tr("&Delete…")))
{
    setWindowTitle(tr("Connections"));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_list->setAccessibleName(tr("Connection profiles"));
    left->addWidget(m_list, 1);
    auto *newButton = new QPushButton(tr("&New"));
    left->addWidget(newButton);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    right->addLayout(buildForm());
    m_validation->setWordWrap(true);
    WarningColor::apply(m_validation, true);
    right->addWidget(m_validation);
    auto *note = new QLabel(tr("Each failed sign-in counts towards the provider's lockout after five in a row."));
    note->setWordWrap(true);
    right->addWidget(note);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_status);
    right->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    right->addWidget(buttons);
    layout->addLayout(right, 3);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newButton, &QPushButton::clicked, this, &ProfileEditorDialog::newProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfileEditorDialog::save);
    connect(m_test, &QPushButton::clicked, this, &ProfileEditorDialog::testSignIn);
    connect(m_delete, &QPushButton::clicked, this, &ProfileEditorDialog::deleteProfile);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &ProfileEditorDialog::updateValidation);
    connect(m_name, &QLineEdit::textChanged, this, &ProfileEditorDialog::updateValidation);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (const auto profile = ProfileStore::find(name))
            showProfile(*profile);
    });
    resize(860, 460);
    reloadList(ProfileStore::lastUsed());
    PlainText::applyTo(this);
}

QLayout *ProfileEditorDialog::buildForm()
{
    auto *form = new QFormLayout;
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.finicity.com"));
    for (QLineEdit *secret : {m_secret, m_appKey}) {
        secret->setEchoMode(QLineEdit::Password);
        secret->setPlaceholderText(tr("kept in the keychain; type to replace"));
    }
    m_refreshApi->addItem(tr("v1: the answer holds the refreshed accounts"), false);
    m_refreshApi->addItem(tr("v2 (Data Access Tiers): read the accounts again"), true);
    m_readTimeout->setRange(5, 600);
    m_refreshTimeout->setRange(5, 1800);
    m_readTimeout->setSuffix(tr(" s"));
    m_refreshTimeout->setSuffix(tr(" s"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Partner ID:"), m_partnerId);
    form->addRow(tr("Partner &secret:"), m_secret);
    form->addRow(tr("&App key:"), m_appKey);
    form->addRow(tr("Re&fresh with:"), m_refreshApi);
    form->addRow(tr("Read ti&meout:"), m_readTimeout);
    form->addRow(tr("Refresh tim&eout:"), m_refreshTimeout);
    form->addRow(QString(), m_readOnly);
    for (auto [widget, name] :
         std::initializer_list<std::pair<QWidget *, QString>>{{m_name, tr("Profile name")},
                                                              {m_baseUrl, tr("Base URL")},
                                                              {m_partnerId, tr("Partner ID")},
                                                              {m_secret, tr("Partner secret")},
                                                              {m_appKey, tr("App key")},
                                                              {m_refreshApi, tr("Refresh operations")},
                                                              {m_readTimeout, tr("Read timeout")},
                                                              {m_refreshTimeout, tr("Refresh timeout")},
                                                              {m_readOnly, tr("Read-only")}})
        widget->setAccessibleName(name);
    return form;
}

ProfileEditorDialog::~ProfileEditorDialog() = default;

QString ProfileEditorDialog::status() const
{
    return m_status->text();
}

void ProfileEditorDialog::setStatus(const QString &text, bool ok)
{
    m_status->setText(text);
    WarningColor::apply(m_status, !ok);
}

void ProfileEditorDialog::reloadList(const QString &select)
{
    m_list->clear();
    for (const ConnectionProfile &p : ProfileStore::load())
        m_list->addItem(p.name);
    const auto found = m_list->findItems(select, Qt::MatchExactly);
    m_list->setCurrentItem(found.isEmpty() ? m_list->item(0) : found.first());
}

void ProfileEditorDialog::select(const QString &name)
{
    reloadList(name);
}

void ProfileEditorDialog::showProfile(const ConnectionProfile &p)
{
    m_shown = p;
    m_editing = p.builtInSandbox ? QString() : p.name;
    m_name->setText(p.name);
    m_baseUrl->setText(p.builtInSandbox ? tr("(built in, on 127.0.0.1)") : p.baseUrl.toString());
    m_partnerId->setText(p.partnerId);
    m_secret->clear();
    m_appKey->clear();
    m_refreshApi->setCurrentIndex(p.refreshUsesV2 ? 1 : 0);
    m_readTimeout->setValue(p.readTimeoutSeconds);
    m_refreshTimeout->setValue(p.refreshTimeoutSeconds);
    m_readOnly->setChecked(p.readOnly);
    // The built-in Sandbox is fixed: it can be tested, not edited or deleted.
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_baseUrl, m_partnerId, m_secret, m_appKey, m_refreshApi,
                                                       m_readTimeout, m_refreshTimeout, m_readOnly, m_save, m_delete})
        w->setEnabled(!p.builtInSandbox);
    setStatus({}, true);
    updateValidation();
}

void ProfileEditorDialog::newProfile()
{
    ConnectionProfile p;
    p.name = tr("New connection");
    p.baseUrl = QUrl(QStringLiteral("https://"));
    showProfile(p);
    m_editing.clear();
    m_list->clearSelection();
    m_name->setFocus();
    m_name->selectAll();
}

ConnectionProfile ProfileEditorDialog::profileFromFields() const
{
    if (m_shown.builtInSandbox)
        return m_shown;
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl(m_baseUrl->text().trimmed());
    p.partnerId = m_partnerId->text().trimmed();
    p.refreshUsesV2 = m_refreshApi->currentData().toBool();
    p.readTimeoutSeconds = m_readTimeout->value();
    p.refreshTimeoutSeconds = m_refreshTimeout->value();
    p.readOnly = m_readOnly->isChecked();
    return p;
}

void ProfileEditorDialog::updateValidation()
{
    if (m_shown.builtInSandbox) {
        m_validation->clear();
        return;
    }
    const ConnectionProfile p = profileFromFields();
    QString problem = BaseUrlRule::check(p.baseUrl);
    if (p.name.isEmpty())
        problem = tr("The profile needs a name.");
    else if (p.name == ConnectionProfile::sandboxName())
        problem = tr("\"%1\" is the built-in sandbox's name.").arg(p.name);
    m_validation->setText(problem);
}

void ProfileEditorDialog::save()
{
    updateValidation();
    const ConnectionProfile p = profileFromFields();
    if (!m_validation->text().isEmpty()) {
        setStatus(tr("Not saved: %1").arg(m_validation->text()), false);
        emit saved(false);
        return;
    }
    const QString secret = m_secret->text();
    const QString appKey = m_appKey->text();
    m_secret->clear();
    m_appKey->clear();
    const QString previous = std::exchange(m_editing, p.name);
    setStatus(tr("Saving…"), true);
    m_keeper->save(previous, p, secret, appKey, this, [this, name = p.name](const ProfileKeeper::Saved &result) {
        if (!result.secretsWritten || result.inKeychain)
            setStatus(result.secretsWritten ? tr("Saved %1; its secrets are in the keychain.").arg(name)
                                            : tr("Saved %1.").arg(name),
                      true);
        else
            setStatus(tr("Saved %1, but no keychain is available (%2): its secrets are kept in memory for "
                         "this run only and must be entered again next time.")
                          .arg(name, result.problem),
                      false);
        emit saved(true);
    });
    reloadList(p.name);
    emit profilesChanged();
}

void ProfileEditorDialog::testSignIn()
{
    ConnectionProfile p = profileFromFields();
    if (p.builtInSandbox) {
        setStatus(tr("The built-in sandbox signs in by itself; open it to try it."), true);
        emit tested(true, m_status->text());
        return;
    }
    if (const QString problem = BaseUrlRule::check(p.baseUrl); !problem.isEmpty()) {
        setStatus(problem, false);
        emit tested(false, problem);
        return;
    }
    m_test->setEnabled(false);
    setStatus(tr("Signing in to %1…").arg(p.baseUrl.toString()), true);
    const QString typedSecret = m_secret->text();
    const QString typedKey = m_appKey->text();
    m_secrets->read(
        m_editing.isEmpty() ? p.name : m_editing, this,
        [this, p, typedSecret, typedKey](const std::optional<SecretStore::Secrets> &stored, const QString &) {
            const QString secret = typedSecret.isEmpty() && stored ? stored->partnerSecret : typedSecret;
            const QString key = typedKey.isEmpty() && stored ? stored->appKey : typedKey;
            if (secret.isEmpty() || key.isEmpty()) {
                m_test->setEnabled(true);
                setStatus(tr("Enter the partner secret and the app key first."), false);
                emit tested(false, m_status->text());
                return;
            }
            startTestSignIn(p, Credentials{p.partnerId, secret, key});
        });
}

// Counts towards the same total as the connection's own sign-ins, and asks before the attempt
// that could lock the partner out.
void ProfileEditorDialog::startTestSignIn(const ConnectionProfile &p, const Credentials &credentials)
{
    const QString counted = m_editing.isEmpty() ? p.name : m_editing;
    if (m_failures->nextMayLockOut(counted)) {
        QPointer<ProfileEditorDialog> self(this);
        m_prompter->ask(this, lockoutWarning(p.name, p.partnerId, m_failures->inARow(counted)),
                        [self, p, credentials, counted](bool confirmed) {
                            if (!self)
                                return;
                            if (confirmed) {
                                self->signInForTest(p, credentials, counted);
                                return;
                            }
                            self->m_test->setEnabled(true);
                            self->setStatus(tr("Not signed in: nothing was sent."), false);
                            emit self->tested(false, self->m_status->text());
                        });
        return;
    }
    signInForTest(p, credentials, counted);
}

void ProfileEditorDialog::signInForTest(const ConnectionProfile &p, const Credentials &credentials,
                                        const QString &counted)
{
    m_testSession = std::make_unique<Session>(p.settings(), credentials);
    m_testSession->countFailuresIn(m_failures, counted);
    connect(m_testSession.get(), &Session::signedIn, this, [this, p] {
        m_test->setEnabled(true);
        setStatus(tr("Signed in to %1 as partner %2.").arg(p.baseUrl.toString(), p.partnerId), true);
        emit tested(true, m_status->text());
    });
    connect(m_testSession.get(), &Session::authenticationFailed, this, [this](const ApiError &error) {
        m_test->setEnabled(true);
        setStatus(tr("Sign-in failed: %1").arg(error.agentText()), false);
        emit tested(false, m_status->text());
    });
    m_testSession->signIn();
}

void ProfileEditorDialog::deleteProfile()
{
    if (m_editing.isEmpty())
        return;
    const QString name = m_editing;
    ConfirmationRequest request;
    request.title = tr("Delete a connection profile");
    request.subject = name;
    request.consequence = tr("The profile and its secrets in the keychain will be deleted from this computer. "
                             "Nothing changes at the service.");
    request.confirmLabel = tr("Delete %1").arg(name);
    request.destructive = true;
    m_prompter->ask(this, request, [this, name](bool confirmed) {
        if (!confirmed)
            return;
        m_keeper->remove(name);
        reloadList(ConnectionProfile::sandboxName());
        setStatus(tr("Deleted %1.").arg(name), true);
        emit profilesChanged();
    });
}
