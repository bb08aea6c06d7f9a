#pragma once

// Shared by every libFuzzer target in tests/fuzz and by the replay driver (ReplayMain.cpp),
// which runs the same targets over saved inputs in builds without libFuzzer.
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace opsdash::fuzz {

// Qt's plugin loading (QSQLITE) and tr() want an application object; one per process.
inline void ensureApplication()
{
    if (QCoreApplication::instance() != nullptr)
        return;
    static int argc{1};
    static char name[]{"opsdash-fuzz"};
    static char* argv[]{name, nullptr};
    static QCoreApplication* app = new QCoreApplication{argc, argv};
    Q_UNUSED(app);
    // Targets check properties, not messages: keep the output to libFuzzer's own lines.
    qputenv("QT_LOGGING_RULES", "opsdash.*=false");
}

inline QByteArray bytes(const uint8_t* data, std::size_t size)
{
    // A deep copy: libFuzzer's buffer ends exactly at `size`, and Qt may read a terminator.
    return QByteArray{reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)};
}

// A scratch directory for targets that need real files, on tmpfs when there is one.
inline const QString& scratchDir()
{
    static std::unique_ptr<QTemporaryDir> dir = [] {
        const QString base = QDir{QStringLiteral("/dev/shm")}.exists() ? QStringLiteral("/dev/shm")
                                                                       : QDir::tempPath();
        return std::make_unique<QTemporaryDir>(base + QStringLiteral("/opsdash-fuzz-XXXXXX"));
    }();
    if (!dir->isValid()) {
        std::fprintf(stderr, "fuzz: cannot create a scratch directory\n");
        std::abort();
    }
    static const QString path = dir->path();
    return path;
}

inline void writeFile(const QString& path, const QByteArray& contents)
{
    QDir{}.mkpath(path.section(QLatin1Char{'/'}, 0, -2));
    QFile file{path};
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(contents) != contents.size()) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
}

// A property the target checks failed: report it the way a sanitizer would, so that
// libFuzzer saves the input.
[[noreturn]] inline void violated(const char* what)
{
    std::fprintf(stderr, "fuzz: property violated: %s\n", what);
    std::abort();
}

} // namespace opsdash::fuzz
