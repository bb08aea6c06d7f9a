#pragma once

// A private copy of the fixture monorepo (tests/fixtures/monorepo) in a temporary
// directory, and the edits the tests make to it to produce drifted variants.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTemporaryDir>

// The fixture: a complete sample checkout matching the sign-off (resources/baselines/default.json).
#define OPSDASH_MONOREPO_FIXTURE OPSDASH_SOURCE_DIR "/tests/fixtures/monorepo"

struct MonorepoEdit
{
    enum class Op { Replace, Write, Remove, MakeDirectory };

    Op op{Op::Replace};
    QString path; // relative to the checkout
    QString from; // Replace: text that must occur exactly once
    QByteArray to; // Replace: the replacement; Write: the whole content

    static MonorepoEdit replace(const QString& path, const QString& from, const QString& to)
    {
        return {Op::Replace, path, from, to.toUtf8()};
    }
    static MonorepoEdit replace(const QString& path, const char* from, const char* to)
    {
        return replace(path, QString::fromUtf8(from), QString::fromUtf8(to));
    }
    static MonorepoEdit write(const QString& path, const QByteArray& content)
    {
        return {Op::Write, path, {}, content};
    }
    static MonorepoEdit write(const QString& path, const char* content)
    {
        return write(path, QByteArray{content});
    }
    static MonorepoEdit remove(const QString& path) { return {Op::Remove, path, {}, {}}; }
    static MonorepoEdit makeDirectory(const QString& path)
    {
        return {Op::MakeDirectory, path, {}, {}};
    }
};
Q_DECLARE_METATYPE(MonorepoEdit)
Q_DECLARE_METATYPE(QList<MonorepoEdit>)

class MonorepoCopy final
{
public:
    MonorepoCopy()
    {
        const QString source = QStringLiteral(OPSDASH_MONOREPO_FIXTURE);
        QDirIterator it{source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories};
        while (it.hasNext()) {
            const QString from = it.next();
            const QString relative = QDir{source}.relativeFilePath(from);
            const QString to = m_dir.filePath(relative);
            m_ok = m_ok && QDir{}.mkpath(QFileInfo{to}.path()) && QFile::copy(from, to);
            m_ok = m_ok
                && QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }

    bool isValid() const { return m_ok && m_dir.isValid(); }
    QString root() const { return m_dir.path(); }
    QString path(const QString& relative) const { return m_dir.filePath(relative); }

    // Applies an edit; on failure returns why (a test row that no longer matches the
    // fixture must fail loudly, not test the unchanged fixture).
    QString apply(const MonorepoEdit& edit) const
    {
        const QString file = path(edit.path);
        switch (edit.op) {
        case MonorepoEdit::Op::Replace: {
            QFile in{file};
            if (!in.open(QIODevice::ReadOnly))
                return QStringLiteral("cannot read ") + edit.path;
            QString text = QString::fromUtf8(in.readAll());
            in.close();
            if (text.count(edit.from) != 1)
                return QStringLiteral("'%1' occurs %2 times in %3")
                    .arg(edit.from)
                    .arg(text.count(edit.from))
                    .arg(edit.path);
            text.replace(edit.from, QString::fromUtf8(edit.to));
            return writeAll(file, text.toUtf8()) ? QString{}
                                                 : QStringLiteral("cannot write ") + edit.path;
        }
        case MonorepoEdit::Op::Write:
            QDir{}.mkpath(QFileInfo{file}.path());
            return writeAll(file, edit.to) ? QString{}
                                           : QStringLiteral("cannot write ") + edit.path;
        case MonorepoEdit::Op::Remove:
            return QFile::remove(file) ? QString{} : QStringLiteral("cannot remove ") + edit.path;
        case MonorepoEdit::Op::MakeDirectory:
            return QDir{}.mkpath(file) ? QString{} : QStringLiteral("cannot create ") + edit.path;
        }
        return QStringLiteral("unknown edit");
    }

private:
    static bool writeAll(const QString& file, const QByteArray& content)
    {
        QFile out{file};
        return out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && out.write(content) == content.size();
    }

    QTemporaryDir m_dir;
    bool m_ok{true};
};
