#pragma once

#include "evidence/EvidenceBundle.h"
#include "evidence/EvidenceReport.h"
#include "model/Baseline.h"
#include "model/TargetOptions.h"

#include <QImage>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QWidget;

namespace opsdash {

class EvidenceCollector;
struct EvidenceSet;
class LiveTarget;

// An evidence bundle from a dashboard window: the screenshot with its footer line, the
// report in Markdown, JSON and PDF, sealed by SHA256SUMS. The static functions serve
// `opsdash evidence`; an instance serves the window's "Capture evidence" action (Ctrl+E),
// which reads the checkout and writes the bundle on worker threads so the UI thread never
// touches the disk, and asks the sessions source and the canary asynchronously.
class EvidenceCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceCapture)

public:
    static const QString ScreenshotName; // "dashboard.png"

    // "2026-11-27 08:40:12 UTC · db.example:5432/app · opsdash 0.4.0 · baseline … sha256 …"
    static QString footer(const EvidenceReport& report);
    static QImage screenshot(QWidget& window, const EvidenceReport& report);
    // dashboard.png (none for a null screenshot), report.md, report.json, report.pdf
    // (SHA256SUMS is EvidenceBundle's).
    static QList<EvidenceBundle::File> bundleFiles(
        const EvidenceReport& report, const QImage& screenshot);
    // Several targets in one bundle: each target's screenshot (named in its report),
    // report.md, report.json and report.pdf over all of them.
    static QList<EvidenceBundle::File> bundleFiles(
        const EvidenceSet& set, const QList<QImage>& screenshots);
    // ~/Documents/opsdash-evidence/<UTC timestamp>
    static QString defaultFolder(const QDateTime& nowUtc);

    // target may be null (no database): the report then says so.
    EvidenceCapture(const Baseline& baseline, const TargetOptions& options, LiveTarget* target,
        QWidget* window);
    ~EvidenceCapture() override;

    // "Capture evidence…" with Ctrl+E, asking for the folder and the signing key
    // (EvidenceDialog), then offering to open the folder.
    QAction* action() const { return m_action; }
    // The window's observation, from when it was opened.
    const EvidenceCollector& collector() const { return *m_collector; }
    bool isBusy() const { return m_busy; }
    // An annotation made in the window (Mark release) joins the report's events.
    void annotate(const QDateTime& at, const QString& label);

    // Writes the bundle into dir (which must not exist or be empty), signed with the key
    // saved in the settings (EvidenceDialog; none: unsigned); emits captured(). When the key
    // cannot sign, the bundle is written unsigned, a non-modal message names the key, and
    // signingFailed() comes before captured().
    void captureTo(const QString& dir);

signals:
    // error empty on success.
    void captured(const QString& dir, const QString& error);
    // The bundle in dir was written, but key could not sign it (error says why).
    void signingFailed(const QString& dir, const QString& key, const QString& error);

private:
    struct Job;
    void askAndCapture();
    void onSourcesRead(const std::shared_ptr<Job>& job);
    void finish(const QString& dir, const QString& error);
    void notSigned(const QString& dir, const QString& key, const QString& error);
    void offerToOpen(const QString& dir, const QString& error);

    Baseline m_baseline;
    TargetOptions m_options;
    QWidget* m_window{nullptr};
    QPointer<LiveTarget> m_target; // the window's; replaced with this capture on a switch
    EvidenceCollector* m_collector{nullptr};
    QAction* m_action{nullptr};
    bool m_busy{false};
    bool m_interactive{false}; // started from the action: answer with a message box
};

} // namespace opsdash
