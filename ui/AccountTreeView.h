#pragma once

#include <QTimer>
#include <QTreeView>

#include <chrono>

// The accounts-by-login view: single selection, sortable and movable columns whose first widths
// fit typical rows in the agent's language, and a header layout (order, widths, sort) kept in the
// settings between runs, the agent's own over the defaults.
class AccountTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit AccountTreeView(QAbstractItemModel *model, QWidget *parent = nullptr);
    ~AccountTreeView() override;

private:
    void sizeColumns();
    void saveHeader();
    void restoreHeader();

    static constexpr std::chrono::milliseconds kSaveHeaderAfter{1000};
    QTimer m_saveHeaderLater;
    QByteArray m_savedHeader; // as last written or read: what needs no write
};
