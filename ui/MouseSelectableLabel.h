#pragma once

#include <QLabel>

// A label whose text the agent can select with the mouse, to copy a customer's name or a message.
// A selectable QLabel lays its text out in a QTextDocument of its own at every size the layout
// asks of it; the tab's header and message did so while a customer opened, half of the
// instructions its layouts took (callgrind, bench_console). So the text becomes selectable when
// the pointer enters the label, and stops being so when it leaves with nothing selected; until
// then Qt measures it with the font's metrics, as any label.
class MouseSelectableLabel : public QLabel
{
    Q_OBJECT
public:
    explicit MouseSelectableLabel(QWidget *parent = nullptr);

protected:
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
};
