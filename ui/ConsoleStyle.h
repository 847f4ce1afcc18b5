#pragma once

#include <QProxyStyle>

// The style the console draws with (the desktop's, or one named), with the console's own SVGs for
// the toolbar's and menu bar's extension buttons and the tabs' close buttons. Fusion reads those
// from PNG files: the first use of Qt's image readers, whose plugins are looked up then. For the
// extension buttons, as the toolbar and the menu bar are made: 3.3 M of the 79.4 M instructions
// the process ran before the window was mapped; for the close button, as the first customer's
// tab is painted: 4.2 M (callgrind, dumped at the start-up marks). The console's other icons are
// SVG already.
class ConsoleStyle : public QProxyStyle
{
    Q_OBJECT

public:
    ConsoleStyle() = default;                  // the desktop's style, or the one -style names
    explicit ConsoleStyle(const QString &key); // QStyleFactory's name, e.g. "Fusion"

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
