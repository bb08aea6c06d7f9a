#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace opsdash {

// The languages opsdash speaks and the choice among them: the system's UI languages by
// default, `--lang CODE` over them (docs/i18n.md). opsdash's own translations are compiled
// in (:/i18n/opsdash_<code>.qm, from translations/*.ts); Qt's (qtbase_<code>.qm, for
// standard dialogs and buttons) come from the system's Qt when installed.
class Language final
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    // The language of the source strings; always available, needs no translation.
    static QString sourceLanguage() { return QStringLiteral("en"); }

    // Codes of every language opsdash can show, sorted ("de", "en").
    static QStringList available();

    // The language to use: the one `--lang` asked for ("de", "de_AT", "en-GB") when opsdash
    // has it; without the option (nullopt), the first of the system's UI languages opsdash
    // has, else English. An error naming the available languages when the option names one
    // opsdash lacks or none at all.
    static Result<QString> resolve(const std::optional<QString>& option);

    // Resolves `option` and installs its translators into the running application,
    // replacing those of an earlier call; a language asked for explicitly also becomes
    // the default QLocale (dates, numbers). On error nothing changes.
    static Result<QString> apply(const std::optional<QString>& option);

    // Qt's own translation of the standard dialogs for `code`; empty when not installed.
    static QString qtTranslationFile(const QString& code);
};

} // namespace opsdash
