#include "CommandLine.h"
#include "Console.h"
#include "Subcommands.h"
#include "TargetInputs.h"
#include "Version.h"
#include "gui/common/Theme.h"
#include "gui/targets/TargetSelector.h"
#include "gui/window/MainWindow.h"
#include "gui/window/Snapshot.h"
#include "live/LiveTarget.h"
#include "live/TargetFleet.h"
#include "model/BaselineLoader.h"
#include "pg/ActivityMonitor.h"
#include "pg/PgConnection.h"
#include "prom/PrometheusSource.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

namespace opsdash {

namespace {

// Text::tr() for this file; a class rather than a function so that lupdate files the strings
// under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCommand)
};

} // namespace

int runSnapshotCommand(const QCommandLineParser& parser)
{
    if (qobject_cast<QApplication*>(QCoreApplication::instance()) == nullptr)
        return usageError(Text::tr("snapshot: internal error: no GUI application"));
    const QString theme = parser.value(QStringLiteral("theme"));
    if (parser.isSet(QStringLiteral("theme")) && theme != QLatin1String{"light"}
        && theme != QLatin1String{"dark"})
        return usageError(Text::tr("snapshot: --theme must be light or dark, got '%1'").arg(theme));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(Text::tr("snapshot: --out FILE.png is required"));
    if (parser.isSet(QStringLiteral("panel"))
        && !Snapshot::panelNames().contains(parser.value(QStringLiteral("panel"))))
        return usageError(Text::tr("snapshot: --panel must be one of %1, got '%2'")
                              .arg(Snapshot::panelNames().join(QStringLiteral(", ")),
                                  parser.value(QStringLiteral("panel"))));

    const bool overview = parser.isSet(QStringLiteral("overview"));
    if (overview && (parser.isSet(QStringLiteral("db")) || parser.isSet(QStringLiteral("profile"))))
        return usageError(
            Text::tr("--overview and --db or --profile name different things; give one"));
    if (overview && parser.isSet(QStringLiteral("panel")))
        return usageError(Text::tr("snapshot: --overview and --panel capture different things; "
                                   "give one"));

    QSize size{1600, 1000};
    if (parser.isSet(QStringLiteral("size"))) {
        const QRegularExpressionMatch match
            = QRegularExpression{QStringLiteral("^(\\d{3,5})x(\\d{3,5})$")}.match(
                parser.value(QStringLiteral("size")));
        if (!match.hasMatch())
            return usageError(
                Text::tr("snapshot: --size must be WIDTHxHEIGHT, e.g. 1600x1000, got '%1'")
                    .arg(parser.value(QStringLiteral("size"))));
        size = QSize{match.captured(1).toInt(), match.captured(2).toInt()};
    }
    bool ok = true;
    const int wait = parser.isSet(QStringLiteral("wait"))
        ? parser.value(QStringLiteral("wait")).toInt(&ok)
        : 5;
    if (!ok || wait < 0 || wait > 3600)
        return usageError(
            Text::tr("snapshot: --wait must be whole seconds from 0 to 3600, got '%1'")
                .arg(parser.value(QStringLiteral("wait"))));

    std::variant<TargetInputs, int> inputs = readTargetInputs(parser, QStringLiteral("snapshot"));
    if (const int* status = std::get_if<int>(&inputs))
        return *status;
    const Baseline& baseline = std::get<TargetInputs>(inputs).baseline;
    TargetOptions& options = std::get<TargetInputs>(inputs).options;
    options.theme = theme;

    Theme::rememberSystemPalette();
    Theme::apply(Theme::fromName(theme).value_or(Theme::saved()));
    MainWindow window{baseline, options};
    window.resize(size);
    if (overview) {
        if (window.targetSelector()->store().names().isEmpty())
            return usageError(Text::tr("snapshot: --overview: no saved targets"));
        window.showOverview();
    }
    window.show();
    QEventLoop loop;
    QTimer::singleShot(std::chrono::seconds{wait}, &loop, &QEventLoop::quit);
    loop.exec();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);

    // Where and when, never credentials: the target as host:port/dbname.
    QString target = options.hasDatabase
        ? PgConnection::describeTarget(options.conninfo.toUtf8(), options.connectionParameters)
        : Text::tr("no target");
    // Team mode: the footer says where the data came from, the source's state if it failed.
    const PrometheusSource* prometheus
        = window.liveTarget() != nullptr ? window.liveTarget()->prometheus() : nullptr;
    if (prometheus != nullptr)
        target = window.liveTarget()->dataSource();
    QStringList notConnected; // of the overview's targets
    if (overview) {
        for (const WatchedTarget* watched : window.fleet()->targets()) {
            if (watched->target().link() != LiveTarget::Link::Live)
                notConnected << watched->name();
        }
        target = Text::tr("overview of %n target(s)", nullptr,
            static_cast<int>(window.fleet()->targets().size()));
    }
    const QString footer
        = Text::tr("%1 UTC · %2 · opsdash %3 · baseline %4 sha256 %5")
              .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                  target, QLatin1String{Version}, baseline.sourcePath,
                  QString::fromLatin1(baseline.sha256.left(16)));
    QWidget* captured = &window;
    if (parser.isSet(QStringLiteral("panel"))) {
        const QString name = parser.value(QStringLiteral("panel"));
        captured = Snapshot::findPanel(window, name);
        if (captured == nullptr)
            return usageError(
                Text::tr("snapshot: no panel '%1' in this build; known panels: %2")
                    .arg(name, Snapshot::availablePanels(window).join(QStringLiteral(", "))));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
    const QImage image = Snapshot::render(*captured, footer);
    if (!image.save(out, "PNG"))
        return usageError(Text::tr("snapshot: cannot write %1").arg(out));
    standardOutput() << out << Qt::endl;
    if (!notConnected.isEmpty())
        return usageError(Text::tr("snapshot: written, but %1 was not connected when captured")
                              .arg(notConnected.join(QStringLiteral(", "))));
    if (prometheus != nullptr && prometheus->state() != PrometheusSource::State::Reading)
        return usageError(
            Text::tr("snapshot: written, but %1 did not answer when captured: %2")
                .arg(target,
                    prometheus->lastError() ? prometheus->lastError()->toString() : QString{}));
    if (options.hasDatabase && window.monitor()->state() != ActivityMonitor::State::Connected)
        return usageError(
            Text::tr("snapshot: written, but %1 was not connected when captured").arg(target));
    return static_cast<int>(ExitStatus::Ok);
}

} // namespace opsdash
