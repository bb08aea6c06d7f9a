#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QAction;
class QTableView;
class QWidget;

namespace opsdash {

// One column of an exported table: its stable id (the JSON key, never translated), the
// model column it reads, and how to read it.
struct ExportColumn
{
    QString id; // "pid", "expiresIn", …
    int column{0};
    // A role holding the whole value where the cell shows less (the query's one-line text);
    // -1: the cell's display text.
    int fullTextRole{-1};
    // A query text: its fingerprint unless the user asks for texts (evidence's rule).
    bool query{false};
    // A timestamp: a file gets its ISO 8601 UTC text (TimeDisplay::IsoUtcRole), the clipboard
    // the cell as shown (in the window's time zone).
    bool time{false};
};

// A table as its view shows it — the rows after the view's filter and sort, in the shown
// order, the columns the view does not hide — with every cell through evidence's redaction
// (src/evidence/Redaction.h), and writers for CSV, JSON and the clipboard's tab-separated text.
class TableExport final
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    enum class Format { Csv, Json };

    struct Table
    {
        QStringList ids;
        QStringList headers; // as the view's header shows them (translated)
        QList<QStringList> rows;
    };

    // For a file, times in ISO 8601 UTC; for the clipboard, every cell as the table shows it.
    enum class Target { File, Clipboard };

    // Every shown row; with onlySelected, the view's selected rows only (still in shown order).
    static Table shown(const QTableView& view, const QList<ExportColumn>& columns,
        bool includeQueryTexts, bool onlySelected = false, Target target = Target::File);

    // RFC 4180: a header row, CRLF line ends, fields holding a comma, quote, CR or LF quoted
    // with quotes doubled; UTF-8 without a byte order mark.
    static QByteArray csv(const Table& table);
    // An array of objects keyed by the columns' ids, one per row; UTF-8.
    static QByteArray json(const Table& table);
    static QByteArray encode(const Table& table, Format format);
    // A header line and one line per row, tab-separated; tabs and line breaks inside a cell
    // become spaces, so a spreadsheet or a chat gets one line per row.
    static QString tsv(const Table& table);

    // Puts the view's selected rows on the clipboard as tsv(); false when nothing is selected.
    static bool copySelection(const QTableView& view, const QList<ExportColumn>& columns);

    // A Ctrl+C action on panel (working while the focus is anywhere in it) that copies
    // view's selected rows; panel owns it.
    static QAction* addCopyAction(
        QWidget* panel, QTableView* view, QList<ExportColumn> columns, const QString& text);

    // Writes atomically (QSaveFile): the file holds the old content or the whole new one.
    // May run on a worker thread.
    static Result<bool> write(const QString& path, const QByteArray& content);

    static QString extension(Format format); // "csv", "json"
};

} // namespace opsdash
