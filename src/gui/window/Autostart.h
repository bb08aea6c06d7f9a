#pragma once

#include <QObject>

#include <functional>

class QAction;
class QThread;

namespace opsdash {

// "Start with the desktop session": the XDG autostart entry the package ships
// (/usr/share/opsdash/autostart/opsdash.desktop, `opsdash --minimized`; built in here too)
// copied to $XDG_CONFIG_HOME/autostart/opsdash.desktop, or removed from there. Off by
// default: nothing is installed in /etc/xdg/autostart. The file is read and written on a
// worker thread, never on the UI thread.
class Autostart final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autostart)

public:
    explicit Autostart(QObject* parent = nullptr);
    ~Autostart() override;

    // Checkable; checked while the user's entry exists (known once the worker has looked).
    QAction* action() const { return m_action; }

    // $XDG_CONFIG_HOME/autostart/opsdash.desktop (~/.config/autostart/…).
    static QString entryPath();
    // What the entry holds: the shipped file.
    static QByteArray entry();
    // Writes or removes the user's entry; empty when done, else why not.
    static QString write(bool enabled);

signals:
    // The entry could not be written or removed; the action shows the state on disk.
    void failed(const QString& message);

private:
    void apply(bool enabled);
    void look();
    // `work` on a worker thread, then `done` on this thread.
    void run(std::function<void()> work, std::function<void()> done);

    QAction* m_action;
    QThread* m_worker{nullptr};
    bool m_busy{false};
};

} // namespace opsdash
