#pragma once

#include <QDialog>

class QTableWidget;

namespace opsdash {

// Help → Keyboard shortcuts (F1): every shortcut of the window, read from its QActions and
// QShortcuts when the dialog opens, so the list cannot go stale. Not modal.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QWidget* window);
    ~ShortcutsDialog() override;

    // Reads the window's shortcuts again.
    void refresh();

    struct Entry
    {
        QString keys; // native text, e.g. "Ctrl+K"
        QString what; // the action's text without its mnemonic
    };
    // Every shortcut of `window` (its actions, its children's actions and QShortcuts), one
    // entry per key sequence, in key order.
    static QList<Entry> collect(const QWidget* window);

private:
    QWidget* m_window;
    QTableWidget* m_table;
};

} // namespace opsdash
