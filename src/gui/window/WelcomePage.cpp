#include "gui/window/WelcomePage.h"

#include "ui_WelcomePage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>

namespace opsdash {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget{parent}
    , m_ui{std::make_unique<Ui::WelcomePage>()}
    , m_demoScript{findDemoScript()}
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("welcomePage"));
    QFont title = m_ui->title->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    m_ui->title->setFont(title);
    if (m_demoScript.isEmpty()) {
        m_ui->demoExplanation->setText(
            tr("The demo is scripts/demo in the opsdash source tree: it brings up a throwaway "
               "PostgreSQL with the real postgres.js and Go pools and a sample monorepo, then "
               "opens opsdash on it. This opsdash was not started from a source tree, so run "
               "it from a checkout: scripts/demo (docs/demo.md)."));
        m_ui->openDemoButton->setText(tr("How to run the &demo"));
    } else {
        m_ui->demoExplanation->setText(
            tr("“Open the demo” runs %1: it builds, brings up a throwaway PostgreSQL with the "
               "real postgres.js and Go pools and a sample monorepo, and opens a second "
               "opsdash window on it; closing that window tears everything down. If packages "
               "are missing it needs sudo: then run it from a terminal instead.")
                .arg(QDir::toNativeSeparators(m_demoScript)));
    }
    connect(m_ui->addTargetButton, &QPushButton::clicked, this, &WelcomePage::addTargetRequested);
    connect(m_ui->openDemoButton, &QPushButton::clicked, this, &WelcomePage::openDemo);
}

WelcomePage::~WelcomePage() = default;

QString WelcomePage::findDemoScript()
{
    // A build directory inside the checkout: build/src/opsdash or build/src/app/opsdash.
    QDir dir{QCoreApplication::applicationDirPath()};
    for (int up = 0; up < 5; ++up) {
        const QFileInfo script{dir.filePath(QStringLiteral("scripts/demo"))};
        if (script.isFile() && script.isExecutable()
            && QFileInfo::exists(dir.filePath(QStringLiteral("demo"))))
            return script.absoluteFilePath();
        if (!dir.cdUp())
            break;
    }
    return {};
}

void WelcomePage::openDemo()
{
    if (m_demoScript.isEmpty()) {
        QMessageBox::information(this, tr("The demo"), m_ui->demoExplanation->text());
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Open the demo"),
        tr("Run %1 now? It opens its own opsdash window when the platform is up.")
            .arg(QDir::toNativeSeparators(m_demoScript)));
    if (answer != QMessageBox::Yes)
        return;
    const QString root
        = QFileInfo{m_demoScript}.absoluteDir().absoluteFilePath(QStringLiteral(".."));
    if (!QProcess::startDetached(m_demoScript, {}, QDir::cleanPath(root))) {
        QMessageBox::warning(
            this, tr("Open the demo"), tr("Could not start %1.").arg(m_demoScript));
        return;
    }
    m_ui->demoExplanation->setText(
        tr("Started %1. Its window opens when the platform is up; its messages go to the "
           "terminal opsdash was started from, if any.")
            .arg(QDir::toNativeSeparators(m_demoScript)));
}

} // namespace opsdash
