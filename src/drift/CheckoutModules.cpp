#include "CheckoutModules.h"

#include "CheckContext.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opsdash {

namespace {

const QStringList& extensions()
{
    static const QStringList list{QStringLiteral(".ts"), QStringLiteral(".tsx"),
        QStringLiteral(".mts"), QStringLiteral(".cts"), QStringLiteral(".js"),
        QStringLiteral(".jsx"), QStringLiteral(".mjs"), QStringLiteral(".cjs")};
    return list;
}

// tsconfig.json is JSON with comments and trailing commas (JSONC); strips both outside strings.
QByteArray withoutComments(const QByteArray& text)
{
    QByteArray out;
    out.reserve(text.size());
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        const char next = i + 1 < text.size() ? text.at(i + 1) : '\0';
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < text.size())
                out.append(text.at(++i));
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out.append(c);
        } else if (c == '/' && next == '/') {
            while (i < text.size() && text.at(i) != '\n')
                ++i;
            out.append('\n');
        } else if (c == '/' && next == '*') {
            i += 2;
            while (i + 1 < text.size() && !(text.at(i) == '*' && text.at(i + 1) == '/'))
                ++i;
            ++i;
            out.append(' ');
        } else if (c == ',') {
            qsizetype j = i + 1;
            while (j < text.size() && QChar::isSpace(static_cast<uchar>(text.at(j))))
                ++j;
            if (j < text.size() && (text.at(j) == '}' || text.at(j) == ']'))
                continue; // a trailing comma
            out.append(c);
        } else {
            out.append(c);
        }
    }
    return out;
}

QString joined(const QString& dir, const QString& path)
{
    return QDir::cleanPath(dir.isEmpty() ? path : dir + u'/' + path);
}

bool leavesCheckout(const QString& cleaned)
{
    return cleaned == QLatin1String{".."} || cleaned.startsWith(QLatin1String{"../"})
        || QDir::isAbsolutePath(cleaned);
}

QString directoryOf(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString{} : path.left(slash);
}

} // namespace

CheckoutModules::CheckoutModules(CheckContext& context)
    : m_context{context}
{ }

CheckoutModules::~CheckoutModules() = default;

std::optional<QString> CheckoutModules::fileFor(const QString& base) const
{
    if (leavesCheckout(base))
        return std::nullopt;
    QStringList candidates{base};
    for (const QString& extension : extensions())
        candidates.append(base + extension);
    // `./auth.config.js` in TypeScript source names auth.config.ts.
    for (const QString& script : {QStringLiteral(".js"), QStringLiteral(".jsx"),
             QStringLiteral(".mjs"), QStringLiteral(".cjs")}) {
        if (base.endsWith(script)) {
            const QString stem = base.chopped(script.size());
            for (const QString& typed : {QStringLiteral(".ts"), QStringLiteral(".tsx"),
                     QStringLiteral(".mts"), QStringLiteral(".cts")})
                candidates.append(stem + typed);
        }
    }
    for (const QString& extension : extensions())
        candidates.append(base + QStringLiteral("/index") + extension);
    const QDir root{m_context.root()};
    for (const QString& candidate : std::as_const(candidates)) {
        if (QFileInfo{root.filePath(candidate)}.isFile())
            return candidate;
    }
    return std::nullopt;
}

CheckoutModules::Aliases CheckoutModules::readAliases(const QString& configPath) const
{
    Aliases aliases;
    const QString dir = directoryOf(configPath);
    aliases.pathsBase = dir;
    const Result<const SourceFile*> file = m_context.read(configPath);
    if (!file)
        return aliases;
    const QJsonDocument document = QJsonDocument::fromJson(withoutComments((*file)->bytes()));
    const QJsonObject options
        = document.object().value(QLatin1String{"compilerOptions"}).toObject();
    const QJsonValue baseUrl = options.value(QLatin1String{"baseUrl"});
    if (baseUrl.isString()) {
        aliases.hasBaseUrl = true;
        aliases.baseUrl = joined(dir, baseUrl.toString());
        if (aliases.baseUrl == QLatin1String{"."})
            aliases.baseUrl.clear();
        aliases.pathsBase = aliases.baseUrl;
    }
    const QJsonObject paths = options.value(QLatin1String{"paths"}).toObject();
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        QStringList targets;
        for (const QJsonValue& target : it.value().toArray()) {
            if (target.isString())
                targets.append(target.toString());
        }
        aliases.paths.append({it.key(), targets});
    }
    return aliases;
}

