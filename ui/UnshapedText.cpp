#include "UnshapedText.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QPointer>

namespace UnshapedText {
namespace {

// An application font set by the program no longer follows the desktop's (Qt keeps it through a
// theme change), so the desktop's general font is taken again, unshaped, when the theme changes.
class DesktopFontFollower : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ThemeChange && watched->isWindowType()) {
            const QFont font = of(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
            if (font != QApplication::font()) // each window is told: one change is enough
                QApplication::setFont(font);
        }
        return false;
    }
};

} // namespace

QFont of(QFont font)
{
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    return font;
}

void applyToApplication()
{
    QApplication::setFont(of(QApplication::font()));
    static QPointer<QObject> follower; // one per application
    if (!follower) {
        follower = new DesktopFontFollower(qApp);
        qApp->installEventFilter(follower);
    }
}

} // namespace UnshapedText
