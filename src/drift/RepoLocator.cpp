#include "RepoLocator.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

namespace opsdash {

namespace {

// A glob as an anchored regular expression over '/'-separated relative paths.
QRegularExpression globToRegex(const QString& glob)
{
    QString pattern{QStringLiteral("^")};
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*') {
            if (i + 1 < glob.size() && glob.at(i + 1) == u'*') {
                const bool slashFollows = i + 2 < glob.size() && glob.at(i + 2) == u'/';
                pattern += slashFollows ? QStringLiteral("(?:.*/)?") : QStringLiteral(".*");
                i += slashFollows ? 2 : 1;
            } else {
                pattern += QStringLiteral("[^/]*");
            }
        } else if (c == u'\\' && i + 1 < glob.size()) {
            pattern += QRegularExpression::escape(QString{glob.at(++i)}); // \[ is a literal [
        } else if (c == u'?') {
            pattern += QStringLiteral("[^/]");
        } else if (c == u'[') {
            const qsizetype close = glob.indexOf(u']', i + 1);
            if (close < 0) {
                pattern += QStringLiteral("\\[");
            } else {
                QString set = glob.mid(i + 1, close - i - 1);
                if (set.startsWith(u'!'))
                    set[0] = u'^';
                pattern += u'[' + set + u']';
                i = close;
            }
        } else {
            pattern += QRegularExpression::escape(QString{c});
        }
    }
    pattern += u'$';
    return QRegularExpression{pattern};
}

bool isSpecial(QChar c)
{
    return c == u'*' || c == u'?' || c == u'[';
}

// The pattern with its escapes removed: `app/\[locale\]` → `app/[locale]`.
QString unescaped(const QString& pattern)
{
    QString text;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u'\\' && i + 1 < pattern.size())
            ++i;
        text += pattern.at(i);
    }
    return text;
}

} // namespace

RepoLocator::RepoLocator(QString root)
    : m_root{std::move(root)}
{ }

bool RepoLocator::isGlob(const QString& pattern)
{
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u'\\')
            ++i; // escaped: literal
        else if (isSpecial(pattern.at(i)))
            return true;
    }
    return false;
}

QString RepoLocator::hint(const QString& pattern) const
{
    const QStringList found = resolve(pattern);
    const QDir root{m_root};
    if (!found.isEmpty() && (isGlob(pattern) || QFileInfo{root.filePath(found.first())}.isFile()))
        return {};

    QStringList parts = pattern.split(u'/');
    const QString name = parts.takeLast();
    QString existing;
    QStringList prefix;
    for (const QString& part : std::as_const(parts)) {
        if (isGlob(part))
            break;
        prefix.append(unescaped(part));
        if (!QFileInfo{root.filePath(prefix.join(u'/'))}.isDir())
            break;
        existing = prefix.join(u'/');
    }
    // Files with the same name anywhere: bounded, so a huge checkout stays quick.
    constexpr int kMaxEntries{200000};
    const QRegularExpression named = globToRegex(name);
    QStringList alike;
    QStringList pending{m_root};
    int visited = 0;
    while (!pending.isEmpty() && alike.size() < 3 && visited < kMaxEntries) {
        QDirIterator it{pending.takeLast(), QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot};
        while (it.hasNext() && alike.size() < 3 && ++visited < kMaxEntries) {
            it.next();
            const QFileInfo info = it.fileInfo();
            if (info.isSymLink())
                continue;
            if (info.isDir()) {
                if (!info.fileName().startsWith(u'.')
                    && info.fileName() != QLatin1String{"node_modules"})
                    pending.append(info.filePath());
            } else if (named.match(info.fileName()).hasMatch()) {
                alike.append(root.relativeFilePath(info.filePath()));
            }
        }
    }
    alike.sort();
    QString text = existing.isEmpty() ? tr("none of its directories exists")
                                      : tr("the nearest existing directory is '%1'").arg(existing);
    if (!alike.isEmpty())
        text += tr("; files named like it: %1").arg(alike.join(QStringLiteral(", ")));
    return text;
}

QStringList RepoLocator::resolve(const QString& pattern) const
{
    if (!isGlob(pattern))
        return {QDir::cleanPath(unescaped(pattern))};
    // Next.js paths are full of brackets (app/api/auth/[...nextauth]/route.ts): a path that
    // exists as written is that file, never a character class.
    if (!pattern.contains(u'\\') && QFileInfo{QDir{m_root}.filePath(pattern)}.isFile())
        return {QDir::cleanPath(pattern)};

    // The directories before the first wildcard are walked to, not searched.
    const QStringList parts = pattern.split(u'/');
    QStringList prefix;
    for (const QString& part : parts) {
        if (isGlob(part))
            break;
        prefix.append(unescaped(part));
    }
    const QString base = prefix.join(u'/');
    const QDir root{m_root};
    const QString start = base.isEmpty() ? m_root : root.filePath(base);
    if (!QFileInfo{start}.isDir())
        return {};

    const QRegularExpression regex = globToRegex(pattern);
    QStringList matches;
    QStringList pending{start};
    while (!pending.isEmpty()) {
        const QString directory = pending.takeLast();
        QDirIterator it{directory, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::System};
        while (it.hasNext()) {
            it.next();
            ++m_entriesVisited;
            const QFileInfo info = it.fileInfo();
            const QString name = info.fileName();
            if (info.isSymLink())
                continue;
            if (info.isDir()) {
                if (!name.startsWith(u'.') && name != QLatin1String{"node_modules"})
                    pending.append(info.filePath());
                continue;
            }
            const QString relative = root.relativeFilePath(info.filePath());
            if (regex.match(relative).hasMatch())
                matches.append(relative);
        }
    }
    matches.sort();
    return matches;
}

} // namespace opsdash
