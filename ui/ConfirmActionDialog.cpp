#include "ConfirmActionDialog.h"
#include "ObjectNames.h"
#include "PlainText.h"
#include "WarningColor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ConfirmActionDialog::ConfirmActionDialog(const ConfirmationRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_confirm(withName(new QPushButton(request.confirmLabel), "confirmButton"))
    , m_cancel(withName(new QPushButton(tr("Cancel")), "cancelButton"))
{
    setWindowTitle(request.title);
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(620); // room for the affected accounts' lines
    auto *layout = new QVBoxLayout(this);
    // What argues against going ahead comes first.
    for (const QString &warning : request.warnings) {
        auto *label = withName(new QLabel(warning), "confirmWarning");
        label->setWordWrap(true);
        WarningColor::apply(label, true);
        layout->addWidget(label);
    }
    layout->addLayout(buildSummary());
    if (!request.facts.isEmpty())
        addList(layout, request.factsHeading.isEmpty() ? tr("Institution logins") : request.factsHeading,
                request.facts);
    if (!request.affected.isEmpty())
        addList(layout, request.affectedHeading.isEmpty() ? tr("Affected accounts") : request.affectedHeading,
                request.affected);
    if (!request.acknowledgement.isEmpty()) {
        m_acknowledged = withName(new QCheckBox(request.acknowledgement), "acknowledgeBox");
        layout->addWidget(m_acknowledged);
        connect(m_acknowledged, &QCheckBox::toggled, this, &ConfirmActionDialog::updateConfirmEnabled);
    }
    if (!request.typedConfirmation.isEmpty()) {
        auto *label = new QLabel(request.typedPrompt);
        m_typed = withName(new QLineEdit, "typedField");
        m_typed->setAccessibleName(request.typedPrompt);
        label->setBuddy(m_typed);
        layout->addWidget(label);
        layout->addWidget(m_typed);
        connect(m_typed, &QLineEdit::textChanged, this, &ConfirmActionDialog::updateConfirmEnabled);
    }
    layout->addWidget(buildButtons());
    updateConfirmEnabled();
    if (m_typed)
        m_typed->setFocus();
    else
        m_cancel->setFocus();
    PlainText::applyTo(this);
}

void ConfirmActionDialog::addList(QVBoxLayout *layout, const QString &heading, const QStringList &lines)
{
    auto *label = new QLabel(tr("%1 (%2):").arg(heading).arg(lines.size()));
    auto *list = new QListWidget;
    list->addItems(lines);
    list->setAccessibleName(heading);
    list->setFocusPolicy(Qt::NoFocus);
    list->setWordWrap(true);
    list->setMaximumHeight(qMin(240, 24 + 20 * int(lines.size())));
    label->setBuddy(list);
    layout->addWidget(label);
    layout->addWidget(list);
}

// The icon, who and what (in bold), and what will happen.
QLayout *ConfirmActionDialog::buildSummary()
{
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel;
    icon->setPixmap(
        style()
            ->standardIcon(m_request.destructive ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxQuestion)
            .pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *texts = new QVBoxLayout;
    auto *subject = new QLabel(QStringLiteral("<b>%1</b>").arg(m_request.subject.toHtmlEscaped()));
    subject->setTextFormat(Qt::RichText); // escaped above
    subject->setWordWrap(true);
    subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(subject);
    auto *consequence = new QLabel(m_request.consequence);
    consequence->setWordWrap(true);
    texts->addWidget(consequence);
    top->addLayout(texts, 1);
    return top;
}

QWidget *ConfirmActionDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_confirm->setAutoDefault(false);
    m_cancel->setDefault(true); // Enter alone never confirms
    m_confirm->setAccessibleName(m_request.confirmLabel);
    if (m_request.destructive)
        m_confirm->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    // One click confirms once: the button goes dead before the dialog closes.
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        m_confirm->setEnabled(false);
        accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    return buttons;
}

void ConfirmActionDialog::updateConfirmEnabled()
{
    m_confirm->setEnabled((!m_typed || m_typed->text().trimmed() == m_request.typedConfirmation)
                          && (!m_acknowledged || m_acknowledged->isChecked()));
}

void DialogPrompter::ask(QWidget *parent, const ConfirmationRequest &request, Answer answer)
{
    auto *dialog = new ConfirmActionDialog(request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, dialog, [answer](int result) { answer(result == QDialog::Accepted); });
    dialog->open();
}
