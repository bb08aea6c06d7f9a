#include "gui/window/WindowTitle.h"

#include "gui/drift/DriftModel.h"
#include "model/StatusCounts.h"

#include <QWidget>

namespace opsdash {

WindowTitle::WindowTitle(QWidget* window, DriftModel* drift, StaleData* stale)
    : QObject{window}
    , m_window{window}
    , m_drift{drift}
    , m_stale{stale}
{
    connect(stale, &StaleData::changed, this, &WindowTitle::update);
    connect(drift, &QAbstractItemModel::modelReset, this, &WindowTitle::update);
    connect(drift, &QAbstractItemModel::layoutChanged, this, &WindowTitle::update);
    connect(drift, &QAbstractItemModel::dataChanged, this, &WindowTitle::update);
    connect(drift, &QAbstractItemModel::rowsInserted, this, &WindowTitle::update);
    connect(drift, &QAbstractItemModel::rowsRemoved, this, &WindowTitle::update);
    update();
}

WindowTitle::~WindowTitle() = default;

void WindowTitle::setTargetName(const QString& name)
{
    m_targetName = name;
    update();
}

QString WindowTitle::text() const
{
    QStringList parts{QStringLiteral("opsdash")};
    if (!m_targetName.isEmpty())
        parts << m_targetName;
    switch (m_stale->reason()) {
    case StaleData::Reason::Live:
        break;
    case StaleData::Reason::Paused:
        // Paused wins, and a target that is down as well is not hidden behind it.
        parts << tr("paused");
        if (m_stale->isDisconnected())
            parts << tr("disconnected");
        break;
    case StaleData::Reason::Disconnected:
        parts << tr("disconnected");
        break;
    }
    // The worst status only: fail, then missing, then unknown.
    const StatusCounts counts = StatusCounts::of(m_drift->findings());
    // English has no plural file: the one and the many are two texts.
    if (counts.fail == 1)
        parts << tr("1 check fails");
    else if (counts.fail > 1)
        parts << tr("%1 checks fail").arg(counts.fail);
    else if (counts.missing > 0)
        parts << tr("%1 missing").arg(counts.missing);
    else if (counts.unknown > 0)
        parts << tr("%1 unknown").arg(counts.unknown);
    else if (counts.pass > 0 && counts.notChecked == 0)
        parts << tr("all checks pass");
    return parts.join(QStringLiteral(" — "));
}

void WindowTitle::update()
{
    m_window->setWindowTitle(text());
}

} // namespace opsdash
