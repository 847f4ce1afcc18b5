#pragma once

#include <QHash>
#include <QIconEngine>
#include <QPixmap>
#include <QString>

#include <memory>

class QSvgRenderer;

// The console's SVG icons, each file parsed once, when it is first drawn. Qt's SVG icon engine
// parses a file when the icon is made (to check it) and again for every pixmap it draws: the
// toolbar's nine icons were parsed three times each before the first customer's accounts (at
// the icon's making, for the disabled toolbar of the first paint, for the enabled one once a
// customer is open: 5.8 M instructions, callgrind). Pixmaps are drawn as Qt's engine draws them:
// the file's size scaled to fit the size asked for, the same fallbacks between modes and
// states, and a mode drawn from another's file made by the style (Disabled greyed).
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString &normalFile);
    SvgIconEngine(const SvgIconEngine &other);
    ~SvgIconEngine() override;

    void addFile(const QString &fileName, const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    struct File
    {
        QString path;
        std::shared_ptr<QSvgRenderer> renderer; // parsed when first drawn, shared by clones
    };
    // The file drawn for mode and state, and the mode it was added for.
    std::pair<File *, QIcon::Mode> fileFor(QIcon::Mode mode, QIcon::State state);
    static QSvgRenderer &parsed(File &file);

    QHash<int, File> m_files;          // by mode * 2 + state
    QHash<quint64, QPixmap> m_pixmaps; // by size, mode and state
};
