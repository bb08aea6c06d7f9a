#include "gui/window/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace opsdash {

namespace {

QString plainText(QString text)
{
    // "&Refresh now" → "Refresh now"; "&&" stays one "&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window)
    : QDialog{window}
    , m_window{window}
    , m_table{new QTableWidget{this}}
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setModal(false);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    auto* buttons = new QDialogButtonBox{QDialogButtonBox::Close, this};
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(460, 520);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget* window)
{
    QList<Entry> entries;
    const auto add = [&entries](const QKeySequence& keys, const QString& what) {
        if (keys.isEmpty() || what.isEmpty())
            return;
        const QString native = keys.toString(QKeySequence::NativeText);
        const bool known = std::any_of(entries.cbegin(), entries.cend(),
            [&](const Entry& entry) { return entry.keys == native && entry.what == what; });
        if (!known)
            entries.append({native, what});
    };
    for (const QAction* action : window->findChildren<QAction*>()) {
        for (const QKeySequence& keys : action->shortcuts())
            add(keys, plainText(action->text()));
    }
    for (const QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        const QString what
            = shortcut->whatsThis().isEmpty() ? shortcut->objectName() : shortcut->whatsThis();
        for (const QKeySequence& keys : shortcut->keys())
            add(keys, what);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return std::tie(a.keys, a.what) < std::tie(b.keys, b.what);
    });
    return entries;
}

void ShortcutsDialog::refresh()
{
    const QList<Entry> entries = collect(m_window);
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem{entries.at(row).keys});
        m_table->setItem(row, 1, new QTableWidgetItem{entries.at(row).what});
    }
    m_table->resizeColumnToContents(0);
}

} // namespace opsdash