std::shared_ptr<const CheckoutModules::Aliases> CheckoutModules::aliasesFor(const QString& dir)
{
    if (const auto cached = m_aliases.constFind(dir); cached != m_aliases.cend())
        return cached.value();
    std::shared_ptr<const Aliases> found;
    const QDir root{m_context.root()};
    for (const QString& name : {QStringLiteral("tsconfig.json"), QStringLiteral("jsconfig.json")}) {
        const QString config = dir.isEmpty() ? name : dir + u'/' + name;
        if (QFileInfo{root.filePath(config)}.isFile()) {
            found = std::make_shared<const Aliases>(readAliases(config));
            break;
        }
    }
    if (!found)
        found = dir.isEmpty() ? std::make_shared<const Aliases>() : aliasesFor(directoryOf(dir));
    m_aliases.insert(dir, found);
    return found;
}

TsModules::Module CheckoutModules::evaluatorFor(const QString& path)
{
    if (const auto known = m_evaluators.constFind(path); known != m_evaluators.cend())
        return Module{known.value().get(), {}};
    const Result<const ParsedSource*> parsed = m_context.parsedPath(path);
    if (!parsed)
        return Module{nullptr, tr("which cannot be used: %1").arg(parsed.error().toString())};
    auto evaluator = std::make_shared<TsEvaluator>((*parsed)->tree, this, path);
    m_evaluators.insert(path, evaluator);
    return Module{evaluator.get(), {}};
}

TsModules::Module CheckoutModules::load(const QString& fromPath, const QString& specifier)
{
    const auto notFound = [&](const QString& base) {
        return Module{nullptr,
            tr("which is not in the checkout (looked for %1 with the extensions .ts, .tsx, .js, "
               "… and %1/index.*)")
                .arg(base)};
    };
    if (specifier.startsWith(QLatin1String{"./"}) || specifier.startsWith(QLatin1String{"../"})
        || specifier == QLatin1String{"."} || specifier == QLatin1String{".."}) {
        const QString base = joined(directoryOf(fromPath), specifier);
        if (leavesCheckout(base))
            return Module{nullptr, tr("which is outside the checkout")};
        const std::optional<QString> file = fileFor(base);
        return file ? evaluatorFor(*file) : notFound(base);
    }
    if (specifier.startsWith(u'/'))
        return Module{nullptr, tr("an absolute path, outside the checkout")};

    const std::shared_ptr<const Aliases> aliases = aliasesFor(directoryOf(fromPath));
    for (const auto& [pattern, targets] : aliases->paths) {
        const qsizetype star = pattern.indexOf(u'*');
        QString captured;
        if (star < 0) {
            if (pattern != specifier)
                continue;
        } else {
            const QString prefix = pattern.left(star);
            const QString suffix = pattern.mid(star + 1);
            if (!specifier.startsWith(prefix) || !specifier.endsWith(suffix)
                || specifier.size() < prefix.size() + suffix.size())
                continue;
            captured
                = specifier.mid(prefix.size(), specifier.size() - prefix.size() - suffix.size());
        }
        QString tried;
        for (QString target : targets) {
            target.replace(u'*', captured);
            const QString base = joined(aliases->pathsBase, target);
            if (leavesCheckout(base))
                continue;
            if (const std::optional<QString> file = fileFor(base))
                return evaluatorFor(*file);
            if (tried.isEmpty())
                tried = base;
        }
        return tried.isEmpty() ? Module{nullptr, tr("an alias that leads outside the checkout")}
                               : notFound(tried);
    }
    if (aliases->hasBaseUrl) {
        if (const std::optional<QString> file = fileFor(joined(aliases->baseUrl, specifier)))
            return evaluatorFor(*file);
    }
    return Module{nullptr, tr("a package, outside the checkout")};
}

} // namespace opsdash
