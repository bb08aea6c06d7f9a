// The language choice: the catalogs compiled in, --lang over the system's languages, Qt's
// own translations for standard dialogs, and the real command line in both languages.
#include "i18n/Language.h"
#include "support/RunOpsdash.h"

#include <QDir>
#include <QLocale>
#include <QTest>

using namespace opsdash;

namespace {

QString translated(const char* context, const char* text)
{
    return QCoreApplication::translate(context, text);
}

// English and German on the command line do not depend on the machine's own locale.
const QStringList German{QStringLiteral("LANGUAGE=de"), QStringLiteral("LC_ALL=C.UTF-8")};
const QStringList English{QStringLiteral("LANGUAGE=en"), QStringLiteral("LC_ALL=C.UTF-8")};

} // namespace

class TestLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void everyCatalogInTranslationsIsAvailable()
    {
        const QStringList available = Language::available();
        QVERIFY2(available.contains(QStringLiteral("en")), qPrintable(available.join(u',')));
        const QStringList catalogs
            = QDir{QStringLiteral(OPSDASH_SOURCE_DIR "/translations")}.entryList(
                {QStringLiteral("opsdash_*.ts")});
        for (const QString& catalog : catalogs) {
            const QString code = catalog.mid(8).chopped(3);
            QVERIFY2(available.contains(code), qPrintable(code + u' ' + available.join(u',')));
        }
        QVERIFY(available.contains(QStringLiteral("de")));
    }

    void languageNamesResolveToACatalog_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("code");
        QTest::newRow("bare code") << "de"
                                   << "de";
        QTest::newRow("with a region") << "de_AT"
                                       << "de";
        QTest::newRow("BCP 47 spelling") << "de-CH"
                                         << "de";
        QTest::newRow("upper case") << "DE"
                                    << "de";
        QTest::newRow("POSIX locale name") << "de_DE.UTF-8"
                                           << "de";
        QTest::newRow("the source language") << "en"
                                             << "en";
        QTest::newRow("English with a region") << "en_GB"
                                               << "en";
    }
    void languageNamesResolveToACatalog()
    {
        QFETCH(QString, option);
        QFETCH(QString, code);
        const Result<QString> chosen = Language::resolve(option);
        QVERIFY2(chosen, qPrintable(chosen ? QString{} : chosen.error().message));
        QCOMPARE(*chosen, code);
    }

    void unknownLanguageIsAnErrorNamingTheAvailableOnes_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("a language without a catalog") << "fr";
        QTest::newRow("not a language") << "xx";
        QTest::newRow("no code at all") << "";
    }
    void unknownLanguageIsAnErrorNamingTheAvailableOnes()
    {
        QFETCH(QString, option);
        QVERIFY(Language::apply(QStringLiteral("de")));
        const Result<QString> chosen = Language::apply(option);
        QVERIFY(!chosen);
        QVERIFY2(chosen.error().message.contains(Language::available().join(QStringLiteral(", "))),
            qPrintable(chosen.error().message));
        QVERIFY2(chosen.error().message.contains(QLatin1String{"--lang"}),
            qPrintable(chosen.error().message));
        // Nothing changed: the German of the earlier call is still installed.
        QCOMPARE(translated("Capacity", "no sessions"), QStringLiteral("keine Sitzungen"));
    }

    void germanTranslatesCoreGuiAndCommandLineStrings_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("german");
        QTest::newRow("command line help") << "CommandLine"
                                           << "Subcommands:"
                                           << "Unterbefehle:";
        QTest::newRow("capacity finding (core, a file's Text class)") << "Capacity"
                                                                      << "no sessions"
                                                                      << "keine Sitzungen";
        QTest::newRow("drift check (core, a file's Text class)") << "WebChecks"
                                                                 << "30 days"
                                                                 << "30 Tage";
        QTest::newRow("status bar (Q_OBJECT class)") << "opsdash::StatusBar"
                                                     << "No target"
                                                     << "Kein Ziel";
        QTest::newRow("form (uic)") << "PoolBudgetPanel"
                                    << "Pool budget"
                                    << "Pool-Budget";
    }
    void germanTranslatesCoreGuiAndCommandLineStrings()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, german);
        const QByteArray contextBytes = context.toUtf8();
        const QByteArray sourceBytes = source.toUtf8();
        QCOMPARE(Language::apply(QStringLiteral("de")).value(), QStringLiteral("de"));
        QCOMPARE(translated(contextBytes.constData(), sourceBytes.constData()), german);
        QCOMPARE(Language::apply(QStringLiteral("en")).value(), QStringLiteral("en"));
        QCOMPARE(translated(contextBytes.constData(), sourceBytes.constData()), source);
    }

    void pluralFormsComeFromTheCatalogs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        // English needs its own catalog for these: the source text says "sample(s)".
        QTest::newRow("English singular") << "en" << 1 << "window   %1 – %2, 1 sample";
        QTest::newRow("English plural") << "en" << 60 << "window   %1 – %2, 60 samples";
        QTest::newRow("German singular") << "de" << 1 << "Zeitraum  %1 – %2, 1 Messung";
        QTest::newRow("German plural") << "de" << 60 << "Zeitraum  %1 – %2, 60 Messungen";
    }
    void pluralFormsComeFromTheCatalogs()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QVERIFY(Language::apply(language));
        QCOMPARE(QCoreApplication::translate(
                     "ProbeCommand", "window   %1 – %2, %n sample(s)", nullptr, count),
            expected);
    }

    void anExplicitLanguageAlsoFormatsNumbers()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        QCOMPARE(QLocale{}.language(), QLocale::German);
        QCOMPARE(QLocale{}.toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QCOMPARE(QLocale{}.language(), QLocale::English);
    }

    void qtsOwnStandardButtonsFollow()
    {
        if (Language::qtTranslationFile(QStringLiteral("de")).isEmpty())
            QSKIP("Qt's German translation (Debian: qt6-translations-l10n, scripts/setup) is not "
                  "installed");
        QVERIFY(Language::apply(QStringLiteral("de")));
        QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void commandLineSpeaksTheChosenLanguage_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected"); // in stdout or stderr
        QTest::newRow("German system: German help")
            << German << QStringList{QStringLiteral("--help")} << 0
            << QStringLiteral("Unterbefehle:");
        QTest::newRow("English system: English help")
            << English << QStringList{QStringLiteral("--help")} << 0
            << QStringLiteral("Subcommands:");
        QTest::newRow("--lang en overrides a German system")
            << German
            << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}
            << 0 << QStringLiteral("Subcommands:");
        QTest::newRow("--lang=de overrides an English system")
            << English << QStringList{QStringLiteral("--lang=de"), QStringLiteral("--help")} << 0
            << QStringLiteral("--lang CODE    Sprache: de, en");
        QTest::newRow("--lang after a subcommand")
            << English
            << QStringList{QStringLiteral("verify"), QStringLiteral("--lang"), QStringLiteral("de"),
                   QStringLiteral("--repo"), QStringLiteral("/nonexistent/opsdash-i18n")}
            << 2 << QStringLiteral("Verzeichnis nicht vorhanden");
        QTest::newRow("--lang before a subcommand")
            << English
            << QStringList{QStringLiteral("--lang"), QStringLiteral("de"),
                   QStringLiteral("baseline"), QStringLiteral("--help")}
            << 0 << QStringLiteral("Aufruf: opsdash baseline [Optionen]");
        QTest::newRow("GUI usage error in German, before any display")
            << English
            << QStringList{QStringLiteral("--lang"), QStringLiteral("de"),
                   QStringLiteral("--interval"), QStringLiteral("0")}
            << 2 << QStringLiteral("--interval muss eine ganze Zahl");
        QTest::newRow("unknown language: usage error naming the available ones")
            << English << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << 2
            << QStringLiteral("unknown language 'fr' for --lang; available: de, en");
        QTest::newRow("unknown language told in the system's language")
            << German
            << QStringList{QStringLiteral("probe"), QStringLiteral("--lang"), QStringLiteral("xx")}
            << 2 << QStringLiteral("unbekannte Sprache 'xx' für --lang; verfügbar: de, en");
        QTest::newRow("--lang without a code")
            << English << QStringList{QStringLiteral("--help"), QStringLiteral("--lang")} << 2
            << QStringLiteral("--lang needs a language code; available: de, en");
    }
    void commandLineSpeaksTheChosenLanguage()
    {
        QFETCH(QStringList, environment);
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, expected);
        const OpsdashRun run = runOpsdash(arguments, 60000, environment);
        OPSDASH_COMPARE_EXIT(run, status);
        QVERIFY2(run.out.contains(expected) || run.err.contains(expected),
            qPrintable(run.out + run.err));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
