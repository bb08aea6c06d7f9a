// Checks of the Markdown documents: the pool documentation (CLAUDE.md) and tasks.md.
// Markdown is prose, not code, so these read lines of text; fenced code blocks are skipped
// in tasks.md (a checkbox in an example is not a task) but read in the pool documentation
// (a snippet of the pool options there states the sizes too).
#include "CheckContext.h"

#include <QRegularExpression>

namespace opsdash {

namespace {

// tr() for this file; a class rather than a function so that lupdate files the strings
// under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DocumentChecks)
};

struct Line
{
    int number;
    QString text;
    bool inFence;
};

QList<Line> linesOf(const QString& text)
{
    QList<Line> lines;
    bool inFence = false;
    int number = 0;
    for (const QString& raw : text.split(u'\n')) {
        ++number;
        const QString trimmed = raw.trimmed();
        const bool fence
            = trimmed.startsWith(QLatin1String{"```"}) || trimmed.startsWith(QLatin1String{"~~~"});
        lines.append(Line{number, raw, inFence || fence});
        if (fence)
            inFence = !inFence;
    }
    return lines;
}

// The lines a statement may span: a paragraph (consecutive non-blank lines), cut before
// every list item, heading and table row (each its own unit). A fenced code block is read
// line by line, as before: a snippet states one option per line.
QList<QList<Line>> unitsOf(const QList<Line>& lines)
{
    static const QRegularExpression startsUnit{
        QStringLiteral("^\\s*(?:[-*+]\\s|\\d+[.)]\\s|#|\\||\\.[A-Z]{1,2}\\b)")};
    QList<QList<Line>> units;
    bool open = false;
    for (const Line& line : lines) {
        const bool blank = line.text.trimmed().isEmpty();
        if (blank) {
            open = false;
            continue;
        }
        const bool table = line.text.trimmed().startsWith(u'|');
        if (line.inFence || !open || startsUnit.match(line.text).hasMatch()) {
            units.append(QList<Line>{line});
            open = !line.inFence && !table;
            continue;
        }
        units.last().append(line);
    }
    return units;
}

// Words that name a pool in prose: its id, the words of its label, its client. Generic
// words and the words of the product's own name (the baseline's name) name no pool.
QStringList keywordsOf(const PoolSpec& pool, const QString& productName)
{
    QStringList words{pool.id};
    static const QRegularExpression separators{QStringLiteral("[^A-Za-z0-9./_-]+")};
    static const QStringList generic{QStringLiteral("pool"), QStringLiteral("pools"),
        QStringLiteral("go"), QStringLiteral("sql"), QStringLiteral("database"),
        QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("for"),
        QStringLiteral("connection"), QStringLiteral("connections"), QStringLiteral("client"),
        QStringLiteral("server"), QStringLiteral("service"), QStringLiteral("main"),
        QStringLiteral("default"), QStringLiteral("primary"), QStringLiteral("postgresql")};
    QStringList product;
    for (const QString& word : productName.split(separators, Qt::SkipEmptyParts))
        product.append(word.toLower());
    for (const QString& word : pool.label.split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 3 && !generic.contains(word.toLower())
            && !product.contains(word.toLower()))
            words.append(word);
    }
    switch (pool.client) {
    case PoolClient::PostgresJs:
        words << QStringLiteral("postgres.js") << QStringLiteral("postgres(");
        break;
    case PoolClient::GoDatabaseSql:
        words << QStringLiteral("database/sql") << QStringLiteral("MaxOpenConns");
        break;
    }
    words.removeDuplicates();
    return words;
}

// Words that go with the pool's size in prose or snippets, to point a failure at the line
// that states the size rather than the first that names the pool.
QStringList sizeWordsOf(const PoolSpec& pool)
{
    switch (pool.client) {
    case PoolClient::PostgresJs:
        return {QStringLiteral("max")};
    case PoolClient::GoDatabaseSql:
        return {QStringLiteral("MaxOpenConns"), QStringLiteral("max open")};
    }
    return {};
}

bool mentions(const QString& line, const QStringList& keywords)
{
    for (const QString& keyword : keywords) {
        const QRegularExpression word{QStringLiteral("(?<![A-Za-z0-9])")
                + QRegularExpression::escape(keyword) + QStringLiteral("(?![A-Za-z0-9])"),
            QRegularExpression::CaseInsensitiveOption};
        if (word.match(line).hasMatch())
            return true;
    }
    return false;
}

QStringList numbersIn(const QString& line)
{
    static const QRegularExpression number{QStringLiteral("(?<![\\d.])\\d+(?![\\d.]\\d)")};
    QStringList found;
    auto it = number.globalMatch(line);
    while (it.hasNext())
        found.append(it.next().captured());
    return found;
}

} // namespace

