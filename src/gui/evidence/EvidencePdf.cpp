#include "gui/evidence/EvidencePdf.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace opsdash::EvidencePdf {

namespace {

constexpr qreal kFallbackDpi{96.0};
constexpr qreal kMarginMm{12.0};

// Markdown gives images their natural size: a 1600-pixel screenshot would run off the
// page, so every image is scaled down to fit the text area.
void fitImages(QTextDocument& document, qreal width, qreal height)
{
    struct Found
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Found> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat())
                images.append({fragment.position(), fragment.length(),
                    fragment.charFormat().toImageFormat()});
        }
    }
    for (Found& found : images) {
        const QImage image
            = document.resource(QTextDocument::ImageResource, QUrl{found.format.name()})
                  .value<QImage>();
        if (image.isNull())
            continue;
        // Fit the page both ways: an image taller than a page would be cut.
        const qreal scale = std::min({1.0, width / image.width(), height / image.height()});
        found.format.setWidth(image.width() * scale);
        found.format.setHeight(image.height() * scale);
        QTextCursor cursor{&document};
        cursor.setPosition(found.position);
        cursor.setPosition(found.position + found.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(found.format);
    }
}

} // namespace

QByteArray render(const QString& markdown, const QString& screenshotName, const QImage& screenshot,
    const QString& title, const QString& creator)
{
    QByteArray bytes;
    QBuffer buffer{&bytes};
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer{&buffer};
        writer.setTitle(title);
        writer.setCreator(creator);
        writer.setPageLayout(QPageLayout{QPageSize{QPageSize::A4}, QPageLayout::Landscape,
            QMarginsF{kMarginMm, kMarginMm, kMarginMm, kMarginMm}, QPageLayout::Millimeter});

        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(8.5);
        document.setDefaultFont(font);
        document.setMarkdown(markdown);
        // No ligatures: "fi" stays two letters, so searching the PDF (and pdftotext) finds
        // "Verification" and every check id as typed.
        QTextCharFormat noLigatures;
        noLigatures.setFontStyleStrategy(QFont::PreferNoShaping);
        QTextCursor all{&document};
        all.select(QTextCursor::Document);
        all.mergeCharFormat(noLigatures);
        // After setMarkdown(), which clears the document's resources.
        if (!screenshot.isNull())
            document.addResource(QTextDocument::ImageResource, QUrl{screenshotName}, screenshot);
        // Lay the pages out in the units print() assumes for a paginated document (the
        // screen's logical dpi), so what is laid out on a page is what gets printed on it.
        const QScreen* screen = QGuiApplication::primaryScreen();
        const qreal dpi = screen != nullptr ? screen->logicalDotsPerInchX() : kFallbackDpi;
        const QRectF page = writer.pageLayout().paintRect(QPageLayout::Inch);
        document.setPageSize(QSizeF{page.width() * dpi, page.height() * dpi});
        fitImages(document, page.width() * dpi - 2 * document.documentMargin(),
            page.height() * dpi - 2 * document.documentMargin());
        document.print(&writer);
    }
    buffer.close();
    return bytes;
}

} // namespace opsdash::EvidencePdf
