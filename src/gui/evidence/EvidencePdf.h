#pragma once

#include "evidence/EvidenceReport.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace opsdash {

struct EvidenceSet;

// The PDF of an evidence report, laid out as a document a reviewer signs, on A4 portrait
// pages: page 1 holds the title, the target, checkout and baseline, the observation window,
// the verdict in large type and the dashboard screenshot scaled to the page width; then the
// checks (the table's header row repeated on every page), the pools, login sessions, events,
// longest-lived sessions and the verification notes. No heading is left alone at the foot of
// a page, long cells wrap, and every page's footer says "page n of N", when the bundle was
// made and the first 12 hex digits of report.json's SHA-256. Pure rendering, no disk.
namespace EvidencePdf {

// reportJsonSha256: report.json's digest in hex, for the footer. screenshot may be null.
QByteArray render(
    const EvidenceReport& report, const QImage& screenshot, const QByteArray& reportJsonSha256);

// A bundle of several targets: page 1 the verdict over all and a row per target, then each
// target's section (its page-1 layout, screenshot, checks and the rest) from a new page.
// screenshots: one per target, in order (null: none).
QByteArray render(
    const EvidenceSet& set, const QList<QImage>& screenshots, const QByteArray& reportJsonSha256);

} // namespace EvidencePdf

} // namespace opsdash
