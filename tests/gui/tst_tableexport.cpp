// File → Export… and Ctrl+C on the window's tables (docs/gui.md, Export): CSV by RFC 4180,
// JSON keyed by column ids, exactly the rows a filtered and sorted view shows, the selection
// as tab-separated text through a real key event, evidence's redaction of query texts, and
// the dialog's atomic write with a failure that names the path and keeps the dialog's choices.
#include "evidence/Redaction.h"
#include "gui/activity/ActivityModel.h"
#include "gui/activity/ActivityPanel.h"
#include "gui/events/EventsModel.h"
#include "gui/events/EventsPanel.h"
#include "gui/export/ExportColumns.h"
#include "gui/export/ExportDialog.h"
#include "gui/export/TableExport.h"
#include "support/DefaultBaseline.h"
#include "support/ScriptedActivity.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;
using scripted::session;

namespace {

const QString Secret = QStringLiteral("hunter2");

QList<BackendSession> poll()
{
    QList<BackendSession> sessions{
        session(4242, QStringLiteral("web"), BackendState::Active,
            QStringLiteral("SELECT o.id\n  FROM orders o\n WHERE o.total > 100"), 30),
        session(4243, QStringLiteral("web"), BackendState::Idle, QStringLiteral("COMMIT"), 5),
        session(5100, QStringLiteral("scheduling"), BackendState::IdleInTransaction,
            QStringLiteral("SELECT * FROM jobs FOR UPDATE SKIP LOCKED"), 9 * 60),
        session(5101, QStringLiteral("scheduling"), BackendState::Active,
            QStringLiteral("ALTER ROLE app PASSWORD '%1'").arg(Secret), 9),
        session(5102, QStringLiteral("scheduling"), BackendState::Active,
            QStringLiteral("SELECT pg_sleep(1)"), 2),
    };
    // A cell with a tab, a comma and a quote: the clipboard and CSV must keep it one field.
    sessions[0].applicationName = QStringLiteral("web\t\"checkout\", eu");
    return sessions;
}

QStringList column(const TableExport::Table& table, const QString& id)
{
    const qsizetype at = table.ids.indexOf(id);
    QStringList values;
    for (const QStringList& row : table.rows)
        values << row.at(at);
    return values;
}

QStringList shownPids(const QTableView& view)
{
    QStringList pids;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        pids << view.model()->index(row, ActivityModel::PidColumn).data().toString();
    return pids;
}

// An RFC 4180 reader, to read back what the writer wrote.
QList<QStringList> readCsv(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestTableExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QSettings{}.clear();
    }

    void csvRoundTripsTrickyCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QStringLiteral("plain") << QByteArray{"plain"};
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray{"\"a,b\""};
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray{"\"say \"\"hi\"\"\""};
        QTest::newRow("newline") << QStringLiteral("one\ntwo") << QByteArray{"\"one\ntwo\""};
        QTest::newRow("carriage return")
            << QStringLiteral("one\r\ntwo") << QByteArray{"\"one\r\ntwo\""};
        QTest::newRow("non-ASCII")
            << QStringLiteral("Grüße — 東京 ✓") << QStringLiteral("Grüße — 東京 ✓").toUtf8();
        QTest::newRow("empty") << QString{} << QByteArray{};
    }

    void csvRoundTripsTrickyCells()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, written);
        TableExport::Table table;
        table.ids = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        table.headers = QStringList{QStringLiteral("Ä, header"), QStringLiteral("B")};
        table.rows = {{cell, QStringLiteral("last")}, {QStringLiteral("x"), cell}};
        const QByteArray csv = TableExport::csv(table);
        QCOMPARE(
            csv, QByteArray{"\"Ä, header\",B\r\n"} + written + ",last\r\nx," + written + "\r\n");
        QCOMPARE(readCsv(csv), (QList<QStringList>{table.headers} + table.rows));
    }

    void jsonIsAnArrayOfObjectsKeyedByColumnIds()
    {
        ActivityPanel panel{defaultBaseline()};
        panel.showSample(scripted::sample(poll()));
        const QList<ExportColumn> columns = ExportColumns::activity();
        const QJsonDocument document = QJsonDocument::fromJson(
            TableExport::json(TableExport::shown(*panel.table(), columns, false)));
        QVERIFY(document.isArray());
        const QJsonArray rows = document.array();
        QCOMPARE(rows.size(), 5);
        QStringList ids;
        for (const ExportColumn& c : columns)
            ids << c.id;
        ids.sort();
        const QRegularExpression fingerprint{QStringLiteral("^q:[0-9a-f]{12}$")};
        for (const QJsonValue& row : rows) {
            QVERIFY(row.isObject());
            QStringList keys = row.toObject().keys();
            keys.sort();
            QCOMPARE(keys, ids); // stable ids, not the translated headers
            QVERIFY2(fingerprint.match(row[QLatin1String{"query"}].toString()).hasMatch(),
                qPrintable(row[QLatin1String{"query"}].toString()));
        }
        QCOMPARE(rows.at(0)[QLatin1String{"pid"}].toString(),
            panel.table()->model()->index(0, ActivityModel::PidColumn).data().toString());
    }

    void filteredActivityExportsExactlyTheRowsShown()
    {
        ActivityPanel panel{defaultBaseline()};
        panel.showSample(scripted::sample(poll()));
        auto* pools = panel.findChild<QComboBox*>(QStringLiteral("poolFilter"));
        QVERIFY(pools != nullptr);
        pools->setCurrentIndex(pools->findData(QStringLiteral("scheduling")));
        panel.table()->sortByColumn(ActivityModel::PidColumn, Qt::DescendingOrder);
        QCOMPARE(shownPids(*panel.table()),
            (QStringList{QStringLiteral("5102"), QStringLiteral("5101"), QStringLiteral("5100")}));

        const TableExport::Table table
            = TableExport::shown(*panel.table(), ExportColumns::activity(), false);
        QCOMPARE(column(table, QStringLiteral("pid")), shownPids(*panel.table()));
        const QList<QStringList> csv = readCsv(TableExport::csv(table));
        QCOMPARE(csv.size(), 1 + 3);
        QCOMPARE(csv.at(1).at(1), QStringLiteral("5102"));
    }

    void filteredEventsExportExactlyTheRowsShown()
    {
        EventsPanel panel;
        const QDateTime at = scripted::Start;
        panel.add({at, Severity::Info, QStringLiteral("pool"), {}, QStringLiteral("info one")});
        panel.add({at.addSecs(1), Severity::Critical, QStringLiteral("pool"), {},
            QStringLiteral("critical, \"first\"")});
        panel.add({at.addSecs(2), Severity::Warning, QStringLiteral("pool"), {},
            QStringLiteral("warning one")});
        panel.add({at.addSecs(3), Severity::Critical, QStringLiteral("pool"), {},
            QStringLiteral("critical second password=%1").arg(Secret)});
        panel.setMinimumSeverity(Severity::Critical);
        QCOMPARE(panel.shownRows(), 2);

        const QJsonArray rows = QJsonDocument::fromJson(
            TableExport::json(TableExport::shown(*panel.table(), ExportColumns::events(), false)))
                                    .array();
        QCOMPARE(rows.size(), 2);
        // Newest first, as shown; the secret in the message redacted as evidence does.
        QCOMPARE(rows.at(0)[QLatin1String{"message"}].toString(),
            QStringLiteral("critical second password=[redacted]"));
        QCOMPARE(
            rows.at(1)[QLatin1String{"message"}].toString(), QStringLiteral("critical, \"first\""));
        QCOMPARE(rows.at(1)[QLatin1String{"time"}].toString(), EventsModel::utcText(at.addSecs(1)));
    }

    void ctrlCCopiesTheSelectedRowsAsTabSeparatedText()
    {
        ActivityPanel panel{defaultBaseline()};
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.showSample(scripted::sample(poll()));
        panel.table()->sortByColumn(ActivityModel::PidColumn, Qt::AscendingOrder);
        QAbstractItemModel* model = panel.table()->model();
        // Rows 0 (4242) and 2 (5100): a selection with a gap, copied in the shown order.
        panel.table()->selectionModel()->select(
            model->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        panel.table()->selectionModel()->select(
            model->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        panel.table()->setFocus();
        QApplication::clipboard()->clear();

        QTest::keyClick(panel.table(), Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char{'\n'});
        QCOMPARE(lines.size(), 4); // header, two rows, the final line break
        QCOMPARE(lines.at(3), QString{});
        QStringList headers;
        for (int c = 0; c < ActivityModel::ColumnCount; ++c)
            headers << model->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(lines.at(0), headers.join(QLatin1Char{'\t'}));
        const QStringList first = lines.at(1).split(QLatin1Char{'\t'});
        QCOMPARE(first.size(), int{ActivityModel::ColumnCount});
        QCOMPARE(first.at(ActivityModel::PidColumn), QStringLiteral("4242"));
        QCOMPARE(
            first.at(ActivityModel::ApplicationColumn), QStringLiteral("web \"checkout\", eu"));
        QCOMPARE(
            first.at(ActivityModel::QueryColumn), Redaction::queryFingerprint(poll().at(0).query));
        QCOMPARE(lines.at(2).split(QLatin1Char{'\t'}).at(ActivityModel::PidColumn),
            QStringLiteral("5100"));
    }

    void queryTextsAreFingerprintsUnlessAsked()
    {
        ActivityPanel panel{defaultBaseline()};
        panel.showSample(scripted::sample(poll()));
        const QList<ExportColumn> columns = ExportColumns::activity();
        const QByteArray fingerprints
            = TableExport::csv(TableExport::shown(*panel.table(), columns, false));
        QVERIFY(!fingerprints.contains(Secret.toUtf8()));
        QVERIFY(!fingerprints.contains("ALTER ROLE"));
        QVERIFY(fingerprints.contains(Redaction::queryFingerprint(poll().at(3).query).toUtf8()));

        const TableExport::Table texts = TableExport::shown(*panel.table(), columns, true);
        const QStringList queries = column(texts, QStringLiteral("query"));
        QVERIFY(queries.contains(QStringLiteral("ALTER ROLE app PASSWORD '[redacted]'")));
        // The whole text, line breaks and all, not the cell's one-line form.
        QVERIFY(queries.contains(poll().at(0).query));
        QVERIFY(!TableExport::csv(texts).contains(Secret.toUtf8()));
    }

    void dialogWritesTheFileOrSaysWhereAndWhy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ActivityPanel activity{defaultBaseline()};
        activity.showSample(scripted::sample(poll()));
        EventsPanel events;
        const QList<ExportSource> sources{{QStringLiteral("activity"), QStringLiteral("Activity"),
                                              activity.table(), ExportColumns::activity()},
            {QStringLiteral("events"), QStringLiteral("Events"), events.table(),
                ExportColumns::events()}};
        ExportDialog dialog{sources};
        QVERIFY(dialog.selectTable(QStringLiteral("activity")));
        dialog.setFormat(TableExport::Format::Json);
        QVERIFY(dialog.path().endsWith(QLatin1String{".json"}));
        QSignalSpy exported{&dialog, &ExportDialog::exported};

        const QString missing = dir.filePath(QStringLiteral("no-such-folder/out.json"));
        dialog.setPath(missing);
        dialog.exportNow();
        QTRY_COMPARE(exported.size(), 1);
        QVERIFY(!exported.at(0).at(1).toString().isEmpty());
        QVERIFY2(dialog.errorText().contains(QDir::toNativeSeparators(missing)),
            qPrintable(dialog.errorText()));
        QVERIFY(!QFile::exists(missing));
        QCOMPARE(dialog.result(), int{QDialog::Rejected}); // still open, choices kept
        QCOMPARE(dialog.format(), TableExport::Format::Json);

        const QString good = dir.filePath(QStringLiteral("activity.json"));
        dialog.setPath(good);
        dialog.exportNow();
        QTRY_COMPARE(exported.size(), 2);
        QCOMPARE(exported.at(1).at(1).toString(), QString{});
        QCOMPARE(dialog.result(), int{QDialog::Accepted});
        QFile file{good};
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
            TableExport::json(
                TableExport::shown(*activity.table(), ExportColumns::activity(), false)));
        // The next export starts where this one went.
        QCOMPARE(ExportDialog::startFolder(), dir.path());
        ExportDialog next{sources};
        QCOMPARE(QFileInfo{next.path()}.absolutePath(), dir.path());
    }
};

QTEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
