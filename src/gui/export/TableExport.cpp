#include "gui/export/TableExport.h"

#include "evidence/Redaction.h"
#include "gui/common/TimeDisplay.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTableView>

#include <set>

namespace opsdash {

namespace {

QString cellText(const QModelIndex& index, const ExportColumn& column, bool includeQueryTexts,
    TableExport::Target target)
{
    int role = column.fullTextRole < 0 ? Qt::DisplayRole : column.fullTextRole;
    if (column.time && target == TableExport::Target::File)
        role = TimeDisplay::IsoUtcRole;
    const QString text = index.data(role).toString();
    if (column.query)
        return text.isEmpty() ? text : Redaction::queryForReport(text, includeQueryTexts);
    return Redaction::redact(text);
}

QByteArray csvField(const QString& field)
{
    static const QRegularExpression special{QStringLiteral("[,\"\\r\\n]")};
    if (!field.contains(special))
        return field.toUtf8();
    QString quoted = field;
    quoted.replace(QLatin1Char{'"'}, QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray csvLine(const QStringList& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(fields.at(i));
    }
    return line + "\r\n";
}

QString tsvLine(const QStringList& fields)
{
    static const QRegularExpression breaks{QStringLiteral("[\\t\\r\\n]")};
    QStringList flat;
    flat.reserve(fields.size());
    for (QString field : fields)
        flat << field.replace(breaks, QStringLiteral(" "));
    return flat.join(QLatin1Char{'\t'});
}

} // namespace

TableExport::Table TableExport::shown(const QTableView& view, const QList<ExportColumn>& columns,
    bool includeQueryTexts, bool onlySelected, Target target)
{
    Table table;
    const QAbstractItemModel* model = view.model();
    if (model == nullptr)
        return table;
    QList<ExportColumn> kept;
    for (const ExportColumn& column : columns) {
        if (view.isColumnHidden(column.column))
            continue;
        kept << column;
        table.ids << column.id;
        table.headers << model->headerData(column.column, Qt::Horizontal).toString();
    }
    std::set<int> selected;
    if (onlySelected && view.selectionModel() != nullptr) {
        for (const QModelIndex& index : view.selectionModel()->selectedIndexes())
            selected.insert(index.row());
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        if (onlySelected && selected.count(row) == 0)
            continue;
        QStringList fields;
        fields.reserve(kept.size());
        for (const ExportColumn& column : kept)
            fields << cellText(model->index(row, column.column), column, includeQueryTexts, target);
        table.rows << fields;
    }
    return table;
}

QByteArray TableExport::csv(const Table& table)
{
    QByteArray out = csvLine(table.headers);
    for (const QStringList& row : table.rows)
        out += csvLine(row);
    return out;
}

QByteArray TableExport::json(const Table& table)
{
    QJsonArray rows;
    for (const QStringList& row : table.rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < table.ids.size() && i < row.size(); ++i)
            object.insert(table.ids.at(i), row.at(i));
        rows.append(object);
    }
    return QJsonDocument{rows}.toJson(QJsonDocument::Indented);
}

QByteArray TableExport::encode(const Table& table, Format format)
{
    return format == Format::Csv ? csv(table) : json(table);
}

QString TableExport::tsv(const Table& table)
{
    QStringList lines{tsvLine(table.headers)};
    for (const QStringList& row : table.rows)
        lines << tsvLine(row);
    return lines.join(QLatin1Char{'\n'}) + QLatin1Char{'\n'};
}

bool TableExport::copySelection(const QTableView& view, const QList<ExportColumn>& columns)
{
    const Table table = shown(view, columns, false, true, Target::Clipboard);
    if (table.rows.isEmpty())
        return false;
    QApplication::clipboard()->setText(tsv(table));
    return true;
}

QAction* TableExport::addCopyAction(
    QWidget* panel, QTableView* view, QList<ExportColumn> columns, const QString& text)
{
    auto* action = new QAction{text, panel};
    action->setShortcut(QKeySequence::Copy);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, view,
        [view, columns = std::move(columns)] { copySelection(*view, columns); });
    panel->addAction(action);
    return action;
}

Result<bool> TableExport::write(const QString& path, const QByteArray& content)
{
    QSaveFile out{path};
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit())
        return Error{out.errorString(), path};
    return true;
}

QString TableExport::extension(Format format)
{
    return format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("json");
}

} // namespace opsdash
