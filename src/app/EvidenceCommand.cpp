// `opsdash evidence --out DIR [--db … --repo … --sessions … --baseline …] [--duration S]
// [--include-queries] [--sign KEY]`: one observation window with the real dashboard rendered
// offscreen, written as dashboard.png, report.md, report.json, report.pdf and SHA256SUMS
// (and SHA256SUMS.asc when signed). With several targets (--profile or --db repeated), one
// window over all of them, a screenshot each and one report. Without a database it is a
// source-plane bundle, written at once and without a screenshot. `opsdash evidence --verify DIR`
// checks a bundle.
#include "CommandLine.h"
#include "Console.h"
#include "Subcommands.h"
#include "TargetInputs.h"
#include "evidence/EvidenceBundle.h"
#include "evidence/EvidenceCollector.h"
#include "evidence/EvidenceSet.h"
#include "evidence/GnuPG.h"
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

#include <memory>
#include <vector>

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

// Signs (with a key) and writes the bundle, then lists its files and the summary line.
// Signed before anything is written; a bundle that could not be signed is still written
// (the window cannot be observed again), and the run says why it is unsigned. 0 when
// written (and signed as asked); otherwise the exit status of the usage error reported.
int seal(const QString& out, const QList<EvidenceBundle::File>& files, const QString& signingKey,
    const QString& summaryLine)
{
    std::optional<Error> unsigned_;
    QByteArray signature;
    if (!signingKey.isEmpty()) {
        const Result<QByteArray> signed_ = EvidenceBundle::signChecksums(files, signingKey);
        if (signed_)
            signature = *signed_;
        else
            unsigned_ = signed_.error();
    }
    const Result<QStringList> written = EvidenceBundle::write(out, files, signature);
    if (!written)
        return usageError(QStringLiteral("evidence: ") + written.error().toString());

    for (const QString& path : *written)
        standardOutput() << path << '\n';
    standardOutput() << summaryLine << Qt::endl;
    if (unsigned_)
        return usageError(
            Text::tr("evidence: written, but not signed: %1").arg(unsigned_->toString()));
    return 0;
}

// `--verify DIR`: one line per file and one for the signature, then the verdict.
int verifyBundle(const QString& dir)
{
    const Result<EvidenceBundle::Verification> checked = EvidenceBundle::verify(dir);
    if (!checked)
        return usageError(QStringLiteral("evidence: --verify: ") + checked.error().toString());
    const EvidenceBundle::Verification& result = *checked;
    QTextStream& out = standardOutput();
    const QString signatureName = QLatin1String{EvidenceBundle::SignatureName};
    if (!result.signature) {
        out << Text::tr("%1: MISSING: the bundle is not signed (opsdash evidence --sign KEY)")
                   .arg(signatureName)
            << '\n';
    } else if (result.signature->good) {
        out << Text::tr("%1: good signature by %2, key %3, made %4 (key validity: %5)")
                   .arg(signatureName, result.signature->userId, result.signature->fingerprint,
                       EvidenceReport::human(result.signature->signedAt),
                       result.signature->validity)
            << '\n';
    } else {
        out << Text::tr("%1: NOT good: %2").arg(signatureName, result.signature->problem) << '\n';
    }
    for (const QString& name : result.unchanged)
        out << Text::tr("%1: OK").arg(name) << '\n';
    for (const QString& name : result.changed)
        out << Text::tr("%1: CHANGED since the bundle was sealed").arg(name) << '\n';
    for (const QString& name : result.added)
        out << Text::tr("%1: ADDED: not listed in %2")
                   .arg(name, QLatin1String{EvidenceBundle::ChecksumsName})
            << '\n';
    for (const QString& name : result.removed)
        out << Text::tr("%1: REMOVED: listed in %2, missing")
                   .arg(name, QLatin1String{EvidenceBundle::ChecksumsName})
            << '\n';
    if (result.ok()) {
        out << Text::tr("verified: every file as sealed (%1), signed by %2")
                   .arg(result.unchanged.size())
                   .arg(result.signature->userId)
            << Qt::endl;
        return static_cast<int>(ExitStatus::Ok);
    }
    out << Text::tr("NOT verified: %1 changed, %2 added, %3 removed; signature: %4")
               .arg(result.changed.size())
               .arg(result.added.size())
               .arg(result.removed.size())
               .arg(!result.signature           ? Text::tr("none")
                       : result.signature->good ? Text::tr("good")
                                                : Text::tr("NOT good"))
        << Qt::endl;
    return static_cast<int>(ExitStatus::ChecksFailed);
}

