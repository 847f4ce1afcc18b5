#pragma once

#include "SvgIconEngine.h"

#include <QIcon>
#include <QLatin1String>
#include <QString>

// The console's own icons (resources/icons/actions), SVG drawn when first painted, in colours
// that read on light and dark palettes. The style's standard icons cost the first window ~8 ms
// (icon theme lookups, PNG reads) before it could be shown.
inline QString actionIconPath(const char *name)
{
    return QStringLiteral(":/icons/actions/") + QLatin1String(name) + QStringLiteral(".svg");
}

inline QIcon actionIcon(const char *name)
{
    return QIcon(new SvgIconEngine(actionIconPath(name)));
}
