#pragma once

#include "TsEvaluator.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace opsdash {

class CheckContext;

// Follows a TypeScript/JavaScript import to a file of the checkout, the way TypeScript's
// bundler resolution does for the cases configuration files use: relative specifiers
// (`./auth.config`, `../lib/auth`) with the extensions .ts/.tsx/.mts/.cts/.js/.jsx/.mjs/.cjs
// tried in turn, `./x.js` standing for `./x.ts`, and `dir/index.*`; and the `paths` aliases
// and `baseUrl` of the nearest tsconfig.json/jsconfig.json (`@/auth.config`). Anything else is
// a package, outside the checkout. Each file is read through the CheckContext (counted in its
// statistics) and evaluated once.
class CheckoutModules final : public TsModules
{
    Q_DECLARE_TR_FUNCTIONS(CheckoutModules)

public:
    explicit CheckoutModules(CheckContext& context);
    ~CheckoutModules() override;
    Q_DISABLE_COPY_MOVE(CheckoutModules)

    Module load(const QString& fromPath, const QString& specifier) override;

private:
    struct Aliases
    {
        bool hasBaseUrl{false};
        QString baseUrl; // relative to the checkout ("" for its root)
        QString pathsBase; // what `paths` targets are relative to
        QList<std::pair<QString, QStringList>> paths; // pattern → targets, in file order
    };

    // The first file a specifier (without extension handling) names, relative to the checkout.
    std::optional<QString> fileFor(const QString& base) const;
    // The aliases of the nearest tsconfig.json or jsconfig.json above dir, up to the root.
    std::shared_ptr<const Aliases> aliasesFor(const QString& dir);
    Aliases readAliases(const QString& configPath) const;
    Module evaluatorFor(const QString& path);

    CheckContext& m_context;
    QHash<QString, std::shared_ptr<const Aliases>> m_aliases; // by directory
    QHash<QString, std::shared_ptr<TsEvaluator>> m_evaluators; // by path
};

} // namespace opsdash