// Several targets watched in one observation window, a dashboard window each, written
// as one bundle's files. samplesMissing names the targets no sample was taken from.
struct SeveralTargets
{
    EvidenceSet set;
    QList<QImage> screenshots;
    QStringList samplesMissing;
};

SeveralTargets observeSeveral(const QList<TargetInputs>& targets, int duration, bool includeQueries)
{
    std::vector<std::unique_ptr<MainWindow>> windows;
    for (const TargetInputs& target : targets) {
        windows.push_back(std::make_unique<MainWindow>(target.baseline, target.options));
        windows.back()->resize(kWindowSize);
        windows.back()->show();
    }
    const QDateTime started = windows.front()->evidenceCapture()->collector().startedAt();
    QList<QList<Finding>> sourceFindings;
    for (const TargetInputs& target : targets)
        sourceFindings << EvidenceCollector::sourceFindings(
            target.baseline, target.options.repoDir);
    const qint64 elapsedMs = started.msecsTo(QDateTime::currentDateTimeUtc());
    QEventLoop loop;
    QTimer::singleShot(
        std::chrono::milliseconds{std::max<qint64>(0, duration * 1000LL - elapsedMs)}, &loop,
        &QEventLoop::quit);
    loop.exec();

    QStringList names;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const ActivityMonitor* monitor = windows.at(i)->monitor();
        names << (!targets.at(i).options.profile.isEmpty() ? targets.at(i).options.profile
                : monitor != nullptr                       ? Redaction::redact(monitor->target())
                                                           : QString::number(i + 1));
    }
    const QStringList screenshotNames = EvidenceSet::screenshotNames(names);
    QList<EvidenceCollector::Inputs> inputs;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const TargetOptions& options = targets.at(i).options;
        EvidenceCollector::Inputs input;
        input.repoDir = options.repoDir;
        input.sourceFindings = sourceFindings.at(i);
        input.sessionsUrl = options.sessionsUrl;
        input.includeQueries = includeQueries;
        input.intervalSeconds = static_cast<int>(options.interval.count());
        input.screenshot = screenshotNames.at(i);
        const SessionsProbe::Outcome sessions
            = collectSessions(targets.at(i).baseline, options, windows.at(i)->monitor());
        input.sessions = sessions.sessions;
        input.canary = sessions.canary;
        input.noCanaryReason = sessions.noCanaryReason;
        inputs << input;
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    SeveralTargets result;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        MainWindow& window = *windows.at(i);
        EvidenceReport report = window.evidenceCapture()->collector().report(
            inputs.at(i), QDateTime::currentDateTimeUtc());
        result.screenshots << EvidenceCapture::screenshot(window, report);
        if (report.samples == 0)
            result.samplesMissing << Redaction::redact(report.target);
        result.set.targets << EvidenceSet::Target{names.at(i), std::move(report)};
    }
    return result;
}

} // namespace

