#include "CheckContext.h"

#include "CheckoutModules.h"

#include <cmath>
#include <cstdlib>
#include <vector>

namespace opsdash {

namespace {

// "86400 s" plus the expression when it says more than the number: "86400 s (24 * 60 * 60)".
QString withExpression(const QString& value, const EvaluatedValue& evaluated, const QString& bare)
{
    if (evaluated.expression.isEmpty() || evaluated.expression == bare)
        return value;
    return QStringLiteral("%1 (%2)").arg(value, evaluated.expression);
}

QString goDurationText(double nanoseconds)
{
    if (std::fmod(nanoseconds, 1e6) == 0 && std::abs(nanoseconds) < 9e18)
        return Duration::fromMilliseconds(static_cast<qint64>(nanoseconds / 1e6)).toString();
    return QStringLiteral("%1 ns").arg(formatNumber(nanoseconds));
}

} // namespace

CheckContext::CheckContext(const Baseline& baseline, QString root, QDateTime checkedAt)
    : m_baseline{baseline}
    , m_root{std::move(root)}
    , m_locator{m_root}
    , m_checkedAt{std::move(checkedAt)}
{ }

SourceChecks::Statistics CheckContext::statistics() const
{
    return {m_locator.entriesVisited(), m_filesRead, m_bytesRead, m_filesParsed};
}

QStringList CheckContext::candidates(const QString& key) const
{
    const auto it = m_baseline.files.constFind(key);
    if (it == m_baseline.files.cend() || m_offline)
        return {};
    const auto cached = m_resolved.constFind(it.value());
    if (cached != m_resolved.cend())
        return cached.value();
    const QStringList found = m_locator.resolve(it.value());
    m_resolved.insert(it.value(), found);
    return found;
}

Result<const SourceFile*> CheckContext::read(const QString& relativePath)
{
    if (m_offline)
        return *m_offline;
    std::shared_ptr<Result<SourceFile>>& slot = m_files[relativePath];
    if (!slot) {
        slot = std::make_shared<Result<SourceFile>>(SourceFile::read(m_root, relativePath));
        if (*slot) {
            ++m_filesRead;
            m_bytesRead += (*slot)->bytes().size();
        }
    }
    if (!*slot)
        return slot->error();
    return &slot->value();
}

Result<const SourceFile*> CheckContext::file(const QString& key)
{
    const auto it = m_baseline.files.constFind(key);
    if (it == m_baseline.files.cend())
        return Error{tr("not in the baseline (it names no file '%1' in files)").arg(key),
            QStringLiteral("files.%1").arg(key), QString{kNotInBaseline}};
    if (m_offline)
        return *m_offline;
    const QString pattern = it.value();
    const QStringList found = candidates(key);
    if (found.isEmpty())
        return Error{tr("no file matches '%1'").arg(pattern), pattern, SourceFile::kMissing};
    if (found.size() > 1) {
        const QStringList shown = found.mid(0, 5);
        return Error{tr("%1 files match '%2' (%3); the baseline must name one")
                         .arg(found.size())
                         .arg(pattern,
                             shown.join(QStringLiteral(", "))
                                 + (found.size() > 5 ? QStringLiteral(", …") : QString{})),
            pattern, QString{kAmbiguous}};
    }
    return read(found.first());
}

Result<const ParsedSource*> CheckContext::parsed(const QString& key)
{
    const Result<const SourceFile*> source = file(key);
    if (!source)
        return source.error();
    return parsedPath((*source)->relativePath());
}

Result<const ParsedSource*> CheckContext::parsedPath(const QString& relativePath)
{
    std::shared_ptr<Result<ParsedSource>>& slot = m_parsed[relativePath];
    if (!slot) {
        const Result<const SourceFile*> source = read(relativePath);
        if (!source) {
            slot = std::make_shared<Result<ParsedSource>>(source.error());
            return source.error();
        }
        ++m_filesParsed;
        Result<SyntaxTree> tree
            = SyntaxTree::parse((*source)->bytes(), SyntaxTree::languageForPath(relativePath));
        if (tree)
            slot = std::make_shared<Result<ParsedSource>>(
                ParsedSource{**source, std::move(tree).value()});
        else
            slot = std::make_shared<Result<ParsedSource>>(
                Error{tree.error().message, relativePath, SourceFile::kRejected});
    }
    if (!*slot)
        return slot->error();
    return &slot->value();
}

TsModules* CheckContext::modules()
{
    if (!m_modules)
        m_modules = std::make_unique<CheckoutModules>(*this);
    return m_modules.get();
}

TsEvaluator CheckContext::evaluator(const ParsedSource& source)
{
    return TsEvaluator{source.tree, modules(), source.file.relativePath()};
}

QString CheckContext::evidenceOf(const SourceFile& file, const ObjectEntry& entry)
{
    return entry.file.isEmpty() ? file.evidence(entry.line)
                                : entry.file + u':' + QString::number(entry.line);
}

Finding CheckContext::make(const QString& checkId, CheckStatus status, const QString& expected,
    const QString& actual, const QString& evidence, const QString& reason) const
{
    Finding finding;
    finding.checkId = checkId;
    finding.plane = Plane::Source;
    finding.status = status;
    finding.expected = expected;
    finding.actual = actual;
    finding.evidence = evidence;
    finding.reason = reason;
    finding.firstSeen = m_checkedAt;
    return finding;
}

Finding CheckContext::unavailable(
    const QString& checkId, const QString& expected, const Error& error) const
{
    if (error.code == kNotInBaseline)
        return make(checkId, CheckStatus::NotChecked, expected, {}, {}, error.message);
    const bool missing = error.code == SourceFile::kMissing;
    return make(checkId, missing ? CheckStatus::Missing : CheckStatus::Unknown, expected, {},
        error.where, error.toString());
}

std::optional<int> CheckContext::syntaxErrorNear(const SyntaxTree& tree, int line)
{
    if (!SyntaxTree::hasError(tree.root()))
        return std::nullopt;
    // The outermost ERROR or MISSING node of each broken region.
    std::optional<int> best;
    std::vector<TSNode> pending{tree.root()};
    while (!pending.empty()) {
        const TSNode current = pending.back();
        pending.pop_back();
        if (ts_node_is_missing(current) || SyntaxTree::is(current, "ERROR")) {
            const int at = SyntaxTree::line(current);
            if (!best || (line > 0 && std::abs(at - line) < std::abs(*best - line))
                || (line == 0 && at < *best))
                best = at;
            continue;
        }
        if (!ts_node_has_error(current))
            continue;
        for (uint32_t i = ts_node_child_count(current); i > 0; --i)
            pending.push_back(ts_node_child(current, i - 1));
    }
    return best;
}

void CheckContext::distrustMissingInBrokenFiles(QList<Finding>& findings) const
{
    for (Finding& finding : findings) {
        if (finding.status != CheckStatus::Missing)
            continue;
        QString path = finding.evidence;
        int line = 0;
        const qsizetype colon = path.lastIndexOf(u':');
        bool numeric = false;
        if (colon > 0) {
            line = path.mid(colon + 1).toInt(&numeric);
            if (numeric)
                path.truncate(colon);
            else
                line = 0;
        }
        const auto parsed = m_parsed.constFind(path);
        if (parsed == m_parsed.cend() || !parsed.value() || !parsed.value()->ok())
            continue;
        const ParsedSource& source = parsed.value()->value();
        const std::optional<int> error = syntaxErrorNear(source.tree, line);
        if (!error)
            continue;
        finding.status = CheckStatus::Unknown;
        finding.evidence = source.file.evidence(*error);
        finding.reason = tr("the file has a syntax error at line %1, so what tree-sitter read "
                            "around it cannot be trusted; it found: %2")
                             .arg(*error)
                             .arg(finding.reason);
    }
}

QString CheckContext::expectedText(const Duration& duration)
{
    const QString written = duration.toWrittenString();
    const QString plain = duration.toString();
    return written == plain ? written : QStringLiteral("%1 (%2)").arg(written, plain);
}

Finding CheckContext::unknownValue(const QString& checkId, const QString& expected,
    const QString& expectedValue, const EvaluatedValue& value, const QString& evidence) const
{
    QString reason = value.explain();
    if (value.fallback && value.fallback->isKnown()) {
        reason += value.fallback->display() == expectedValue
            ? tr(" (the same as the baseline)")
            : tr(" (the baseline expects %1)").arg(expectedValue);
    }
    return make(checkId, CheckStatus::Unknown, expected, value.expression, evidence, reason);
}

Finding CheckContext::compareCount(const QString& checkId, qint64 expected,
    const EvaluatedValue& value, const QString& evidence) const
{
    observed.insert(checkId, value);
    const QString expectedString = QString::number(expected);
    if (!value.isKnown())
        return unknownValue(checkId, expectedString, expectedString, value, evidence);
    if (!value.isNumber()) {
        return make(checkId, CheckStatus::Fail, expectedString,
            withExpression(value.display(), value, {}), evidence, tr("not a number"));
    }
    const QString shown = formatNumber(value.number);
    const bool equal = value.isIntegral() && value.number == static_cast<double>(expected);
    return make(checkId, equal ? CheckStatus::Pass : CheckStatus::Fail, expectedString,
        withExpression(shown, value, shown), evidence);
}

Finding CheckContext::compareSeconds(const QString& checkId, const Duration& expected,
    const EvaluatedValue& value, const QString& evidence) const
{
    observed.insert(checkId, value);
    const QString expectedString = expectedText(expected);
    const QString expectedNumber
        = formatNumber(static_cast<double>(expected.milliseconds()) / 1000.0);
    if (!value.isKnown())
        return unknownValue(checkId, expectedString, expectedNumber, value, evidence);
    if (!value.isNumber()) {
        return make(checkId, CheckStatus::Fail, expectedString,
            withExpression(value.display(), value, {}), evidence, tr("not a number of seconds"));
    }
    const QString number = formatNumber(value.number);
    const bool equal = std::llround(value.number * 1000.0) == expected.milliseconds()
        && std::abs(value.number * 1000.0 - static_cast<double>(expected.milliseconds())) < 1e-6;
    return make(checkId, equal ? CheckStatus::Pass : CheckStatus::Fail, expectedString,
        withExpression(QStringLiteral("%1 s").arg(number), value, number), evidence);
}

Finding CheckContext::compareGoDuration(const QString& checkId, const Duration& expected,
    const EvaluatedValue& value, const QString& evidence) const
{
    observed.insert(checkId, value);
    const QString expectedString = expectedText(expected);
    if (!value.isKnown())
        return unknownValue(checkId, expectedString, expectedString, value, evidence);
    if (!value.isNumber()) {
        return make(checkId, CheckStatus::Fail, expectedString,
            withExpression(value.display(), value, {}), evidence, tr("not a time.Duration"));
    }
    const QString shown = goDurationText(value.number);
    const bool equal = value.number == static_cast<double>(expected.milliseconds()) * 1e6;
    QString reason;
    if (!value.duration)
        reason = tr("an untyped number passed as a time.Duration counts nanoseconds");
    return make(checkId, equal ? CheckStatus::Pass : CheckStatus::Fail, expectedString,
        withExpression(shown, value, formatNumber(value.number)), evidence, reason);
}

Finding CheckContext::compareBoolean(const QString& checkId, bool expected,
    const EvaluatedValue& value, const QString& evidence, bool shorthand) const
{
    observed.insert(checkId, value);
    const QString expectedString = expected ? QStringLiteral("true") : QStringLiteral("false");
    if (!value.isKnown())
        return unknownValue(checkId, expectedString, expectedString, value, evidence);
    if (value.kind != EvaluatedValue::Kind::Boolean) {
        return make(checkId, CheckStatus::Fail, expectedString,
            withExpression(value.display(), value, {}), evidence, tr("not a boolean"));
    }
    const QString shown = value.display();
    const QString actual
        = shorthand ? tr("%1 (shorthand)").arg(shown) : withExpression(shown, value, shown);
    return make(checkId, value.boolean == expected ? CheckStatus::Pass : CheckStatus::Fail,
        expectedString, actual, evidence);
}

} // namespace opsdash
