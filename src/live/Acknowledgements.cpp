#include "Acknowledgements.h"

#include "history/HistoryStore.h"
#include "live/LiveLogging.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace opsdash {

namespace {
// A long timer would miss a changed clock (suspend, NTP): look again at least this often.
constexpr qint64 LongestWaitMs = 60'000;
} // namespace

Acknowledgements::Acknowledgements(HistoryStore* history, QObject* parent)
    : QObject{parent}
    , m_history{history}
    , m_clock{[] {
        return QDateTime::currentDateTimeUtc();
    }}
    , m_timer{new QTimer{this}}
{
    qRegisterMetaType<Acknowledgement>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Acknowledgements::checkExpiries);
    if (m_history != nullptr) {
        connect(m_history, &HistoryStore::rangeReady, this,
            [this](quint64 id, const HistoryRange& range) {
                if (m_readBack == 0 || id != m_readBack)
                    return;
                m_readBack = 0;
                for (const Acknowledgement& stored : range.acknowledgements)
                    m_book.add(stored);
                emit changed();
                checkExpiries(); // a mute that ended while the program was closed
                emit readBackDone();
            });
        connect(
            m_history, &HistoryStore::rangeFailed, this, [this](quint64 id, const Error& error) {
                if (m_readBack == 0 || id != m_readBack)
                    return;
                m_readBack = 0;
                qCWarning(lcLive) << "cannot read back acknowledgements:" << error.message;
                emit readBackDone();
            });
    }
}

Acknowledgements::~Acknowledgements() = default;

void Acknowledgements::setClock(Clock clock)
{
    m_clock = std::move(clock);
    schedule();
}

QDateTime Acknowledgements::now() const
{
    return m_clock().toUTC();
}

QString Acknowledgements::osUser()
{
    if (const passwd* entry = getpwuid(geteuid()); entry != nullptr && entry->pw_name != nullptr)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QString::number(geteuid()) : user;
}

Acknowledgement Acknowledgements::acknowledge(const QString& subject, const QString& note)
{
    Acknowledgement made{QUuid::createUuid().toString(QUuid::WithoutBraces), subject, m_target,
        Acknowledgement::Kind::Ack, osUser(), now(), note, {}, {}};
    add(made);
    return made;
}

Acknowledgement Acknowledgements::mute(
    const QString& subject, const QString& note, const QDateTime& until)
{
    Acknowledgement made{QUuid::createUuid().toString(QUuid::WithoutBraces), subject, m_target,
        Acknowledgement::Kind::Mute, osUser(), now(), note, until.toUTC(), {}};
    add(made);
    return made;
}

std::optional<Acknowledgement> Acknowledgements::inForce(const QString& subject) const
{
    return m_book.inForce(subject, now());
}

void Acknowledgements::conditionCleared(const QString& subject, const QDateTime& at)
{
    const QList<Acknowledgement> ended = m_book.conditionCleared(subject, at);
    if (ended.isEmpty())
        return;
    persist(ended);
    emit changed();
}

void Acknowledgements::checkExpiries()
{
    const QList<Acknowledgement> ended = m_book.expire(now());
    persist(ended);
    if (!ended.isEmpty())
        emit changed();
    for (const Acknowledgement& mute : ended)
        emit expired(mute);
    schedule();
}

void Acknowledgements::readBack()
{
    if (m_history == nullptr)
        return;
    const QDateTime at = now();
    m_readBack = m_history->requestRange(at, at, 1);
}

void Acknowledgements::add(const Acknowledgement& acknowledgement)
{
    m_book.add(acknowledgement);
    persist({acknowledgement});
    emit changed();
    schedule();
}

void Acknowledgements::persist(const QList<Acknowledgement>& records)
{
    if (m_history == nullptr)
        return;
    for (const Acknowledgement& record : records)
        m_history->recordAcknowledgement(record);
}

void Acknowledgements::schedule()
{
    const QDateTime next = m_book.nextExpiry();
    if (!next.isValid()) {
        m_timer->stop();
        return;
    }
    m_timer->start(static_cast<int>(std::clamp<qint64>(now().msecsTo(next), 0, LongestWaitMs)));
}

} // namespace opsdash
