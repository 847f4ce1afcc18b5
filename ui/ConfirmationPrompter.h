#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

// What a confirmation shows: who and what is affected, what will happen, and the words on the
// confirming button. Built by a command; shown by a ConfirmationPrompter.
struct ConfirmationRequest
{
    QString title;       // window title: "Delete access to an institution login"
    QString subject;     // "Avery Johnson (1005061234) · FinBank · login 1007302745"
    QString consequence; // what happens, in plain words
    // Said first, in the warning colour: "This console refreshed FinBank 4 minutes ago."
    QStringList warnings;
    // A tick the agent must set before the button enables ("Refresh anyway"); empty: none.
    QString acknowledgement;
    // Facts per login for the decision (last success, last attempt, the bank's status, this
    // console's last refresh), under their heading.
    QStringList facts;
    QString factsHeading;
    QStringList affected;      // one line per affected account
    QString affectedHeading;   // what `affected` lists; empty: "Affected accounts"
    QString confirmLabel;      // "Delete access to 4 accounts"
    QString typedConfirmation; // text the agent must type before confirming; empty: none
    QString typedPrompt;       // "Type the login ID 1007302745 to confirm:"
    bool destructive = false;
};

// The seam between commands and dialogs (as KeePassXC's message-box facade): the console asks
// through it, and tests pre-answer it instead of hunting for message boxes.
class ConfirmationPrompter
{
public:
    using Answer = std::function<void(bool confirmed)>;
    virtual ~ConfirmationPrompter() = default;
    // Asks without blocking; `answer` is called once the person decided.
    virtual void ask(QWidget *parent, const ConfirmationRequest &request, Answer answer) = 0;
};

// The real one: a window-modal ConfirmActionDialog opened with open(), never exec().
class DialogPrompter : public ConfirmationPrompter
{
public:
    void ask(QWidget *parent, const ConfirmationRequest &request, Answer answer) override;
};
