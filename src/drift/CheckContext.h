#pragma once

#include "EvaluatedValue.h"
#include "RepoLocator.h"
#include "SourceChecks.h"
#include "SourceFile.h"
#include "SyntaxTree.h"
#include "TsEvaluator.h"
#include "model/Baseline.h"
#include "model/Finding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace opsdash {

struct ParsedSource final
{
    SourceFile file;
    SyntaxTree tree;
};

// What the pool checks learned about a pool's size, for budget.total and
// docs.poolDocumentation.
struct SourcePoolSize final
{
    QString poolId;
    std::optional<qint64> size; // connections; nullopt when not known from source
    bool unlimited{false}; // Go SetMaxOpenConns(0) or below
    QString evidence; // path:line
    QString why; // when size is nullopt
};

// Shared state of one source-plane run: the baseline, the checkout, the files read so
// far (each read and parsed once), and helpers that turn evaluated values into findings.
class CheckContext final
{
    Q_DECLARE_TR_FUNCTIONS(CheckContext)

public:
    static constexpr QLatin1String kAmbiguous{"ambiguous"};
    // Error::code of a file key the baseline leaves out: its checks are `not-checked`.
    static constexpr QLatin1String kNotInBaseline{"not-in-baseline"};

    CheckContext(const Baseline& baseline, QString root, QDateTime checkedAt);

    const Baseline& baseline() const { return m_baseline; }
    const QString& root() const { return m_root; }

    // Answers every file with this error and touches no disk (SourceChecks::unavailable).
    void setOffline(Error error) { m_offline = std::move(error); }
    SourceChecks::Statistics statistics() const;

    // Paths (relative) the `files` entry named key matches.
    QStringList candidates(const QString& key) const;
    // The file of a `files` key; a glob must match exactly one file. Error::code is
    // SourceFile::kMissing when nothing is there.
    Result<const SourceFile*> file(const QString& key);
    Result<const SourceFile*> read(const QString& relativePath);
    Result<const ParsedSource*> parsed(const QString& key);
    Result<const ParsedSource*> parsedPath(const QString& relativePath);
    // Follows TypeScript imports to the files of the checkout (CheckoutModules).
    TsModules* modules();
    // A TypeScript evaluator of a parsed file that follows its imports within the checkout.
    TsEvaluator evaluator(const ParsedSource& source);

    Finding make(const QString& checkId, CheckStatus status, const QString& expected,
        const QString& actual, const QString& evidence, const QString& reason = {}) const;
    // A file that could not be used: Missing when absent, NotChecked when the baseline does
    // not name it, Unknown otherwise (unreadable, rejected, ambiguous glob); the reason
    // names the file and the cause.
    Finding unavailable(const QString& checkId, const QString& expected, const Error& error) const;

    // Comparisons of an evaluated value with the baseline, as findings. `evidence` is
    // where the setting (the key or attribute) is written: `path:line`.
    Finding compareCount(const QString& checkId, qint64 expected, const EvaluatedValue& value,
        const QString& evidence) const;
    // A TypeScript number of seconds (NextAuth, SessionProvider, postgres.js options).
    Finding compareSeconds(const QString& checkId, const Duration& expected,
        const EvaluatedValue& value, const QString& evidence) const;
    // A Go time.Duration (nanoseconds).
    Finding compareGoDuration(const QString& checkId, const Duration& expected,
        const EvaluatedValue& value, const QString& evidence) const;
    Finding compareBoolean(const QString& checkId, bool expected, const EvaluatedValue& value,
        const QString& evidence, bool shorthand = false) const;

    // `path:line` of an object entry read from file: in the file it comes from when it was
    // imported from another one.
    static QString evidenceOf(const SourceFile& file, const ObjectEntry& entry);

    static QString expectedText(const Duration& duration); // "86400 s (24 h)"

    // A `missing` finding read from a file with a syntax error cannot be trusted:
    // tree-sitter's recovery may have dropped what was looked for. Such findings become
    // `unknown`, with the line of the syntax error nearest the finding's evidence.
    void distrustMissingInBrokenFiles(QList<Finding>& findings) const;
    // The line of the syntax error in the file nearest to line (any when line is 0).
    static std::optional<int> syntaxErrorNear(const SyntaxTree& tree, int line);

    QList<SourcePoolSize> poolSizes;
    // The value each check compared with the baseline, by check id (SourceChecks::run).
    mutable QHash<QString, EvaluatedValue> observed;

private:
    Finding unknownValue(const QString& checkId, const QString& expected,
        const QString& expectedValue, const EvaluatedValue& value, const QString& evidence) const;

    const Baseline& m_baseline;
    QString m_root;
    RepoLocator m_locator;
    std::optional<Error> m_offline;
    mutable QHash<QString, QStringList> m_resolved; // by pattern: each glob walked once
    int m_filesRead{0};
    qint64 m_bytesRead{0};
    int m_filesParsed{0};
    QDateTime m_checkedAt;
    QHash<QString, std::shared_ptr<Result<SourceFile>>> m_files; // by relative path
    QHash<QString, std::shared_ptr<Result<ParsedSource>>> m_parsed; // by relative path
    std::unique_ptr<TsModules> m_modules;
};

// The check groups, one file each; each returns its findings in check-id order.
QList<Finding> sessionFindings(CheckContext& context); // WebChecks.cpp
QList<Finding> providerFindings(CheckContext& context);
Finding guardFinding(CheckContext& context);
Finding loginFinding(CheckContext& context);
QList<Finding> poolFindings(CheckContext& context); // PoolChecks.cpp; fills poolSizes
Finding budgetFinding(const CheckContext& context);
// For opsdash baseline init: the postgres(…) calls of a file with the variable each is
// bound to ("" when none), and the receivers of database/sql's pool setters in a Go file.
struct PostgresCall final
{
    int line{0};
    QString binding;
};
QList<PostgresCall> postgresCalls(const TsEvaluator& evaluator);
QStringList goPoolReceivers(const SyntaxTree& tree);
Finding poolDocumentationFinding(CheckContext& context); // DocumentChecks.cpp
QList<Finding> taskFindings(CheckContext& context);

} // namespace opsdash
