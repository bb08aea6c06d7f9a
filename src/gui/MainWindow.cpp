#include "MainWindow.h"

#include "Version.h"
#include "model/BaselineLoader.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

namespace opsdash {

namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow{parent}
    , m_ui{std::make_unique<Ui::MainWindow>()}
{
    m_ui->setupUi(this);

    QFont title = m_ui->emptyStateTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    m_ui->emptyStateTitle->setFont(title);

    m_connectionState = new QLabel{tr("Not connected"), this};
    m_connectionState->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addWidget(m_connectionState);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    showBaselineSummary();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::showBaselineSummary()
{
    // The built-in baseline is a compiled-in resource: reading it touches no disk.
    const Result<Baseline> baseline = BaselineLoader::loadDefault();
    if (!baseline) {
        m_ui->baselineSummary->setText(
            tr("The built-in baseline is invalid: %1").arg(baseline.error().toString()));
        return;
    }
    m_ui->baselineSummary->setText(baseline->summaryLines().join(u'\n'));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About opsdash"),
        tr("<b>opsdash %1</b><p>Watches PostgreSQL connection pools, login sessions and "
           "configuration drift against a sign-off baseline.</p>")
            .arg(QLatin1String{Version}));
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
}

} // namespace opsdash
