#pragma once

// Checks a JSON document against resources/schemas/<name> with a real JSON Schema
// validator (Python's jsonschema, Draft 2020-12; tests/support/validate-json), so the
// published schemas stay true to what opsdash prints.
#include <QProcess>
#include <QString>

// Empty when valid; otherwise the validator's complaint.
inline QString schemaViolations(const QString& schemaName, const QByteArray& document)
{
    QProcess validator;
    validator.start(
        QStringLiteral(OPSDASH_SOURCE_DIR "/tests/support/validate-json"), {schemaName});
    if (!validator.waitForStarted())
        return QStringLiteral("cannot start tests/support/validate-json: ")
            + validator.errorString();
    validator.write(document);
    validator.closeWriteChannel();
    if (!validator.waitForFinished(60000))
        return QStringLiteral("validate-json did not finish");
    if (validator.exitStatus() != QProcess::NormalExit || validator.exitCode() != 0) {
        const QString complaint = QString::fromUtf8(validator.readAllStandardError()).trimmed();
        return complaint.isEmpty() ? QStringLiteral("validate-json failed") : complaint;
    }
    return {};
}
