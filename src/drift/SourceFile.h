#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace opsdash {

// One file of the checkout, read whole, with the limits the source plane applies before
// anything is parsed: a configuration file is a few kilobytes of UTF-8 text, so anything
// large or binary is rejected with a reason instead of being parsed.
class SourceFile final
{
    Q_DECLARE_TR_FUNCTIONS(SourceFile)

public:
    static constexpr qint64 kMaxBytes{4 * 1024 * 1024};
    // Error::code values, so callers can tell "absent" (a `missing` finding) from
    // "present but not usable" (an `unknown` finding).
    static constexpr QLatin1String kMissing{"missing"};
    static constexpr QLatin1String kUnreadable{"unreadable"};
    static constexpr QLatin1String kRejected{"rejected"};

    // Reads root/relativePath. Error::where is the relative path.
    static Result<SourceFile> read(const QString& root, const QString& relativePath);

    const QString& relativePath() const { return m_relativePath; }
    const QByteArray& bytes() const { return m_bytes; }
    QString text() const { return QString::fromUtf8(m_bytes); }
    // "relative/path:line", the evidence form every source finding uses.
    QString evidence(int line) const;

private:
    SourceFile(QString relativePath, QByteArray bytes);

    QString m_relativePath;
    QByteArray m_bytes;
};

} // namespace opsdash
