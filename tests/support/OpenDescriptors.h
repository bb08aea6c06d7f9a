#pragma once

// How many file descriptors this process holds (/proc/self/fd): the fault-injection tests
// compare it before and after each fault to catch a leaked socket or file.
#include <QDir>

inline int openDescriptors()
{
    return static_cast<int>(
        QDir{QStringLiteral("/proc/self/fd")}.entryList(QDir::Files | QDir::System).size());
}
