// The translation catalogs are complete for the strings in the sources: refreshes a copy of
// translations/ with scripts/update-translations (Qt's lupdate, as found by CMake) and
// fails on every message a translator still owes, on strings of the sources the committed
// file has only as vanished (lrelease would skip them), on translations that lose or
// invent a placeholder, and on tr() calls whose context
// lupdate cannot tell (their strings would never be looked up under the right context).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus{false};
    QStringList forms; // the translation, or each numerus form
    qint64 line{0};

    QString where() const
    {
        return QStringLiteral("line %1, %2: \"%3\"").arg(line).arg(context, source.left(80));
    }
};

QList<Message> readCatalog(const QString& path, QString* language)
{
    QFile file{path};
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml{&file};
    QString context;
    std::optional<Message> current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            const QXmlStreamAttributes attributes = xml.attributes();
            if (name == QLatin1String{"TS"}) {
                *language = attributes.value(QLatin1String{"language"}).toString();
            } else if (name == QLatin1String{"name"}) {
                context = xml.readElementText();
            } else if (name == QLatin1String{"message"}) {
                current = Message{context, {}, {},
                    attributes.value(QLatin1String{"numerus"}) == QLatin1String{"yes"}, {},
                    xml.lineNumber()};
            } else if (current && name == QLatin1String{"source"}) {
                current->source = xml.readElementText();
            } else if (current && name == QLatin1String{"translation"}) {
                current->type = attributes.value(QLatin1String{"type"}).toString();
                if (!current->numerus)
                    current->forms << xml.readElementText();
            } else if (current && name == QLatin1String{"numerusform"}) {
                current->forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String{"message"} && current) {
            messages << *current;
            current.reset();
        }
    }
    return messages;
}

// %1…%99 and %n, each once: a translation must keep every placeholder of its source.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern{QStringLiteral("%(L?\\d{1,2}|n)")};
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found << match.captured();
    found.removeDuplicates();
    found.sort();
    return found;
}

