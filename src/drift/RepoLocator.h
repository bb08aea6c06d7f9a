#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace opsdash {

// Finds the baseline's `files` entries in a checkout. A plain path is taken as is, and so is
// a path with glob characters that exists as written (`app/api/auth/[...nextauth]/route.ts`);
// a backslash makes the next character literal (`app/\[locale\]/**/layout.tsx`, written
// `\\[` in JSON). A glob (`*`, `?`, `[…]`, `**` crossing directories) is matched by walking only
// below its longest literal directory prefix, never into hidden directories or node_modules, and
// without following symlinks — so a large checkout costs one walk of the part that can
// match, and nothing is parsed that the glob does not name.
class RepoLocator final
{
    Q_DECLARE_TR_FUNCTIONS(RepoLocator)

public:
    explicit RepoLocator(QString root);

    static bool isGlob(const QString& pattern);

    // Matching paths relative to the root ('/'-separated), sorted. A plain path is
    // returned whether or not it exists, so a missing file is reported by its path.
    QStringList resolve(const QString& pattern) const;

    // For a pattern that matches nothing: the deepest directory of its literal prefix that
    // exists, and up to three files elsewhere (node_modules and hidden directories left out)
    // whose name matches the pattern's last part. Empty when the pattern matches.
    QString hint(const QString& pattern) const;

    // Directory entries the glob walks have looked at so far (for the benchmarks).
    int entriesVisited() const { return m_entriesVisited; }

private:
    QString m_root;
    mutable int m_entriesVisited{0};
};

} // namespace opsdash
