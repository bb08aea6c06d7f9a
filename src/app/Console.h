#pragma once

#include <QString>
#include <QTextStream>

namespace opsdash {

// stdout and stderr for subcommands. Results go to stdout, reasons to stderr.
QTextStream& standardOutput();
QTextStream& standardError();

// Prints "opsdash: REASON" on one line to stderr; returns the usage/input error status (2).
int usageError(const QString& reason);

} // namespace opsdash
