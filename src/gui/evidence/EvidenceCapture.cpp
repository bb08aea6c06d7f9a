#include "gui/evidence/EvidenceCapture.h"

#include "Version.h"
#include "clock/Clock.h"
#include "evidence/EvidenceCollector.h"
#include "evidence/EvidenceSet.h"
#include "evidence/SessionsProbe.h"
#include "gui/common/ExternalOpen.h"
#include "gui/common/StartFolder.h"
#include "gui/common/TimeDisplay.h"
#include "gui/evidence/EvidenceDialog.h"
#include "gui/evidence/EvidencePdf.h"
#include "gui/window/Snapshot.h"
#include "live/LiveTarget.h"
#include "model/SettingsKeys.h"

#include <QAction>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSettings>
#include <QThread>
#include <QWidget>

#include <memory>

namespace opsdash {

const QString EvidenceCapture::ScreenshotName = QStringLiteral("dashboard.png");

struct EvidenceCapture::Job
{
    QString dir;
    QString signingKey; // empty: not signed
    QString repoDir;
    Baseline baseline;
    QList<Finding> sourceFindings;
    std::optional<Error> problem;
    std::optional<Error> signingProblem; // the bundle was written, unsigned
    QList<EvidenceBundle::File> files;
    SessionsProbe::Outcome sessions;
    int pending{2}; // the worker reading the checkout, and the sessions probe
};

namespace {

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer{&bytes};
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

QString EvidenceCapture::footer(const EvidenceReport& report)
{
    return tr("%1 UTC · %2 · opsdash %3 · baseline %4 sha256 %5")
        .arg(report.end.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            report.target.isEmpty() ? tr("no target") : report.target, report.opsdashVersion,
            report.baselinePath, report.baselineSha256.left(16));
}

QImage EvidenceCapture::screenshot(QWidget& window, const EvidenceReport& report)
{
    return Snapshot::render(window, footer(report));
}

QList<EvidenceBundle::File> EvidenceCapture::bundleFiles(
    const EvidenceReport& report, const QImage& screenshot)
{
    const QByteArray json = QJsonDocument{report.toJson()}.toJson(QJsonDocument::Indented);
    // Every page of the PDF names the report.json it was made with.
    const QByteArray pdf = EvidencePdf::render(
        report, screenshot, QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    QList<EvidenceBundle::File> files{
        {QStringLiteral("report.md"), report.toMarkdown().toUtf8()},
        {QStringLiteral("report.json"), json},
        {QStringLiteral("report.pdf"), pdf},
    };
    // A source-plane bundle (no database) has no live data to show.
    if (!screenshot.isNull())
        files.prepend({ScreenshotName, png(screenshot)});
    return files;
}

QList<EvidenceBundle::File> EvidenceCapture::bundleFiles(
    const EvidenceSet& set, const QList<QImage>& screenshots)
{
    const QByteArray json = QJsonDocument{set.toJson()}.toJson(QJsonDocument::Indented);
    const QByteArray pdf = EvidencePdf::render(
        set, screenshots, QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    QList<EvidenceBundle::File> files;
    for (qsizetype i = 0; i < set.targets.size(); ++i) {
        const QImage screenshot = screenshots.value(i);
        const QString& name = set.targets.at(i).report.screenshot;
        if (!screenshot.isNull() && !name.isEmpty())
            files << EvidenceBundle::File{name, png(screenshot)};
    }
    files << EvidenceBundle::File{QStringLiteral("report.md"), set.toMarkdown().toUtf8()}
          << EvidenceBundle::File{QStringLiteral("report.json"), json}
          << EvidenceBundle::File{QStringLiteral("report.pdf"), pdf};
    return files;
}

QString EvidenceCapture::defaultFolder(const QDateTime& nowUtc)
{
    // Where the last bundle went (EvidenceDialog remembers it), else a folder of their own
    // among the documents.
    const QString last = StartFolder::remembered(SettingsKeys::EvidenceFolder);
    const QString parent = last.isEmpty()
        ? QDir{StartFolder::documents()}.filePath(QStringLiteral("opsdash-evidence"))
        : last;
    return QDir{parent}.filePath(nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

EvidenceCapture::EvidenceCapture(
    const Baseline& baseline, const TargetOptions& options, LiveTarget* target, QWidget* window)
    : QObject{window}
    , m_baseline{baseline}
    , m_options{options}
    , m_window{window}
    , m_target{target}
    , m_collector{new EvidenceCollector{baseline, target, this}}
    , m_action{new QAction{tr("Capture &evidence…"), window}}
{
    m_action->setObjectName(QStringLiteral("actionCaptureEvidence"));
    m_action->setShortcut(QKeySequence{Qt::CTRL | Qt::Key_E});
    m_action->setToolTip(tr("Write a screenshot and a report (Markdown, JSON, PDF) with "
                            "checksums into a new folder"));
    connect(m_action, &QAction::triggered, this, &EvidenceCapture::askAndCapture);
    connect(this, &EvidenceCapture::captured, this, &EvidenceCapture::offerToOpen);
}

EvidenceCapture::~EvidenceCapture() = default;

void EvidenceCapture::askAndCapture()
{
    if (m_busy)
        return;
    EvidenceDialog dialog{defaultFolder(Clock::current().nowUtc()), m_window};
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_interactive = true;
    captureTo(dialog.folder());
}

void EvidenceCapture::captureTo(const QString& dir)
{
    if (m_busy) {
        emit captured(dir, tr("a capture is already being written"));
        return;
    }
    m_busy = true;
    m_action->setEnabled(false);
    auto job = std::make_shared<Job>();
    job->dir = dir;
    job->signingKey = EvidenceDialog::savedSigningKey();
    job->repoDir = m_options.repoDir;
    job->baseline = m_baseline;
    // Checking the folder and parsing the checkout read the disk: a worker does it.
    QThread* worker = QThread::create([job] {
        if (Result<void> checked = EvidenceBundle::checkDirectory(job->dir); !checked)
            job->problem = std::move(checked).error();
        else
            job->sourceFindings = EvidenceCollector::sourceFindings(job->baseline, job->repoDir);
    });
    connect(worker, &QThread::finished, this, [this, worker, job] {
        worker->deleteLater();
        if (--job->pending == 0)
            onSourcesRead(job);
    });
    // The sessions source and the canary are asked meanwhile (network, asynchronous).
    auto* probe
        = new SessionsProbe{m_baseline, m_options, m_target ? &m_target->monitor() : nullptr, this};
    connect(probe, &SessionsProbe::finished, this,
        [this, probe, job](const SessionsProbe::Outcome& outcome) {
            probe->deleteLater();
            job->sessions = outcome;
            if (--job->pending == 0)
                onSourcesRead(job);
        });
    worker->start();
    probe->start();
}

void EvidenceCapture::onSourcesRead(const std::shared_ptr<Job>& job)
{
    if (job->problem) {
        finish(job->dir, job->problem->toString());
        return;
    }
    EvidenceCollector::Inputs inputs;
    inputs.repoDir = m_options.repoDir;
    inputs.sourceFindings = job->sourceFindings;
    inputs.sessionsUrl = m_options.sessionsUrl;
    inputs.sessions = job->sessions.sessions;
    inputs.canary = job->sessions.canary;
    inputs.noCanaryReason = job->sessions.noCanaryReason;
    inputs.intervalSeconds = static_cast<int>(m_options.interval.count());
    inputs.screenshot = ScreenshotName;
    EvidenceReport report = m_collector->report(inputs, Clock::current().nowUtc());
    report.timeZone = TimeDisplay::zone(); // the human report gives it beside UTC
    // Rendering is memory-only; the bytes go to the disk on a worker.
    job->files = bundleFiles(report, screenshot(*m_window, report));
    // Signing may wait for the agent's pinentry: on the worker too. A bundle that could
    // not be signed is still written (the window's observation cannot be made again).
    QThread* worker = QThread::create([job] {
        QByteArray signature;
        if (!job->signingKey.isEmpty()) {
            const Result<QByteArray> signed_
                = EvidenceBundle::signChecksums(job->files, job->signingKey);
            if (signed_)
                signature = *signed_;
            else
                job->signingProblem = signed_.error();
        }
        const Result<QStringList> written = EvidenceBundle::write(job->dir, job->files, signature);
        if (!written)
            job->problem = written.error();
    });
    connect(worker, &QThread::finished, this, [this, worker, job] {
        worker->deleteLater();
        if (job->signingProblem && !job->problem)
            notSigned(job->dir, job->signingKey, job->signingProblem->toString());
        finish(job->dir, job->problem ? job->problem->toString() : QString{});
    });
    worker->start();
}

void EvidenceCapture::finish(const QString& dir, const QString& error)
{
    m_busy = false;
    m_action->setEnabled(true);
    emit captured(dir, error);
}

void EvidenceCapture::notSigned(const QString& dir, const QString& key, const QString& error)
{
    // Non-modal: the bundle is there, nothing is lost; the window keeps working.
    auto* box = new QMessageBox{QMessageBox::Warning, tr("Evidence written, not signed"),
        tr("The evidence bundle is in %1, but it is not signed: the GnuPG key %2 could not "
           "sign it.")
            .arg(QDir::toNativeSeparators(dir), key),
        QMessageBox::Close, m_window};
    box->setObjectName(QStringLiteral("evidenceNotSigned"));
    box->setInformativeText(error + QStringLiteral("\n\n")
        + tr("Choose another key, or none, in Capture evidence (Ctrl+E)."));
    box->setWindowModality(Qt::NonModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
    m_interactive = false; // this message replaces the question to open the folder
    emit signingFailed(dir, key, error);
}

void EvidenceCapture::offerToOpen(const QString& dir, const QString& error)
{
    if (!m_interactive)
        return;
    m_interactive = false;
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Evidence not written"), error);
        return;
    }
    const QMessageBox::StandardButton answer
        = QMessageBox::question(m_window, tr("Evidence written"),
            tr("The evidence bundle is in %1. Open the folder?").arg(QDir::toNativeSeparators(dir)),
            QMessageBox::Open | QMessageBox::Close, QMessageBox::Open);
    if (answer == QMessageBox::Open)
        ExternalOpen::openFolder(m_window, dir);
}

void EvidenceCapture::annotate(const QDateTime& at, const QString& label)
{
    m_collector->annotate(at, label);
}

} // namespace opsdash
