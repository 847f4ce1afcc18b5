#include "ConsoleStyle.h"

#include "ActionIcons.h"

#include <QGuiApplication>
#include <QStyleOption>

ConsoleStyle::ConsoleStyle(const QString &key)
    : QProxyStyle(key)
{}

QIcon ConsoleStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton: {
        // As QCommonStyle decides it: the chevrons point where the hidden actions would follow.
        const Qt::LayoutDirection direction = option   ? option->direction
                                              : widget ? widget->layoutDirection()
                                                       : QGuiApplication::layoutDirection();
        return actionIcon(direction == Qt::RightToLeft ? "toolbar-extension-rtl" : "toolbar-extension");
    }
    case SP_ToolBarVerticalExtensionButton:
        return actionIcon("toolbar-extension-vertical");
    case SP_TabCloseButton: {
        // The states QCommonStyle gives its PNGs: the current tab's button is Normal, the other
        // tabs' Disabled (made from Normal), the one under the pointer Active, a pressed one On.
        QIcon close = actionIcon("tab-close");
        close.addFile(actionIconPath("tab-close-hover"), {}, QIcon::Active, QIcon::Off);
        close.addFile(actionIconPath("tab-close-down"), {}, QIcon::Normal, QIcon::On);
        return close;
    }
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}