int runEvidenceCommand(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("verify"))) {
        if (parser.isSet(QStringLiteral("out")) || parser.isSet(QStringLiteral("sign")))
            return usageError(Text::tr("evidence: --verify DIR checks a bundle; it takes "
                                       "neither --out nor --sign"));
        return verifyBundle(parser.value(QStringLiteral("verify")));
    }
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

    const std::variant<QList<TargetInputs>, int> read
        = readTargetInputsList(parser, QStringLiteral("evidence"));
    if (const int* status = std::get_if<int>(&read))
        return *status;
    const QList<TargetInputs>& targets = std::get<QList<TargetInputs>>(read);
    for (const TargetInputs& target : targets) {
        const TargetOptions& options = target.options;
        if (!options.sessionsUrl.isEmpty()) {
            if (const std::optional<QString> problem
                = AdminEndpointSource::checkBaseUrl(QUrl{options.sessionsUrl}))
                return usageError(QStringLiteral("evidence: --sessions: ") + *problem);
        }
        if (!options.repoDir.isEmpty() && !QFileInfo{options.repoDir}.isDir())
            return usageError(
                Text::tr("evidence: --repo %1 is not a directory").arg(options.repoDir));
        if (targets.size() > 1 && !options.hasDatabase)
            return usageError(Text::tr("evidence: the profile %1 has no database target; a "
                                       "bundle of several targets watches a database each")
                                  .arg(options.profile));
    }
    // A missing key is told now, not after the window.
    const QString signingKey = parser.value(QStringLiteral("sign"));
    if (parser.isSet(QStringLiteral("sign"))) {
        if (const Result<GnuPG::SecretKey> key = GnuPG::findSecretKey(signingKey); !key)
            return usageError(QStringLiteral("evidence: --sign: ") + key.error().toString());
    }

    if (targets.size() > 1) {
        const SeveralTargets observed
            = observeSeveral(targets, duration, parser.isSet(QStringLiteral("include-queries")));
        const int sealed
            = seal(out, EvidenceCapture::bundleFiles(observed.set, observed.screenshots),
                signingKey, observed.set.summaryLine());
        if (sealed != 0)
            return sealed;
        if (!observed.samplesMissing.isEmpty())
            return usageError(Text::tr("evidence: written, but no sample was taken from %1")
                                  .arg(observed.samplesMissing.join(QStringLiteral(", "))));
        return observed.set.exitStatus();
    }

    const Baseline* baseline = &targets.first().baseline;
    const TargetOptions& options = targets.first().options;
    EvidenceCollector::Inputs inputs;
    inputs.repoDir = options.repoDir;
    inputs.sessionsUrl = options.sessionsUrl;
    inputs.includeQueries = parser.isSet(QStringLiteral("include-queries"));
    inputs.intervalSeconds = static_cast<int>(options.interval.count());

    EvidenceReport report;
    QImage screenshot;
    if (!options.hasDatabase) {
        // A source-plane bundle (CI): nothing to watch over time, no live data to show.
        const EvidenceCollector collector{*baseline, nullptr};
        inputs.sourceFindings = EvidenceCollector::sourceFindings(*baseline, options.repoDir);
        const SessionsProbe::Outcome sessions = collectSessions(*baseline, options, nullptr);
        inputs.sessions = sessions.sessions;
        inputs.canary = sessions.canary;
        inputs.noCanaryReason = sessions.noCanaryReason;
        report = collector.report(inputs, QDateTime::currentDateTimeUtc());
    } else {
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

        const SessionsProbe::Outcome sessions
            = collectSessions(*baseline, options, window.monitor());
        inputs.sessions = sessions.sessions;
        inputs.canary = sessions.canary;
        inputs.noCanaryReason = sessions.noCanaryReason;

        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        report = collector.report(inputs, QDateTime::currentDateTimeUtc());
        screenshot = EvidenceCapture::screenshot(window, report);
    }

    if (const int sealed = seal(out, EvidenceCapture::bundleFiles(report, screenshot), signingKey,
            report.summaryLine());
        sealed != 0)
        return sealed;
    if (options.hasDatabase && report.samples == 0)
        return usageError(Text::tr("evidence: written, but no sample was taken from %1")
                              .arg(Redaction::redact(report.target)));
    return report.exitStatus();
}

} // namespace opsdash
