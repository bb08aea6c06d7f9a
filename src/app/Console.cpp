#include "Console.h"

#include "CommandLine.h"

namespace opsdash {

QTextStream& standardOutput()
{
    static QTextStream stream{stdout};
    return stream;
}

QTextStream& standardError()
{
    static QTextStream stream{stderr};
    return stream;
}

int usageError(const QString& reason)
{
    QString line = reason.trimmed();
    line.replace(u'\n', u' ');
    standardError() << QStringLiteral("opsdash: ") << line << Qt::endl;
    return static_cast<int>(ExitStatus::UsageError);
}

} // namespace opsdash
