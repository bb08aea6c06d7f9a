// Runs a fuzz target over saved inputs, without libFuzzer: every file named on the command
// line, or every file in a directory named there. Builds with any compiler, so the seed
// corpus and every crash ever found (tests/fuzz/regressions/) are replayed by the unit
// label in the plain build as well as under the sanitizers.
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <vector>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size);

int main(int argc, char** argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo{path}.isDir()) {
            QDirIterator it{path, QDir::Files, QDirIterator::Subdirectories};
            while (it.hasNext())
                files.append(it.next());
        } else {
            files.append(path);
        }
    }
    files.sort();
    if (files.isEmpty()) {
        std::fprintf(stderr, "replay: no inputs\n");
        return 2;
    }
    for (const QString& path : files) {
        QFile file{path};
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
            return 2;
        }
        // A heap copy of exactly the file's size, like libFuzzer's, so overreads show.
        const QByteArray contents = file.readAll();
        std::vector<uint8_t> input(contents.begin(), contents.end());
        std::fprintf(stderr, "replay: %s (%zu bytes)\n", qPrintable(path), input.size());
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    std::fprintf(stderr, "replay: %lld inputs, no failure\n", static_cast<long long>(files.size()));
    return 0;
}