Finding poolDocumentationFinding(CheckContext& context)
{
    const QString id{QStringLiteral("docs.poolDocumentation")};
    const Baseline& baseline = context.baseline();

    // The sizes to look for: what the code says, or the baseline where the code is unclear.
    struct Wanted
    {
        const PoolSpec* pool;
        qint64 size;
        bool fromSource;
    };
    QList<Wanted> wanted;
    QStringList expectedParts;
    for (const PoolSpec& pool : baseline.pools) {
        Wanted entry{&pool, pool.budget, false};
        for (const SourcePoolSize& found : context.poolSizes) {
            if (found.poolId == pool.id && found.size) {
                entry.size = *found.size;
                entry.fromSource = true;
            }
        }
        wanted.append(entry);
        expectedParts.append(QStringLiteral("%1 %2").arg(pool.id).arg(entry.size));
    }
    const QString expected = Text::tr("states the pool sizes of the code: %1")
                                 .arg(expectedParts.join(QStringLiteral(", ")));

    const Result<const SourceFile*> file = context.file(QStringLiteral("poolDocumentation"));
    if (!file)
        return context.unavailable(id, expected, file.error());
    const QList<Line> lines = linesOf((*file)->text());

    QStringList stated;
    QStringList contradicted;
    QStringList absent;
    int firstLine = 0;
    int failLine = 0;
    const QList<QList<Line>> units = unitsOf(lines);
    for (const Wanted& entry : wanted) {
        const QStringList keywords = keywordsOf(*entry.pool, baseline.name);
        const QString size = QString::number(entry.size);
        int foundAt = 0;
        int sizeLine = 0; // a line naming the pool and its size setting
        int numberLine = 0; // a line naming the pool with some number
        QStringList mentionLines;
        QStringList otherNumbers;
        // A size stated in the same paragraph, list item or table row as the pool's name
        // counts ("max_connections" on one line of a man page, "Default is 20" on the next).
        for (const QList<Line>& unit : units) {
            int namedAt = 0;
            for (const Line& line : unit) {
                if (namedAt == 0 && mentions(line.text, keywords))
                    namedAt = line.number;
            }
            if (namedAt == 0)
                continue;
            mentionLines.append(QString::number(namedAt));
            for (const Line& line : unit) {
                const QStringList numbers = numbersIn(line.text);
                if (numbers.contains(size)) {
                    foundAt = line.number;
                    break;
                }
                otherNumbers.append(numbers);
                if (!numbers.isEmpty() && numberLine == 0)
                    numberLine = line.number;
                if (!numbers.isEmpty() && sizeLine == 0
                    && mentions(line.text, sizeWordsOf(*entry.pool)))
                    sizeLine = line.number;
            }
            if (foundAt > 0)
                break;
        }
        if (foundAt > 0) {
            stated.append(Text::tr("%1 %2 (line %3)").arg(entry.pool->id, size).arg(foundAt));
            if (firstLine == 0)
                firstLine = foundAt;
        } else if (!mentionLines.isEmpty()) {
            otherNumbers.removeDuplicates();
            contradicted.append(
                Text::tr("lines naming the %1 pool (%2) state %3, not %4")
                    .arg(entry.pool->id, mentionLines.mid(0, 5).join(QStringLiteral(", ")),
                        otherNumbers.isEmpty() ? Text::tr("no number")
                                               : otherNumbers.mid(0, 5).join(QStringLiteral(", ")),
                        size));
            if (failLine == 0)
                failLine = sizeLine > 0 ? sizeLine
                    : numberLine > 0    ? numberLine
                                        : mentionLines.first().toInt();
        } else {
            absent.append(Text::tr("the %1 pool is not mentioned (looked for %2)")
                              .arg(entry.pool->id, keywords.join(QStringLiteral(", "))));
        }
    }

    if (!contradicted.isEmpty()) {
        return context.make(id, CheckStatus::Fail, expected,
            contradicted.join(QStringLiteral("; ")), (*file)->evidence(failLine),
            absent.join(QStringLiteral("; ")));
    }
    if (!absent.isEmpty()) {
        return context.make(id, CheckStatus::Missing, expected, stated.join(QStringLiteral("; ")),
            firstLine > 0 ? (*file)->evidence(firstLine) : (*file)->relativePath(),
            absent.join(QStringLiteral("; ")));
    }
    return context.make(id, CheckStatus::Pass, expected, stated.join(QStringLiteral("; ")),
        (*file)->evidence(firstLine));
}

