#include "CustomerTabWidget.h"

#include <QEvent>
#include <QTabBar>

CustomerTabWidget::CustomerTabWidget(QWidget *parent)
    : QTabWidget(parent)
{}

bool CustomerTabWidget::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest && m_tabBarHint.isValid() && tabBar()->sizeHint() == m_tabBarHint
        && !cornerWidget(Qt::TopLeftCorner) && !cornerWidget(Qt::TopRightCorner)) {
        // The tab bar and the pages' area keep their places; the window's layout may still
        // need the pages' new minimum size.
        updateGeometry();
        return QWidget::event(event);
    }
    if (event->type() == QEvent::LayoutRequest)
        m_tabBarHint = tabBar()->sizeHint();
    return QTabWidget::event(event);
}
