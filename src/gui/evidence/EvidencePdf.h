#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace opsdash {

// The PDF of an evidence report: the report's Markdown laid out by QTextDocument on A4
// landscape pages (the checks table has six columns) by QPdfWriter, the dashboard
// screenshot embedded where the Markdown names it, scaled to the page width. Pure rendering, no
// disk: the caller writes the bytes.
namespace EvidencePdf {

QByteArray render(const QString& markdown, const QString& screenshotName, const QImage& screenshot,
    const QString& title, const QString& creator);

} // namespace EvidencePdf

} // namespace opsdash
