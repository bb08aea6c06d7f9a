#include "CanarySource.h"

#include "clock/Clock.h"
#include "clock/ClockTimer.h"
#include "sessions/SessionsLogging.h"
#include "sessions/TimeParsing.h"

#include <QTimer>

namespace opsdash {

CanarySource::CanarySource(Options options, QObject* parent)
    : QObject{parent}
    , m_options{std::move(options)}
    , m_endpoint{endpointUrl(m_options.baseUrl)}
    , m_fetch{HttpFetch::forSource(m_options, target(), this, &m_caError)}
    , m_timer{new ClockTimer{this}}
{
    m_timer->setInterval(m_options.interval);
    connect(m_timer, &ClockTimer::timeout, this, &CanarySource::check);
    for (const QByteArray& pair : m_options.cookie.split(';')) {
        const QByteArray trimmed = pair.trimmed();
        const qsizetype equals = trimmed.indexOf('=');
        if (equals > 0)
            m_cookies.append(QNetworkCookie{trimmed.left(equals), trimmed.mid(equals + 1)});
    }
    connect(m_fetch, &HttpFetch::received, this, &CanarySource::onReceived);
    connect(m_fetch, &HttpFetch::failed, this, &CanarySource::onFailed);
}

CanarySource::~CanarySource() = default;

QUrl CanarySource::endpointUrl(const QUrl& baseUrl)
{
    return HttpFetch::endpointUrl(baseUrl, kPath);
}

QString CanarySource::target() const
{
    return HttpFetch::display(m_endpoint);
}

bool CanarySource::isChecking() const
{
    return m_fetch->isRunning();
}

void CanarySource::start()
{
    m_timer->start();
    check();
}

void CanarySource::stop()
{
    m_timer->stop();
}

void CanarySource::check()
{
    if (m_fetch->isRunning())
        return;
    if (m_caError) {
        QTimer::singleShot(0, this, [this] { onFailed(*m_caError); });
        return;
    }
    QNetworkRequest request{m_endpoint};
    request.setRawHeader("Cookie", cookieHeader());
    request.setRawHeader("Accept", "application/json");
    m_fetch->get(request);
}

QByteArray CanarySource::cookieHeader() const
{
    QByteArrayList pairs;
    for (const QNetworkCookie& cookie : m_cookies)
        pairs.append(cookie.name() + '=' + cookie.value());
    return pairs.join("; ");
}

void CanarySource::adoptRotatedCookies(const QList<QNetworkCookie>& cookies)
{
    for (const QNetworkCookie& rotated : cookies) {
        for (QNetworkCookie& mine : m_cookies) {
            if (mine.name() == rotated.name() && !rotated.value().isEmpty()) {
                mine.setValue(rotated.value());
                qCDebug(lcSessions) << "the canary's session cookie was rotated by the server";
            }
        }
    }
}

void CanarySource::onReceived(const HttpFetch::Response& response)
{
    CanaryObservation observation;
    observation.url = target();
    observation.observedAt = Clock::current().nowUtc();
    if (response.status != 200) {
        observation.state = CanaryObservation::State::Failed;
        observation.error
            = HttpFetch::statusError(response.status, target(), tr("the canary cookie"));
        emit observed(observation);
        return;
    }
    adoptRotatedCookies(response.setCookies);

    Result<std::optional<QDateTime>, SourceError> parsed
        = CanaryCheck::parseSessionBody(response.body);
    if (!parsed) {
        observation.state = CanaryObservation::State::Failed;
        observation.error = std::move(parsed).error();
        observation.error->where = target();
        emit observed(observation);
        return;
    }
    const std::optional<QDateTime>& expires = parsed.value();
    if (!expires) {
        observation.state = CanaryObservation::State::NoSession;
        emit observed(observation);
        return;
    }
    const std::optional<QDateTime> date = parseHttpDate(response.date);
    if (!date) {
        // Without the server's clock the idle limit cannot be measured; the desktop's is no
        // substitute.
        observation.state = CanaryObservation::State::Failed;
        observation.error = SourceError{SourceError::Kind::MissingField,
            response.date.isEmpty() ? tr("the response has no Date header")
                                    : tr("the Date header '%1' is not an HTTP date")
                                          .arg(QString::fromLatin1(response.date.left(60))),
            target(), {}};
        emit observed(observation);
        return;
    }
    observation.state = CanaryObservation::State::Observed;
    observation.serverDate = *date;
    observation.expires = *expires;
    emit observed(observation);
}

void CanarySource::onFailed(const SourceError& error)
{
    CanaryObservation observation;
    observation.url = target();
    observation.observedAt = Clock::current().nowUtc();
    observation.state = CanaryObservation::State::Failed;
    observation.error = error;
    emit observed(observation);
}

} // namespace opsdash
