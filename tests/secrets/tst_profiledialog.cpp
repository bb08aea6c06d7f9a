// The target dialog as a user fills it in: problems shown inline and OK disabled while
// any is left; "Test connection" reports libpq's own message, or the server version from
// the real PostgreSQL fixture, without blocking the event loop.
#include "gui/common/Theme.h"
#include "gui/targets/ProfileDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace opsdash;

namespace {

void type(ProfileDialog& dialog, const char* edit, const QString& text)
{
    auto* line = dialog.findChild<QLineEdit*>(QLatin1String{edit});
    QVERIFY2(line != nullptr, edit);
    line->setText(text);
}

void choose(ProfileDialog& dialog, const char* radio)
{
    auto* button = dialog.findChild<QRadioButton*>(QLatin1String{radio});
    QVERIFY2(button != nullptr, radio);
    button->setChecked(true);
}

bool okEnabled(ProfileDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Ok)
        ->isEnabled();
}

QString shownProblems(ProfileDialog& dialog)
{
    return dialog.findChild<QLabel*>(QStringLiteral("problems"))->text();
}

void fillValid(ProfileDialog& dialog)
{
    type(dialog, "nameEdit", QStringLiteral("production"));
    choose(dialog, "fieldsRadio");
    type(dialog, "hostEdit", QStringLiteral("db.internal"));
    type(dialog, "portEdit", QStringLiteral("5432"));
    type(dialog, "databaseEdit", QStringLiteral("app"));
}

} // namespace

class TestProfileDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_profiledialog"));
    }

    void validationRows_data()
    {
        QTest::addColumn<QString>("edit"); // objectName; "style:<radio>" picks a style
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem"); // empty: acceptable
        QTest::newRow("a filled-in host target is acceptable")
            << QString{} << QString{} << QString{};
        QTest::newRow("name is required") << "nameEdit"
                                          << ""
                                          << "name is required";
        QTest::newRow("name must be unique") << "nameEdit"
                                             << "Staging"
                                             << "already called";
        QTest::newRow("port must be a number") << "portEdit"
                                               << "54x2"
                                               << "1 to 65535";
        QTest::newRow("port above range") << "portEdit"
                                          << "65536"
                                          << "1 to 65535";
        QTest::newRow("host is required for host and port") << "hostEdit"
                                                            << ""
                                                            << "host";
        QTest::newRow("service style needs a service") << "style:serviceRadio"
                                                       << ""
                                                       << "service name";
        QTest::newRow("a PgBouncer admin connection is acceptable")
            << "pgbouncerAdminEdit"
            << "host=127.0.0.1 port=6432 dbname=pgbouncer user=stats" << QString{};
        QTest::newRow("a PgBouncer admin connection with a password is refused")
            << "pgbouncerAdminEdit"
            << "host=x dbname=pgbouncer password=hunter2"
            << ".pgpass";
        QTest::newRow("a PgBouncer admin connection libpq cannot parse")
            << "pgbouncerAdminEdit"
            << "host=x port"
            << "invalid connection string";
        QTest::newRow("pool metrics URLs are acceptable")
            << "poolMetricsEdit"
            << "scheduling=http://127.0.0.1:9102/metrics" << QString{};
        QTest::newRow("a pool metrics entry without its pool is refused")
            << "poolMetricsEdit"
            << "http://127.0.0.1:9102/metrics"
            << "pool=URL";
        QTest::newRow("conninfo libpq cannot parse") << "conninfoEdit"
                                                     << "host=x port"
                                                     << "invalid connection string";
        QTest::newRow("conninfo with a password is refused") << "conninfoEdit"
                                                             << "host=x password=hunter2"
                                                             << "keychain";
        QTest::newRow("URI with a password is refused") << "conninfoEdit"
                                                        << "postgresql://u:hunter2@x/db"
                                                        << "keychain";
        QTest::newRow("admin URL must be http(s)") << "adminUrlEdit"
                                                   << "ftp://app.example.com"
                                                   << "http";
        QTest::newRow("canary URL needs a host") << "canaryUrlEdit"
                                                 << "https://"
                                                 << "host";
        QTest::newRow("checkout must exist") << "repoDirEdit"
                                             << "/nonexistent/repo"
                                             << "No such directory";
        QTest::newRow("baseline file must exist") << "baselineFileEdit"
                                                  << "/nonexistent/b.json"
                                                  << "No such file";
        QTest::newRow("sslrootcert must exist") << "sslRootCertEdit"
                                                << "/nonexistent/root.crt"
                                                << "No such file";
    }
    void validationRows()
    {
        QFETCH(QString, edit);
        QFETCH(QString, text);
        QFETCH(QString, problem);
        ProfileDialog dialog{Profile{}, {QStringLiteral("staging")}};
        fillValid(dialog);
        QVERIFY2(okEnabled(dialog), qPrintable(dialog.problems().join(u'\n')));
        if (edit.startsWith(QStringLiteral("style:"))) {
            choose(dialog, edit.mid(6).toLatin1().constData());
        } else if (edit == QLatin1String{"conninfoEdit"}) {
            choose(dialog, "conninfoRadio");
            type(dialog, "conninfoEdit", text);
        } else if (!edit.isEmpty()) {
            type(dialog, edit.toLatin1().constData(), text);
        }
        if (problem.isEmpty()) {
            QVERIFY(dialog.isAcceptable());
            QVERIFY(okEnabled(dialog));
            QVERIFY(shownProblems(dialog).isEmpty());
            return;
        }
        QVERIFY(!okEnabled(dialog));
        QCOMPARE(dialog.problems().size(), 1);
        QVERIFY2(dialog.problems().constFirst().contains(problem, Qt::CaseInsensitive),
            qPrintable(dialog.problems().constFirst()));
        // Shown in the form, not only known to it.
        QVERIFY2(shownProblems(dialog).contains(problem.toHtmlEscaped(), Qt::CaseInsensitive),
            qPrintable(shownProblems(dialog)));
    }

    void formRoundTripsTheProfileAndKeepsSecretsApart()
    {
        Profile profile;
        profile.name = QStringLiteral("staging");
        profile.style = Profile::ConnectionStyle::Service;
        profile.service = QStringLiteral("staging");
        profile.adminUrl = QStringLiteral("https://staging.example.com");
        profile.sessionsTable = true;
        profile.intervalSeconds = 10;
        profile.allowBackendSignals = true;
        ProfileDialog dialog{profile, {}};
        QVERIFY(dialog.isAcceptable());
        QVERIFY(dialog.profile() == profile);
        type(dialog, "passwordEdit", QStringLiteral("s3cret"));
        QCOMPARE(dialog.typedSecrets().password, QByteArray{"s3cret"});
        QVERIFY(dialog.profile() == profile); // the password is not part of the profile
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->echoMode(),
            QLineEdit::Password);
    }

    void prometheusKindAsksForPrometheusAndNotTheServer()
    {
        ProfileDialog dialog{Profile{}, {}};
        dialog.show();
        type(dialog, "nameEdit", QStringLiteral("eu (team)"));
        choose(dialog, "prometheusKindRadio");
        auto* prometheus = dialog.findChild<QWidget*>(QStringLiteral("prometheusGroup"));
        auto* server = dialog.findChild<QWidget*>(QStringLiteral("connectionGroup"));
        auto* sessions = dialog.findChild<QWidget*>(QStringLiteral("sessionsGroup"));
        QVERIFY(prometheus->isVisible());
        QVERIFY(!server->isVisible());
        QVERIFY(!sessions->isVisible());
        // An empty host no longer counts; the Prometheus fields do.
        QVERIFY(!okEnabled(dialog));
        QVERIFY2(dialog.problems().join(u'\n').contains(QStringLiteral("Prometheus URL")),
            qPrintable(dialog.problems().join(u'\n')));
        type(dialog, "prometheusUrlEdit", QStringLiteral("http://127.0.0.1:9090"));
        type(dialog, "prometheusTargetEdit", QStringLiteral("eu-production"));
        QVERIFY2(okEnabled(dialog), qPrintable(dialog.problems().join(u'\n')));
        auto* auth = dialog.findChild<QComboBox*>(QStringLiteral("prometheusAuthBox"));
        auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("prometheusUserEdit"));
        auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("prometheusSecretEdit"));
        QVERIFY(!user->isEnabled());
        QVERIFY(!secret->isEnabled());
        auth->setCurrentIndex(auth->findData(static_cast<int>(PrometheusAccess::Auth::Basic)));
        QVERIFY(user->isEnabled());
        QVERIFY(secret->isEnabled());
        QVERIFY(!okEnabled(dialog)); // basic auth needs a user
        type(dialog, "prometheusUserEdit", QStringLiteral("grafana"));
        type(dialog, "prometheusSecretEdit", QStringLiteral("hunter2"));
        QVERIFY(okEnabled(dialog));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);

        const Profile profile = dialog.profile();
        QCOMPARE(profile.kind, Profile::Kind::Prometheus);
        QCOMPARE(profile.prometheusUrl, QStringLiteral("http://127.0.0.1:9090"));
        QCOMPARE(profile.prometheusTarget, QStringLiteral("eu-production"));
        QCOMPARE(profile.prometheusAuth, PrometheusAccess::Auth::Basic);
        QCOMPARE(profile.prometheusUser, QStringLiteral("grafana"));
        QCOMPARE(dialog.typedSecrets().prometheusSecret, QByteArray{"hunter2"});
        // Opened again, the form shows the same profile.
        ProfileDialog again{profile, {}};
        QVERIFY(again.profile() == profile);
    }

    void testConnectionReportsLibpqsMessage()
    {
        ProfileDialog dialog{Profile{}, {}};
        fillValid(dialog);
        type(dialog, "hostEdit", QStringLiteral("127.0.0.1"));
        type(dialog, "portEdit", QStringLiteral("1"));
        dialog.show();
        auto* test = dialog.findChild<QPushButton*>(QStringLiteral("testButton"));
        QVERIFY(test->isEnabled());
        test->click();
        // Asynchronous: the click returns at once and the dialog keeps answering.
        QVERIFY(!test->isEnabled());
        QVERIFY(dialog.testResult().contains(QStringLiteral("Connecting")));
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 15000);
        QVERIFY2(dialog.testResult().contains(QStringLiteral("refused")),
            qPrintable(dialog.testResult()));
    }

    void testConnectionReportsTheServerVersion()
    {
        const QString conninfo = qEnvironmentVariable("OPSDASH_TEST_PG_CONNINFO");
        if (conninfo.isEmpty())
            QSKIP("needs the PostgreSQL fixture (ctest)");
        ProfileDialog dialog{Profile{}, {}};
        type(dialog, "nameEdit", QStringLiteral("fixture"));
        choose(dialog, "conninfoRadio");
        type(dialog, "conninfoEdit", conninfo);
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problems().join(u'\n')));
        dialog.show();
        auto* test = dialog.findChild<QPushButton*>(QStringLiteral("testButton"));
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 15000);
        QVERIFY2(dialog.testResult().contains(QStringLiteral("connected — PostgreSQL 1")),
            qPrintable(dialog.testResult()));
    }

    void renderedInBothThemes_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Choice::Light);
        QTest::newRow("dark") << int(Theme::Choice::Dark);
    }
    void renderedInBothThemes()
    {
        QFETCH(int, theme);
        Theme::apply(static_cast<Theme::Choice>(theme));
        ProfileDialog dialog{Profile{}, {QStringLiteral("staging")}};
        fillValid(dialog);
        type(dialog, "nameEdit", QStringLiteral("staging"));
        type(dialog, "portEdit", QStringLiteral("99999"));
        type(dialog, "adminUrlEdit", QStringLiteral("https://app.example.com"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QImage image = dialog.grab().toImage();
        const QString png = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/profiledialog-%1.png")
                                .arg(Theme::name(static_cast<Theme::Choice>(theme)));
        QVERIFY(image.save(png));
        const int lightness = image.pixelColor(4, image.height() / 2).lightness();
        if (static_cast<Theme::Choice>(theme) == Theme::Choice::Dark)
            QVERIFY2(lightness < 90, qPrintable(QString::number(lightness)));
        else
            QVERIFY2(lightness > 180, qPrintable(QString::number(lightness)));
        Theme::apply(Theme::Choice::System);
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
