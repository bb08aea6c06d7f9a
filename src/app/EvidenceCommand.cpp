// `opsdash evidence --out DIR [--db … --repo … --sessions … --baseline …] [--duration S]
// [--include-queries]`: one observation window with the real dashboard rendered offscreen,
// written as dashboard.png, report.md, report.json, report.pdf and SHA256SUMS.
#include "CommandLine.h"
#include "Console.h"
#include "Subcommands.h"
#include "TargetInputs.h"
#include "evidence/EvidenceBundle.h"
#include "evidence/EvidenceCollector.h"
#include "evidence/Redaction.h"
#include "evidence/SessionsProbe.h"
#include "gui/evidence/EvidenceCapture.h"
#include "gui/window/MainWindow.h"
#include "model/BaselineLoader.h"
#include "pg/ActivityMonitor.h"
#include "pg/PgConnection.h"
#include "sessions/AdminEndpointSource.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

namespace opsdash {

namespace {

constexpr QSize kWindowSize{1600, 1000};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCommand)
};

// Waits for the sessions source and the canary in a local event loop (command line only).
SessionsProbe::Outcome collectSessions(
    const Baseline& baseline, const TargetOptions& options, ActivityMonitor* monitor)
{
    SessionsProbe probe{baseline, options, monitor};
    SessionsProbe::Outcome outcome;
    QEventLoop loop;
    QObject::connect(
        &probe, &SessionsProbe::finished, &loop, [&](const SessionsProbe::Outcome& result) {
            outcome = result;
            loop.quit();
        });
    // Queued: an answer that comes at once still finds the loop running.
    QTimer::singleShot(0, &probe, &SessionsProbe::start);
    loop.exec();
    return outcome;
}

} // namespace

int runEvidenceCommand(const QCommandLineParser& parser)
{
    if (qobject_cast<QApplication*>(QCoreApplication::instance()) == nullptr)
        return usageError(Text::tr("evidence: internal error: no GUI application"));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(Text::tr("evidence: --out DIR is required"));
    if (const Result<void> checked = EvidenceBundle::checkDirectory(out); !checked)
        return usageError(QStringLiteral("evidence: --out ") + checked.error().toString());

    bool ok = true;
    const int duration = parser.isSet(QStringLiteral("duration"))
        ? parser.value(QStringLiteral("duration")).toInt(&ok)
        : 30;
    if (!ok || duration < 1 || duration > 24 * 3600)
        return usageError(
            Text::tr("evidence: --duration must be whole seconds from 1 to 86400, got '%1'")
                .arg(parser.value(QStringLiteral("duration"))));

    const std::variant<TargetInputs, int> target
        = readTargetInputs(parser, QStringLiteral("evidence"));
    if (const int* status = std::get_if<int>(&target))
        return *status;
    const Baseline* baseline = &std::get<TargetInputs>(target).baseline;
    const TargetOptions& options = std::get<TargetInputs>(target).options;
    if (!options.sessionsUrl.isEmpty()) {
        if (const std::optional<QString> problem
            = AdminEndpointSource::checkBaseUrl(QUrl{options.sessionsUrl}))
            return usageError(QStringLiteral("evidence: --sessions: ") + *problem);
    }
    if (!options.repoDir.isEmpty() && !QFileInfo{options.repoDir}.isDir())
        return usageError(Text::tr("evidence: --repo %1 is not a directory").arg(options.repoDir));

    EvidenceCollector::Inputs inputs;
    inputs.repoDir = options.repoDir;
    inputs.sessionsUrl = options.sessionsUrl;
    inputs.includeQueries = parser.isSet(QStringLiteral("include-queries"));
    inputs.intervalSeconds = static_cast<int>(options.interval.count());
    inputs.screenshot = EvidenceCapture::ScreenshotName;

    MainWindow window{*baseline, options};
    const EvidenceCollector& collector = window.evidenceCapture()->collector();
    window.resize(kWindowSize);
    window.show();
    // The source plane is read while the window collects: the command line may block.
    inputs.sourceFindings = EvidenceCollector::sourceFindings(*baseline, options.repoDir);
    const qint64 elapsedMs = collector.startedAt().msecsTo(QDateTime::currentDateTimeUtc());
    QEventLoop loop;
    QTimer::singleShot(
        std::chrono::milliseconds{std::max<qint64>(0, duration * 1000LL - elapsedMs)}, &loop,
        &QEventLoop::quit);
    loop.exec();

    const SessionsProbe::Outcome sessions = collectSessions(*baseline, options, window.monitor());
    inputs.sessions = sessions.sessions;
    inputs.canary = sessions.canary;
    inputs.noCanaryReason = sessions.noCanaryReason;

    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const EvidenceReport report = collector.report(inputs, end);
    const QImage screenshot = EvidenceCapture::screenshot(window, report);
    const Result<QStringList> written
        = EvidenceBundle::write(out, EvidenceCapture::bundleFiles(report, screenshot));
    if (!written)
        return usageError(QStringLiteral("evidence: ") + written.error().toString());

    for (const QString& path : *written)
        standardOutput() << path << '\n';
    standardOutput() << report.summaryLine() << Qt::endl;
    if (options.hasDatabase && report.samples == 0)
        return usageError(Text::tr("evidence: written, but no sample was taken from %1")
                              .arg(Redaction::redact(report.target)));
    return report.exitStatus();
}

} // namespace opsdash
