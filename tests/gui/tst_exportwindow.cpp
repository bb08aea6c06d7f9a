// Export and Ctrl+C on the whole window against the fixture PostgreSQL and a loopback admin
// endpoint (issue 18: "Ctrl+C and Export give exactly the rows shown"): real backends of
// this test in the activity table, filtered and sorted by the user's controls; real login
// sessions in the sessions table; File → Export… opened with Ctrl+Shift+E.
#include "evidence/Redaction.h"
#include "gui/activity/ActivityModel.h"
#include "gui/activity/ActivityPanel.h"
#include "gui/export/ExportDialog.h"
#include "gui/sessions/SessionsModel.h"
#include "gui/sessions/SessionsPanel.h"
#include "gui/window/MainWindow.h"
#include "pg/ActivityMonitor.h"
#include "sessions/AdminEndpointSource.h"
#include "sessions/SessionPayloads.h"
#include "sessions/TestHttpServer.h"
#include "support/DefaultBaseline.h"
#include "support/PgExec.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <libpq-fe.h>
#include <memory>

using namespace opsdash;
using namespace std::chrono_literals;
using test::HttpReply;
using test::TestHttpServer;

namespace {

constexpr int kWaitMs = 30'000;
const QByteArray kPath{AdminEndpointSource::kPath.data(), AdminEndpointSource::kPath.size()};
// A literal in the backends' last query: an export must not carry it by default.
const QByteArray kLiteral{"literal-7781-of-this-test"};

using Connection = std::unique_ptr<PGconn, decltype(&PQfinish)>;

QStringList pidsShown(const QTableView& view)
{
    QStringList pids;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        pids << view.model()->index(row, ActivityModel::PidColumn).data().toString();
    return pids;
}

} // namespace

class TestExportWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QSettings{}.clear();
        const QByteArray conninfo = qgetenv("OPSDASH_TEST_PG_CONNINFO");
        QVERIFY2(!conninfo.isEmpty(), "run through ctest: it starts the PostgreSQL fixture");
        // Three backends of this test that the filter keeps and one it hides, idle after a
        // query holding the literal.
        for (int i = 0; i < 4; ++i) {
            // The fixture's conninfo expanded, with this backend's own application_name.
            const QByteArray name
                = i < 3 ? "tst-export-" + QByteArray::number(i) : QByteArray{"tst-hidden"};
            const char* keywords[] = {"dbname", "application_name", nullptr};
            const char* values[] = {conninfo.constData(), name.constData(), nullptr};
            Connection connection{PQconnectdbParams(keywords, values, 1), &PQfinish};
            QVERIFY2(PQstatus(connection.get()) == CONNECTION_OK, PQerrorMessage(connection.get()));
            QVERIFY(test::pgExec(connection.get(),
                QByteArray{"SELECT '"} + kLiteral + "', " + QByteArray::number(i)));
            m_backends.push_back(std::move(connection));
        }
        QVERIFY(m_server.start());
        m_server.route(kPath, HttpReply::json(test::goodPayload(QDateTime::currentDateTimeUtc())));
        qputenv("OPSDASH_SESSIONS_TOKEN", "tst-exportwindow-token");

        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo = QString::fromUtf8(conninfo);
        options.interval = 1s;
        options.sessionsUrl = m_server.baseUrl().toString();
        m_window = std::make_unique<MainWindow>(defaultBaseline(), options);
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->monitor()->state(), ActivityMonitor::State::Connected, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->sessionsPanel()->sourceState(), SessionsPanel::SourceState::Fresh, kWaitMs);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_backends.clear();
    }

    void activityExportAndCopyGiveExactlyTheRowsShown()
    {
        ActivityPanel* panel = m_window->activityPanel();
        m_window->showPanel(panel);
        QTableView* view = panel->table();
        auto* filter = panel->findChild<QLineEdit*>(QStringLiteral("activityFilter"));
        QVERIFY(filter != nullptr);
        QTest::keyClicks(filter, QStringLiteral("tst-export-"));
        view->sortByColumn(ActivityModel::PidColumn, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 3, kWaitMs);
        QVERIFY(panel->model()->rowCount() > 3); // the filter hides tst-hidden
        const QStringList shown = pidsShown(*view);
        QStringList descending = shown;
        std::sort(descending.begin(), descending.end(),
            [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
        QCOMPARE(shown, descending);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray json;
        QVERIFY(exportThroughTheDialog(QStringLiteral("activity"), TableExport::Format::Json,
            dir.filePath(QStringLiteral("activity.json")), json));
        QVERIFY(!json.contains(kLiteral)); // the query as its fingerprint
        const QJsonArray rows = QJsonDocument::fromJson(json).array();
        QStringList exportedPids;
        for (const QJsonValue& row : rows) {
            exportedPids << row[QLatin1String{"pid"}].toString();
            QVERIFY(row[QLatin1String{"application"}].toString().startsWith(
                QLatin1String{"tst-export-"}));
            QVERIFY(row[QLatin1String{"query"}].toString().startsWith(QLatin1String{"q:"}));
        }
        QCOMPARE(exportedPids, shown);

        // Ctrl+C on all rows shown: a header line and the same rows in the same order.
        QVERIFY(pressCopyOn(view, [view] { view->selectAll(); }));
        QStringList lines = QApplication::clipboard()->text().split(QLatin1Char{'\n'});
        QCOMPARE(lines.takeLast(), QString{});
        QCOMPARE(lines.size(), 1 + shown.size());
        QStringList copiedPids;
        for (const QString& line : lines.mid(1))
            copiedPids << line.split(QLatin1Char{'\t'}).at(ActivityModel::PidColumn);
        QCOMPARE(copiedPids, shown);
        QVERIFY(!QApplication::clipboard()->text().contains(QString::fromLatin1(kLiteral)));
    }

    void sessionsExportAndCopyGiveTheRowsShown()
    {
        SessionsPanel* panel = m_window->sessionsPanel();
        m_window->showPanel(panel);
        auto* view = panel->findChild<QTableView*>(QStringLiteral("sessionsTable"));
        QVERIFY(view != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 3, kWaitMs);

        // The shown rows as the export reads them.
        QStringList users;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            users << view->model()->index(row, SessionsModel::User).data().toString();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray csv;
        QVERIFY(exportThroughTheDialog(QStringLiteral("sessions"), TableExport::Format::Csv,
            dir.filePath(QStringLiteral("sessions.csv")), csv));
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 1 + users.size() + 1); // header, rows, after the last CRLF
        for (qsizetype i = 0; i < users.size(); ++i) {
            QVERIFY2(lines.at(i + 1).endsWith('\r'), lines.at(i + 1).constData());
            QVERIFY2(lines.at(i + 1).contains(users.at(i).toUtf8()), lines.at(i + 1).constData());
        }
        QVERIFY(!lines.join().contains("secret")); // the tokens never reach the table

        QVERIFY(pressCopyOn(view, [view] {
            view->selectionModel()->select(view->model()->index(0, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }));
        const QStringList copied = QApplication::clipboard()->text().split(QLatin1Char{'\n'});
        QCOMPARE(copied.size(), 3);
        QVERIFY2(copied.at(1).split(QLatin1Char{'\t'}).at(SessionsModel::User) == users.at(0),
            qPrintable(copied.at(1)));
    }

private:
    // Ctrl+C as a user presses it on the table: the panel's copy action takes it only while
    // the window is active and the table has the focus (its shortcut context); without them
    // the table's own Ctrl+C copies the current cell alone. So both are waited for first, and
    // the rows are selected after the wait (a refresh while waiting would clear them).
    bool pressCopyOn(QTableView* view, const std::function<void()>& select)
    {
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return false;
        view->setFocus(Qt::ShortcutFocusReason);
        if (!QTest::qWaitFor([view] { return view->hasFocus(); }))
            return false;
        QApplication::clipboard()->clear();
        select();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        return true;
    }

    // File → Export… through its shortcut on the window; the file's bytes once the dialog has
    // written it and closed, and the window has the keys again.
    bool exportThroughTheDialog(
        const QString& table, TableExport::Format format, const QString& path, QByteArray& bytes)
    {
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<ExportDialog> dialog;
        // The one just opened (an earlier one may wait for its deferred delete, hidden).
        const auto opened = [&] {
            for (ExportDialog* candidate : m_window->findChildren<ExportDialog*>()) {
                if (candidate->isVisible())
                    dialog = candidate;
            }
            return !dialog.isNull();
        };
        if (!QTest::qWaitFor(opened) || !dialog->selectTable(table))
            return false;
        dialog->setFormat(format);
        dialog->setPath(path);
        QSignalSpy exported{dialog, &ExportDialog::exported};
        dialog->exportNow();
        if (!exported.wait(kWaitMs) || !exported.at(0).at(1).toString().isEmpty()) {
            qWarning("not exported: %s", qPrintable(dialog ? dialog->errorText() : QString{}));
            return false;
        }
        if (!QTest::qWaitFor([&] { return dialog == nullptr || !dialog->isVisible(); }))
            return false;
        m_window->activateWindow();
        QFile file{path};
        if (!QTest::qWaitForWindowActive(m_window.get()) || !file.open(QIODevice::ReadOnly))
            return false;
        bytes = file.readAll();
        return true;
    }

    std::vector<Connection> m_backends;
    TestHttpServer m_server;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
