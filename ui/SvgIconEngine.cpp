#include "SvgIconEngine.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

namespace {

int slot(QIcon::Mode mode, QIcon::State state)
{
    return int(mode) * 2 + int(state);
}

} // namespace

SvgIconEngine::SvgIconEngine(const QString &normalFile)
{
    m_files.insert(slot(QIcon::Normal, QIcon::Off), {normalFile, nullptr});
}

SvgIconEngine::SvgIconEngine(const SvgIconEngine &other) = default;

SvgIconEngine::~SvgIconEngine() = default;

void SvgIconEngine::addFile(const QString &fileName, const QSize &, QIcon::Mode mode, QIcon::State state)
{
    if (fileName.isEmpty())
        return;
    m_files.insert(slot(mode, state), {fileName, nullptr});
    m_pixmaps.clear();
}

QSvgRenderer &SvgIconEngine::parsed(File &file)
{
    if (!file.renderer)
        file.renderer = std::make_shared<QSvgRenderer>(file.path);
    return *file.renderer;
}

std::pair<SvgIconEngine::File *, QIcon::Mode> SvgIconEngine::fileFor(QIcon::Mode mode, QIcon::State state)
{
    // Qt's SVG engine's order of fallbacks, so that an icon looks as it did with it.
    const QIcon::State flipped = state == QIcon::On ? QIcon::Off : QIcon::On;
    const bool made = mode == QIcon::Disabled || mode == QIcon::Selected;
    const QIcon::Mode other = made ? (mode == QIcon::Disabled ? QIcon::Selected : QIcon::Disabled)
                                   : (mode == QIcon::Normal ? QIcon::Active : QIcon::Normal);
    const std::pair<QIcon::Mode, QIcon::State> order[] = {
        {mode, state},
        made ? std::pair(QIcon::Normal, state) : std::pair(other, state),
        made ? std::pair(QIcon::Active, state) : std::pair(mode, flipped),
        made ? std::pair(mode, flipped) : std::pair(other, flipped),
        made ? std::pair(QIcon::Normal, flipped) : std::pair(QIcon::Disabled, state),
        made ? std::pair(QIcon::Active, flipped) : std::pair(QIcon::Selected, state),
        made ? std::pair(other, state) : std::pair(QIcon::Disabled, flipped),
        made ? std::pair(other, flipped) : std::pair(QIcon::Selected, flipped),
    };
    for (const auto &[m, s] : order) {
        if (auto it = m_files.find(slot(m, s)); it != m_files.end())
            return {&*it, m};
    }
    return {nullptr, mode};
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    // Asked for at every paint of every button that shows the icon: a key made without text.
    const quint64 key =
        quint64(quint32(size.width())) << 32 | quint64(quint16(size.height())) << 16 | quint64(slot(mode, state));
    if (auto it = m_pixmaps.constFind(key); it != m_pixmaps.constEnd())
        return *it;
    const auto [file, drawnMode] = fileFor(mode, state);
    if (!file)
        return {};
    QSvgRenderer &renderer = parsed(*file);
    if (!renderer.isValid())
        return {};
    QSize drawn = renderer.defaultSize();
    if (!drawn.isNull())
        drawn.scale(size, Qt::KeepAspectRatio);
    if (drawn.isEmpty())
        return {};
    QImage image(drawn, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    QPixmap pixmap = QPixmap::fromImage(image);
    if (drawnMode != mode && mode != QIcon::Normal) { // the style makes this mode from the file's
        QStyleOption option;
        option.palette = QGuiApplication::palette();
        const QPixmap made = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
        if (!made.isNull())
            pixmap = made;
    }
    m_pixmaps.insert(key, pixmap);
    return pixmap;
}

QSize SvgIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return pixmap(size, mode, state).size();
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
    drawn.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, drawn);
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(*this);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("console-svg");
}

bool SvgIconEngine::isNull()
{
    return m_files.isEmpty();
}
