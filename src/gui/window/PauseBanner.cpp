#include "gui/window/PauseBanner.h"

#include "clock/Clock.h"
#include "gui/common/Palette.h"
#include "gui/common/TimeDisplay.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <utility>

namespace opsdash {

PauseBanner::PauseBanner(QAction* pause, QWidget* parent)
    : QFrame{parent}
    , m_label{new QLabel{this}}
{
    setObjectName(QStringLiteral("pauseBanner"));
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("pauseBannerText"));
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    auto* resume = new QPushButton{tr("Resume"), this};
    resume->setObjectName(QStringLiteral("pauseBannerResume"));
    resume->setToolTip(tr("Resume polling (Space)"));
    // A click must not leave the focus on the button: Space would then press it again.
    resume->setFocusPolicy(Qt::TabFocus);
    connect(resume, &QPushButton::clicked, pause, [pause] { pause->setChecked(false); });
    auto* layout = new QHBoxLayout{this};
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(resume);
    restyle();
    connect(pause, &QAction::toggled, this, &PauseBanner::follow);
    connect(&TimeDisplay::instance(), &TimeDisplay::changed, this, &PauseBanner::render);
    follow(pause->isChecked());
}

PauseBanner::~PauseBanner() = default;

QString PauseBanner::text() const
{
    return m_label->text();
}

void PauseBanner::follow(bool paused)
{
    m_since = paused ? Clock::current().nowUtc() : QDateTime{};
    m_disconnectedWhenPaused = paused && m_disconnected;
    render();
    setVisible(paused);
}

void PauseBanner::setDisconnected(bool disconnected)
{
    if (std::exchange(m_disconnected, disconnected) != disconnected)
        render();
}

void PauseBanner::render()
{
    if (!m_since.isValid())
        return;
    const QString since = TimeDisplay::format(m_since, DisplayZone::Style::TimeOfDay);
    if (!m_disconnected)
        m_label->setText(tr("PAUSED since %1 — press Space or Resume").arg(since));
    else if (m_disconnectedWhenPaused)
        m_label->setText(
            tr("PAUSED since %1 — the target was disconnected when paused and still is — press "
               "Space or Resume")
                .arg(since));
    else
        m_label->setText(
            tr("PAUSED since %1 — the target is disconnected — press Space or Resume").arg(since));
}

void PauseBanner::restyle()
{
    // The warning colour as a band, in both themes; only these two roles are set, the rest
    // follows the theme.
    QPalette palette;
    const QColor band = Palette::warning();
    palette.setColor(QPalette::Window, band);
    palette.setColor(QPalette::WindowText, band.lightness() > 140 ? Qt::black : Qt::white);
    setPalette(palette);
}

} // namespace opsdash
