#include "Language.h"

#include "I18nLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace opsdash {

namespace {

const QString ResourceDir = QStringLiteral(":/i18n");
const QString CatalogPrefix = QStringLiteral("opsdash_");

// "de", "DE", "de-at", "de_AT.UTF-8" → the QLocale they name (C when they name none).
QLocale localeNamed(const QString& name)
{
    QString clean = name.section(u'.', 0, 0).section(u'@', 0, 0);
    clean.replace(u'-', u'_');
    const QString language = clean.section(u'_', 0, 0).toLower();
    const QString region = clean.section(u'_', 1).toUpper();
    return QLocale{region.isEmpty() ? language : language + u'_' + region};
}

// The available code for `name`'s language, or empty.
QString availableCodeFor(const QString& name)
{
    const QLocale::Language language = localeNamed(name).language();
    if (language == QLocale::C || language == QLocale::AnyLanguage)
        return {};
    for (const QString& code : Language::available()) {
        if (QLocale{code}.language() == language)
            return code;
    }
    return {};
}

QList<QPointer<QTranslator>>& installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

// Installs the translator of `file` (a .qm); false when the file does not load.
bool install(const QString& file)
{
    auto* translator = new QTranslator{QCoreApplication::instance()};
    if (!translator->load(file)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installedTranslators() << translator;
    return true;
}

} // namespace

QStringList Language::available()
{
    QStringList codes{sourceLanguage()};
    const QStringList catalogs = QDir{ResourceDir}.entryList(
        {CatalogPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& catalog : catalogs)
        codes << catalog.mid(CatalogPrefix.size()).chopped(3);
    codes.removeDuplicates();
    codes.sort();
    return codes;
}

Result<QString> Language::resolve(const std::optional<QString>& option)
{
    if (option) {
        const QString code = option->isEmpty() ? QString{} : availableCodeFor(*option);
        if (code.isEmpty()) {
            return Error{option->isEmpty()
                    ? tr("--lang needs a language code; available: %1")
                          .arg(available().join(QStringLiteral(", ")))
                    : tr("unknown language '%1' for --lang; available: %2")
                          .arg(*option, available().join(QStringLiteral(", ")))};
        }
        return code;
    }
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = availableCodeFor(name);
        if (!code.isEmpty())
            return code;
    }
    return sourceLanguage();
}

Result<QString> Language::apply(const std::optional<QString>& option)
{
    Result<QString> chosen = resolve(option);
    if (!chosen)
        return chosen;
    if (QCoreApplication::instance() == nullptr)
        return Error{QStringLiteral("Language::apply needs a running QCoreApplication")};

    for (const QPointer<QTranslator>& translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();

    const QString& code = *chosen;
    // The source language has a catalog only for its plural forms (%n); no catalog is fine.
    const QString catalog = ResourceDir + u'/' + CatalogPrefix + code + QStringLiteral(".qm");
    if (!install(catalog) && code != sourceLanguage())
        qCWarning(lcI18n) << "cannot load" << catalog;
    const QString qtCatalog = qtTranslationFile(code);
    if (!qtCatalog.isEmpty() && !install(qtCatalog))
        qCWarning(lcI18n) << "cannot load" << qtCatalog;
    qCInfo(lcI18n) << "language" << code << "(Qt's own translation:"
                   << (qtCatalog.isEmpty() ? QStringLiteral("none") : qtCatalog) << ")";

    // Dates and numbers follow a language asked for explicitly; otherwise (and when it is
    // the system's own language: de_AT stays de_AT) the system's locale is kept.
    const QLocale system = QLocale::system();
    const bool differs = option && system.language() != QLocale{code}.language();
    QLocale::setDefault(differs ? QLocale{code} : system);
    return chosen;
}

QString Language::qtTranslationFile(const QString& code)
{
    const QFileInfo file{QLibraryInfo::path(QLibraryInfo::TranslationsPath)
        + QStringLiteral("/qtbase_") + code + QStringLiteral(".qm")};
    return file.exists() ? file.absoluteFilePath() : QString{};
}

} // namespace opsdash
