#pragma once

#include "ConfirmationPrompter.h"

#include <QTimer>

// Pre-answers confirmations (the seam the console asks through) and records what was asked.
class ScriptedPrompter : public ConfirmationPrompter
{
public:
    QList<ConfirmationRequest> asked;
    bool answer = false;
    int timesAnswered = 1; // > 1 imitates a confirmation that fires twice (a double click)

    void ask(QWidget *, const ConfirmationRequest &request, Answer reply) override
    {
        asked.append(request);
        QTimer::singleShot(0, [reply, yes = answer, n = timesAnswered] {
            for (int i = 0; i < n; ++i)
                reply(yes);
        });
    }
};