// Plural forms Qt expects for a catalog language (QTranslator's numerus rules).
int numerusForms(const QString& language)
{
    const QString code = language.section(u'_', 0, 0);
    if (code == QLatin1String{"ja"} || code == QLatin1String{"zh"} || code == QLatin1String{"ko"})
        return 1;
    if (code == QLatin1String{"pl"} || code == QLatin1String{"ru"} || code == QLatin1String{"uk"}
        || code == QLatin1String{"cs"})
        return 3;
    return 2;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_refreshed;
    QString m_lupdateOutput;

private slots:
    void initTestCase()
    {
        QVERIFY(m_refreshed.isValid());
        QProcess update;
        update.setProcessChannelMode(QProcess::MergedChannels);
        update.start(QStringLiteral("bash"),
            {QStringLiteral(OPSDASH_SOURCE_DIR "/scripts/update-translations"),
                QStringLiteral("--lupdate"), QStringLiteral(OPSDASH_LUPDATE),
                QStringLiteral("--out"), m_refreshed.path()});
        QVERIFY(update.waitForFinished(120000));
        m_lupdateOutput = QString::fromUtf8(update.readAll());
        QVERIFY2(update.exitStatus() == QProcess::NormalExit && update.exitCode() == 0,
            qPrintable(m_lupdateOutput));
    }

    void everyTrCallHasAContextLupdateKnows()
    {
        // "Class 'X' lacks Q_OBJECT macro": tr() from a free function or a class without
        // Q_OBJECT / Q_DECLARE_TR_FUNCTIONS. lupdate files the string under a context the
        // running program never asks for, so it stays English. Use a class with
        // Q_DECLARE_TR_FUNCTIONS(Context) and Class::tr() (docs/i18n.md).
        QStringList problems;
        for (const QString& line : m_lupdateOutput.split(u'\n')) {
            if (line.contains(QLatin1String{"lacks Q_OBJECT"})
                || line.contains(QLatin1String{"Cannot invoke tr()"})
                || line.contains(QLatin1String{"Qualifying with unknown namespace/class"}))
                problems << line.trimmed();
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void catalogIsCompleteForTheSources_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList catalogs
            = QDir{QStringLiteral(OPSDASH_SOURCE_DIR "/translations")}.entryList(
                {QStringLiteral("opsdash_*.ts")});
        QVERIFY(catalogs.contains(QStringLiteral("opsdash_de.ts")));
        for (const QString& catalog : catalogs) {
            QTest::newRow(qPrintable(catalog.chopped(3) + QStringLiteral(" has every string")))
                << catalog;
        }
    }
    void catalogIsCompleteForTheSources()
    {
        QFETCH(QString, file);
        const QString path = m_refreshed.filePath(file);
        QString language;
        const QList<Message> messages = readCatalog(path, &language);
        QVERIFY2(!language.isEmpty(), qPrintable(path));
        // English is the source language: its catalog holds the plural forms only.
        const bool source = language.startsWith(QLatin1String{"en"});
        if (!source)
            QVERIFY2(messages.size() > 100, qPrintable(QString::number(messages.size())));

        // What the committed file holds active: lrelease compiles only those, so a string the
        // sources use must be active there, not just revived by the refresh.
        QString committedLanguage;
        QSet<QPair<QString, QString>> committed;
        for (const Message& message : readCatalog(
                 QStringLiteral(OPSDASH_SOURCE_DIR "/translations/") + file, &committedLanguage)) {
            if (message.type != QLatin1String{"vanished"}
                && message.type != QLatin1String{"obsolete"})
                committed.insert({message.context, message.source});
        }

        QStringList owed;
        QStringList stale;
        QStringList wrong;
        for (const Message& message : messages) {
            // Not in the sources (any more, or not yet: strings of work in flight are kept
            // as vanished entries, and lupdate revives them when the code lands).
            if (message.type == QLatin1String{"vanished"}
                || message.type == QLatin1String{"obsolete"})
                continue;
            const bool empty = message.forms.isEmpty()
                || std::any_of(message.forms.cbegin(), message.forms.cend(),
                    [](const QString& form) { return form.isEmpty(); });
            if (message.type == QLatin1String{"unfinished"} || empty) {
                owed << message.where();
                continue;
            }
            if (!committed.contains({message.context, message.source})) {
                stale << message.where(); // vanished (or absent) but referenced by the sources
                continue;
            }
            if (message.numerus && message.forms.size() != numerusForms(language)) {
                wrong << message.where()
                        + QStringLiteral(" has %1 plural forms, %2 needs %3")
                              .arg(message.forms.size())
                              .arg(language)
                              .arg(numerusForms(language));
            }
            for (const QString& form : message.forms) {
                // A plural form may drop %n ("eine Sitzung"); everything else must stay.
                QStringList want = placeholders(message.source);
                QStringList have = placeholders(form);
                if (message.numerus) {
                    want.removeAll(QStringLiteral("%n"));
                    have.removeAll(QStringLiteral("%n"));
                }
                if (want != have) {
                    wrong << message.where()
                            + QStringLiteral(" → \"%1\" has placeholders %2, the source %3")
                                  .arg(form, have.join(u' '), want.join(u' '));
                }
            }
        }
        const QString hint = QStringLiteral(
            "\nRun scripts/update-translations (or the update_translations target), translate "
            "with linguist translations/%1 and commit it (docs/i18n.md).")
                                 .arg(file);
        QVERIFY2(owed.isEmpty(),
            qPrintable(
                QStringLiteral("%1 string(s) not translated in %2:\n  ").arg(owed.size()).arg(file)
                + owed.join(QStringLiteral("\n  ")) + hint));
        QVERIFY2(stale.isEmpty(),
            qPrintable(
                QStringLiteral("%1 string(s) of the sources are not active in the "
                               "committed %2 (vanished or missing; lrelease skips them):\n  ")
                    .arg(stale.size())
                    .arg(file)
                + stale.join(QStringLiteral("\n  ")) + hint));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
