#pragma once

// A big checkout: the fixture monorepo plus many unrelated files spread over many folders,
// the way a real monorepo surrounds the handful of files the source checks read. Most of
// them sit where the baseline's globs walk (apps/web/src for the login form, the whole
// checkout for tasks.md), some in node_modules (which the walk skips). None matches a
// glob, so the checks' results are those of the fixture.
#include "MonorepoCopy.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace largecheckout {

struct Area
{
    const char* folder; // %1: folder number
    const char* file; // %1: file number
    const char* content; // %1: file number
    int share; // of 100
};

// Folders of about 20 files each: ~1,000 folders for 20,000 files.
constexpr int FilesPerFolder = 20;

inline const Area* areaFor(int index)
{
    static const Area areas[] = {
        {"apps/web/src/components/feature%1", "Widget%1.tsx",
            "import { useState } from 'react';\n// max: 150, refetchInterval={240}\n"
            "export function Widget%1() {\n  const [n] = useState(%1);\n"
            "  return <div data-n={n}>widget %1</div>;\n}\n",
            30},
        {"apps/web/src/app/route%1", "page%1.tsx",
            "export default function Page%1() {\n  return <main>page %1</main>;\n}\n", 15},
        {"packages/lib%1/src", "module%1.ts",
            "export const LIMIT_%1 = %1 * 60;\nexport function f%1(x: number) { return x + "
            "LIMIT_%1; }\n",
            20},
        {"apps/scheduling-service/internal/pkg%1", "file%1.go",
            "package pkg\n\nimport \"time\"\n\nconst Wait%1 = %1 * time.Second\n", 10},
        {"docs/section%1", "note%1.md", "# Note %1\n\n- [x] T%1 something done\n", 10},
        {"node_modules/dep%1/lib", "index%1.js", "module.exports = { max: %1 };\n", 15},
    };
    int slot = index % 100;
    for (const Area& area : areas) {
        if (slot < area.share)
            return &area;
        slot -= area.share;
    }
    return &areas[0];
}

// Adds `count` unrelated files under root; false when one cannot be written.
inline bool addUnrelatedFiles(const QString& root, int count)
{
    const QDir dir{root};
    for (int i = 0; i < count; ++i) {
        const Area* area = areaFor(i);
        // Consecutive files go to different folders, FilesPerFolder files end up in each.
        const int folderNumber = i / (FilesPerFolder * 100) * 100 + i % 100;
        const QString folder = QString::fromLatin1(area->folder).arg(folderNumber);
        const QString path = dir.filePath(folder + u'/' + QString::fromLatin1(area->file).arg(i));
        if (!QDir{}.mkpath(QFileInfo{path}.path()))
            return false;
        QFile file{path};
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        if (file.write(QString::fromLatin1(area->content).arg(i).toUtf8()) < 0)
            return false;
    }
    return true;
}

} // namespace largecheckout
