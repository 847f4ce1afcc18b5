#include "FixLinkDialog.h"
#include "ObjectNames.h"
#include "PlainText.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

FixLinkDialog::FixLinkDialog(const QString &customerLabel, const QString &institutionName, const ConnectLink &link,
                             QWidget *parent)
    : QDialog(parent)
    , m_link(link)
    , m_linkField(withName(new QLineEdit(link.link.toString(QUrl::FullyEncoded)), "fixLinkField"))
    , m_message(withName(new QPlainTextEdit, "fixLinkMessage"))
    , m_copied(new QLabel)
{
    setObjectName(QStringLiteral("fixLinkDialog"));
    setWindowTitle(tr("Fix link for %1").arg(institutionName));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 · %2: the customer opens this link to repair the connection. It works once.")
                                 .arg(customerLabel, institutionName));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_linkField->setReadOnly(true);
    m_linkField->setAccessibleName(tr("Fix link"));
    m_linkField->setCursorPosition(0);
    form->addRow(tr("&Link:"), m_linkField);
    const QString expires = link.expires.isValid() ? QLocale().toString(link.expires.toLocalTime(), QLocale::LongFormat)
                                                   : tr("not stated by the service");
    auto *expiry = withName(new QLabel(expires), "fixLinkExpiry");
    form->addRow(tr("Expires:"), expiry);
    layout->addLayout(form);

    auto *messageLabel = new QLabel(tr("&Message for the customer:"));
    messageLabel->setBuddy(m_message);
    layout->addWidget(messageLabel);
    const QString until =
        link.expires.isValid()
            ? tr(" It works once, until %1.").arg(QLocale().toString(link.expires.toLocalTime(), QLocale::ShortFormat))
            : tr(" It works once.");
    m_message->setPlainText(tr("Your connection to %1 needs your attention. Please open the link below, sign in to "
                               "%1 and answer any questions it asks; your accounts will then update again.%2\n\n%3")
                                .arg(institutionName, until, linkText()));
    m_message->setReadOnly(true);
    m_message->setAccessibleName(tr("Message for the customer"));
    m_message->setTabChangesFocus(true);
    layout->addWidget(m_message, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *copyLink = withName(buttons->addButton(tr("Copy &link"), QDialogButtonBox::ActionRole), "copyLinkButton");
    auto *copyMessage =
        withName(buttons->addButton(tr("Copy &message"), QDialogButtonBox::ActionRole), "copyMessageButton");
    connect(copyLink, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(linkText());
        m_copied->setText(tr("The link is on the clipboard."));
    });
    connect(copyMessage, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(message());
        m_copied->setText(tr("The message is on the clipboard."));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_copied);
    layout->addWidget(buttons);
    copyLink->setDefault(true);
    copyLink->setFocus();
    PlainText::applyTo(this);
}

QString FixLinkDialog::linkText() const
{
    return m_link.link.toString(QUrl::FullyEncoded);
}

QString FixLinkDialog::message() const
{
    return m_message->toPlainText();
}