QList<Finding> taskFindings(CheckContext& context)
{
    const TasksSpec& spec = context.baseline().tasks;
    QList<Finding> findings;
    const auto taskId = [](const QString& task) -> QString {
        return QStringLiteral("tasks.") + task;
    };
    const QString progressId{QStringLiteral("tasks.progress")};
    const QString doneExpected = Text::tr("checked off ([x])");
    const QString progressExpected = spec.progress
        ? Text::tr("%1, matching the checkboxes").arg(*spec.progress)
        : Text::tr("a progress line matching the checkboxes");

    const auto allUnavailable = [&](const Error& error) {
        for (const QString& task : spec.required)
            findings.append(context.unavailable(taskId(task), doneExpected, error));
        findings.append(context.unavailable(progressId, progressExpected, error));
        return findings;
    };

    static const QRegularExpression checkbox{
        QStringLiteral("^\\s*(?:[-*+]|\\d+[.)])\\s+\\[([ xX])\\]\\s+(.*)$")};
    static const QRegularExpression taskToken{
        QStringLiteral("(?<![A-Za-z0-9])(T\\d+)(?![A-Za-z0-9])")};

    // A glob may match several tasks.md; prefer the one that lists the required tasks.
    Result<const SourceFile*> file = context.file(QStringLiteral("tasks"));
    if (!file && file.error().code == CheckContext::kAmbiguous) {
        QList<const SourceFile*> listing;
        for (const QString& path : context.candidates(QStringLiteral("tasks"))) {
            const Result<const SourceFile*> candidate = context.read(path);
            if (!candidate)
                continue;
            bool all = true;
            const QString text = (*candidate)->text();
            for (const QString& task : spec.required) {
                const QRegularExpression item{QStringLiteral("\\[[ xX]\\][^\\n]*(?<![A-Za-z0-9])")
                    + QRegularExpression::escape(task) + QStringLiteral("(?![A-Za-z0-9])")};
                all = all && item.match(text).hasMatch();
            }
            if (all)
                listing.append(*candidate);
        }
        if (listing.size() == 1)
            file = listing.first();
    }
    if (!file)
        return allUnavailable(file.error());

    struct Item
    {
        int line;
        bool checked;
        QString task; // first task id in the item, may be empty
        QString text;
    };
    QList<Item> items;
    int progressLine = 0;
    QString progressText;
    qint64 progressDone = -1;
    qint64 progressTotal = -1;
    static const QRegularExpression ratio{
        QStringLiteral("(?<![\\d/])(\\d+)\\s*/\\s*(\\d+)(?![\\d/])")};
    static const QRegularExpression progressWord{
        QStringLiteral("progress|complete|done"), QRegularExpression::CaseInsensitiveOption};
    for (const Line& line : linesOf((*file)->text())) {
        if (line.inFence)
            continue;
        const QRegularExpressionMatch item = checkbox.match(line.text);
        if (item.hasMatch()) {
            const QRegularExpressionMatch token = taskToken.match(item.captured(2));
            items.append(Item{line.number, item.captured(1) != QLatin1String{" "},
                token.hasMatch() ? token.captured(1) : QString{}, item.captured(2).trimmed()});
            continue;
        }
        if (progressLine == 0 && progressWord.match(line.text).hasMatch()) {
            const QRegularExpressionMatch numbers = ratio.match(line.text);
            if (numbers.hasMatch()) {
                progressLine = line.number;
                progressDone = numbers.captured(1).toLongLong();
                progressTotal = numbers.captured(2).toLongLong();
                progressText = numbers.captured(1) + u'/' + numbers.captured(2);
            }
        }
    }

    for (const QString& task : spec.required) {
        const Item* found = nullptr;
        for (const Item& item : items) {
            if (item.task == task) {
                found = &item;
                break;
            }
        }
        if (!found) {
            findings.append(context.make(taskId(task), CheckStatus::Missing, doneExpected, {},
                (*file)->relativePath(), Text::tr("no checkbox item for %1").arg(task)));
            continue;
        }
        const QString shown = QStringLiteral("[%1] %2").arg(
            found->checked ? QStringLiteral("x") : QStringLiteral(" "), found->text.left(60));
        findings.append(
            context.make(taskId(task), found->checked ? CheckStatus::Pass : CheckStatus::Fail,
                doneExpected, shown, (*file)->evidence(found->line)));
    }

    // Count the task items when there are any (a checklist of other things does not make
    // progress), otherwise every checkbox.
    qint64 total = 0;
    qint64 done = 0;
    const bool anyTask = std::any_of(
        items.cbegin(), items.cend(), [](const Item& item) { return !item.task.isEmpty(); });
    for (const Item& item : items) {
        if (anyTask && item.task.isEmpty())
            continue;
        ++total;
        done += item.checked ? 1 : 0;
    }
    const QString counted = QStringLiteral("%1/%2").arg(done).arg(total);
    if (progressLine == 0) {
        findings.append(context.make(progressId, CheckStatus::Missing, progressExpected,
            Text::tr("checkboxes %1").arg(counted), (*file)->relativePath(),
            Text::tr("no progress line such as 'Progress: 36/36'")));
        return findings;
    }
    context.observed.insert(progressId, EvaluatedValue::makeString(progressText));
    const QString actual = Text::tr("%1 stated; checkboxes %2").arg(progressText, counted);
    QStringList problems;
    if (progressDone != done || progressTotal != total)
        problems.append(Text::tr("the progress line does not match the checkboxes"));
    if (spec.progress && *spec.progress != progressText)
        problems.append(Text::tr("the baseline expects %1").arg(*spec.progress));
    findings.append(context.make(progressId,
        problems.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail, progressExpected, actual,
        (*file)->evidence(progressLine), problems.join(QStringLiteral("; "))));
    return findings;
}

} // namespace opsdash
