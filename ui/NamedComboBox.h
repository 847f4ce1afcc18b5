#pragma once

#include <QComboBox>

// A combo box whose accessible name is its name. Qt 6.4 on Linux reports a combo box's current
// text as its name ("Any status"), leaving a screen reader nothing to say what the box is for;
// this one reports its accessibleName() as the name and the current text as the value.
class NamedComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit NamedComboBox(QWidget *parent = nullptr);
};
