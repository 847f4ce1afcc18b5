#include "NamedComboBox.h"

#include <QAbstractItemView>
#include <QAccessibleWidget>

namespace {

// The interface Qt's own combo box interface would be, with the name from accessibleName().
class AccessibleNamedComboBox : public QAccessibleWidget
{
public:
    explicit AccessibleNamedComboBox(QWidget *widget)
        : QAccessibleWidget(widget, QAccessible::ComboBox)
    {}

    QComboBox *comboBox() const { return static_cast<QComboBox *>(object()); }

    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name:
            return widget()->accessibleName().isEmpty() ? comboBox()->currentText() : widget()->accessibleName();
        case QAccessible::Value:
            return comboBox()->currentText();
        default:
            return QAccessibleWidget::text(t);
        }
    }

    // The list of choices, as Qt's interface exposes it.
    int childCount() const override { return 1; }
    QAccessibleInterface *child(int index) const override
    {
        return index == 0 ? QAccessible::queryAccessibleInterface(comboBox()->view()) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return child && child->object() == comboBox()->view() ? 0 : -1;
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.expandable = true;
        s.expanded = comboBox()->view()->isVisible();
        return s;
    }

    QStringList actionNames() const override { return {showMenuAction(), pressAction()}; }
    void doAction(const QString &action) override
    {
        if (action == showMenuAction() || action == pressAction())
            comboBox()->showPopup();
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }
};

QAccessibleInterface *namedComboBoxFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("NamedComboBox") && object && object->isWidgetType())
        return new AccessibleNamedComboBox(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

NamedComboBox::NamedComboBox(QWidget *parent)
    : QComboBox(parent)
{
    // Qt asks the factories by the most derived class name first, so this one answers for
    // NamedComboBox and Qt's own still answers for every other combo box.
    static const bool installed = [] {
        QAccessible::installFactory(namedComboBoxFactory);
        return true;
    }();
    Q_UNUSED(installed);
}
