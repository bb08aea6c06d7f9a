#pragma once

#include "model/Acknowledgement.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTimer;

namespace opsdash {

class HistoryStore;

// The acknowledgements and mutes of one target (LiveTarget owns them, so every log that
// follows the target sees the same): made by the user, written to the target's history
// and read back from it on start, ended by the clock (a mute's time) or by the condition
// clearing (an acknowledgement). expired() tells the logs, which notify again for a
// condition still present. The clock is injectable, so tests need no sleeps.
class Acknowledgements final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Acknowledgements)

public:
    using Clock = std::function<QDateTime()>;

    // history may be null: nothing persisted (an AlertLog without a target).
    explicit Acknowledgements(HistoryStore* history, QObject* parent = nullptr);
    ~Acknowledgements() override;

    // The desktop's clock (UTC) unless a test gives its own; reschedules the next expiry.
    void setClock(Clock clock);
    QDateTime now() const;
    // The target the records name.
    void setTarget(const QString& target) { m_target = target; }

    Acknowledgement acknowledge(const QString& subject, const QString& note);
    Acknowledgement mute(const QString& subject, const QString& note, const QDateTime& until);

    std::optional<Acknowledgement> inForce(const QString& subject) const;
    // Every record known this run, read back ones included, oldest first.
    const QList<Acknowledgement>& all() const { return m_book.all(); }

    // The condition cleared at `at`: acknowledgements on it end.
    void conditionCleared(const QString& subject, const QDateTime& at);
    // Ends the mutes whose time has come (the timer calls it; tests too).
    void checkExpiries();
    // Reads back from the history the records in force now (they were made in an earlier run).
    void readBack();
    // Between readBack() and its answer: whether a condition is silenced is not known yet.
    bool isReadingBack() const { return m_readBack != 0; }

    // The OS user name, for `who`.
    static QString osUser();

signals:
    // A record was made, read back or ended.
    void changed();
    // A mute reached its time (at ended).
    void expired(const opsdash::Acknowledgement& mute);
    // readBack() answered (or failed): isReadingBack() is false again.
    void readBackDone();

private:
    void add(const Acknowledgement& acknowledgement);
    void persist(const QList<Acknowledgement>& records);
    void schedule();

    QPointer<HistoryStore> m_history;
    AcknowledgementBook m_book;
    Clock m_clock;
    QTimer* m_timer;
    QString m_target;
    quint64 m_readBack{0};
};

} // namespace opsdash
