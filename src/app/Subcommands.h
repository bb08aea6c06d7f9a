#pragma once

class QCommandLineParser;

namespace opsdash {

// One function per implemented subcommand, each in its own <Name>Command.cpp. Each
// returns an ExitStatus value (CommandLine.h).
int runBaselineCommand(const QCommandLineParser& parser);
int runBaselineInitCommand(const QCommandLineParser& parser);
int runProbeCommand(const QCommandLineParser& parser);
int runSessionsCommand(const QCommandLineParser& parser);
int runVerifyCommand(const QCommandLineParser& parser);
int runSnapshotCommand(const QCommandLineParser& parser);
int runEvidenceCommand(const QCommandLineParser& parser);
int runRulesCommand(const QCommandLineParser& parser);
int runServeCommand(const QCommandLineParser& parser);

} // namespace opsdash
