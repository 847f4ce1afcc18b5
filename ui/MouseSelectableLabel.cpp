#include "MouseSelectableLabel.h"

MouseSelectableLabel::MouseSelectableLabel(QWidget *parent)
    : QLabel(parent)
{
    setCursor(Qt::IBeamCursor); // as a selectable label shows, before the pointer is in it
}

void MouseSelectableLabel::enterEvent(QEnterEvent *event)
{
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QLabel::enterEvent(event);
}

void MouseSelectableLabel::leaveEvent(QEvent *event)
{
    if (!hasSelectedText()) // a selection stays until it is replaced or cleared
        setTextInteractionFlags(Qt::NoTextInteraction);
    QLabel::leaveEvent(event);
}
