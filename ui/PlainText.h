#pragma once

#include <QLabel>
#include <QString>
#include <QWidget>

// Text from the network is shown as it is, never interpreted as markup: a proxy's HTML page or an
// account named "<img src=…>" must not turn into formatting, links or images.
namespace PlainText {

// Every QLabel below root shows plain text, except those a widget made rich on purpose
// (Qt::RichText, with its own escaping). Call once a widget's labels exist.
inline void applyTo(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::AutoText)
            label->setTextFormat(Qt::PlainText);
    }
}

// A tooltip that shows `text` literally (a tooltip interprets anything that looks like markup).
QString toolTip(const QString &text);

} // namespace PlainText
