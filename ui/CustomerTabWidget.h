#pragma once

#include <QSize>
#include <QTabWidget>

// The main window's tabs. A QTabWidget answers every layout request by laying out its tab bar
// and pages again and repainting itself whole, and every change of a label's text inside a page
// sends one up to it (each QLayout's activation updates its widget's geometry). So a customer's
// name arriving or a state line repainted the whole tab (filters, details, the tab bar), twice
// before the first customer's accounts were read (a paint log at start-up). Here a request that leaves the tab bar's
// size as it was only tells the window that the pages' size hints may have changed; the pages lay themselves out.
class CustomerTabWidget : public QTabWidget
{
    Q_OBJECT

public:
    explicit CustomerTabWidget(QWidget *parent = nullptr);

protected:
    bool event(QEvent *event) override;

private:
    QSize m_tabBarHint; // at the last layout the tab widget did itself
};
