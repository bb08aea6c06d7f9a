#include "gui/window/Autostart.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

#include <memory>

namespace opsdash {

Autostart::Autostart(QObject* parent)
    : QObject{parent}
    , m_action{new QAction{tr("Start with the &desktop session"), this}}
{
    m_action->setObjectName(QStringLiteral("actionAutostart"));
    m_action->setCheckable(true);
    m_action->setEnabled(false); // until the worker has looked
    m_action->setStatusTip(
        tr("Start opsdash minimized when you log in (an entry in %1)").arg(entryPath()));
    connect(m_action, &QAction::triggered, this, &Autostart::apply);
    look();
}

Autostart::~Autostart()
{
    // A file of a few hundred bytes: let the worker finish rather than leave it running.
    if (m_worker != nullptr) {
        m_worker->wait();
        delete m_worker;
    }
}

void Autostart::run(std::function<void()> work, std::function<void()> done)
{
    m_busy = true;
    m_action->setEnabled(false);
    m_worker = QThread::create(std::move(work));
    connect(m_worker, &QThread::finished, this, [this, done = std::move(done)] {
        m_worker->wait();
        m_worker->deleteLater();
        m_worker = nullptr;
        m_busy = false;
        done();
    });
    m_worker->start();
}

QString Autostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/opsdash.desktop");
}

QByteArray Autostart::entry()
{
    QFile shipped{QStringLiteral(":/autostart/opsdash-autostart.desktop")};
    return shipped.open(QIODevice::ReadOnly) ? shipped.readAll() : QByteArray{};
}

QString Autostart::write(bool enabled)
{
    const QString path = entryPath();
    if (!enabled) {
        QFile file{path};
        if (file.exists() && !file.remove())
            return tr("%1 could not be removed: %2").arg(path, file.errorString());
        return {};
    }
    if (!QDir{}.mkpath(QFileInfo{path}.absolutePath()))
        return tr("the folder of %1 could not be made").arg(path);
    QSaveFile file{path};
    if (!file.open(QIODevice::WriteOnly) || file.write(entry()) < 0 || !file.commit())
        return tr("%1 could not be written: %2").arg(path, file.errorString());
    return {};
}

void Autostart::look()
{
    auto exists = std::make_shared<bool>(false);
    run([exists] { *exists = QFile::exists(entryPath()); },
        [this, exists] {
            m_action->setChecked(*exists);
            m_action->setEnabled(true);
        });
}

void Autostart::apply(bool enabled)
{
    if (m_busy)
        return;
    auto problem = std::make_shared<QString>();
    run([problem, enabled] { *problem = write(enabled); },
        [this, problem] {
            if (!problem->isEmpty())
                emit failed(*problem);
            look(); // the action shows what is on disk, whatever happened
        });
}

} // namespace opsdash
