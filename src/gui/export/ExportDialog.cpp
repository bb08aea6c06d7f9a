#include "gui/export/ExportDialog.h"

#include "gui/common/StartFolder.h"
#include "model/SettingsKeys.h"
#include "ui_ExportDialog.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QThread>

#include <algorithm>

namespace opsdash {

ExportDialog::ExportDialog(QList<ExportSource> sources, QWidget* parent)
    : QDialog{parent}
    , m_ui{std::make_unique<Ui::ExportDialog>()}
    , m_sources{std::move(sources)}
{
    m_ui->setupUi(this);
    for (const ExportSource& source : std::as_const(m_sources))
        m_ui->tableChoice->addItem(source.title, source.id);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Export"));

    m_choose = [this](const QString& proposed, const QString& filter) {
        return QFileDialog::getSaveFileName(this, tr("Export to"), proposed, filter);
    };
    connect(m_ui->tableChoice, &QComboBox::currentIndexChanged, this, &ExportDialog::sourceChanged);
    connect(m_ui->jsonFormat, &QRadioButton::toggled, this, &ExportDialog::formatChanged);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::exportNow);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    sourceChanged();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setFileChooser(FileChooser chooser)
{
    m_choose = std::move(chooser);
}

bool ExportDialog::selectTable(const QString& id)
{
    const int index = m_ui->tableChoice->findData(id);
    if (index < 0)
        return false;
    m_ui->tableChoice->setCurrentIndex(index);
    return true;
}

void ExportDialog::setFormat(TableExport::Format format)
{
    (format == TableExport::Format::Json ? m_ui->jsonFormat : m_ui->csvFormat)->setChecked(true);
}

TableExport::Format ExportDialog::format() const
{
    return m_ui->jsonFormat->isChecked() ? TableExport::Format::Json : TableExport::Format::Csv;
}

void ExportDialog::setIncludeQueryTexts(bool include)
{
    m_ui->includeQueryTexts->setChecked(include);
}

void ExportDialog::setPath(const QString& path)
{
    m_ui->pathEdit->setText(path);
}

QString ExportDialog::path() const
{
    return m_ui->pathEdit->text().trimmed();
}

QString ExportDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString{};
}

QAction* ExportDialog::createAction(QWidget* window, std::function<QList<ExportSource>()> sources)
{
    auto* action = new QAction{tr("E&xport…"), window};
    action->setObjectName(QStringLiteral("actionExport"));
    action->setShortcut(QKeySequence{Qt::CTRL | Qt::SHIFT | Qt::Key_E});
    action->setToolTip(tr("Write the login sessions, the activity or the events, as shown, to "
                          "a CSV or JSON file"));
    connect(action, &QAction::triggered, window, [window, sources = std::move(sources)] {
        auto* dialog = new ExportDialog{sources(), window};
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    return action;
}

QString ExportDialog::startFolder()
{
    return StartFolder::of(SettingsKeys::ExportFolder);
}

const ExportSource* ExportDialog::current() const
{
    const int index = m_ui->tableChoice->currentIndex();
    return index < 0 || index >= m_sources.size() ? nullptr : &m_sources.at(index);
}

void ExportDialog::sourceChanged()
{
    const ExportSource* source = current();
    const bool queries = source != nullptr
        && std::any_of(source->columns.cbegin(), source->columns.cend(),
            [](const ExportColumn& column) { return column.query; });
    m_ui->includeQueryTexts->setEnabled(queries);
    const int rows
        = source != nullptr && source->view != nullptr && source->view->model() != nullptr
        ? source->view->model()->rowCount()
        : 0;
    m_ui->rowsLabel->setText(
        tr("%n row(s) as shown, after the table's filter and sort.", "", rows));
    if (source == nullptr)
        return;
    const QString name
        = QStringLiteral("opsdash-%1-%2.%3")
              .arg(source->id,
                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                  TableExport::extension(format()));
    m_ui->pathEdit->setText(QDir{startFolder()}.filePath(name));
}

void ExportDialog::formatChanged()
{
    // The proposed name follows the format; a name the user chose otherwise is kept.
    const QString text = path();
    const QFileInfo info{text};
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String{"csv"} && suffix != QLatin1String{"json"})
        return;
    m_ui->pathEdit->setText(
        text.left(text.size() - suffix.size()) + TableExport::extension(format()));
}

void ExportDialog::browse()
{
    const QString filter = format() == TableExport::Format::Csv ? tr("CSV files (*.csv)")
                                                                : tr("JSON files (*.json)");
    const QString chosen = m_choose ? m_choose(path(), filter) : QString{};
    if (!chosen.isEmpty())
        m_ui->pathEdit->setText(chosen);
}

void ExportDialog::exportNow()
{
    const ExportSource* source = current();
    const QString target = path();
    if (m_writing || source == nullptr || source->view == nullptr)
        return;
    if (target.isEmpty()) {
        finish(target, tr("Choose a file to export to."));
        return;
    }
    const TableExport::Table table
        = TableExport::shown(*source->view, source->columns, m_ui->includeQueryTexts->isChecked());
    auto content = std::make_shared<QByteArray>(TableExport::encode(table, format()));
    auto error = std::make_shared<QString>();
    m_writing = true;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    // The disk is a worker's business: the UI thread never waits on it.
    QThread* worker = QThread::create([target, content, error] {
        const Result<bool> written = TableExport::write(target, *content);
        if (!written)
            *error = written.error().message;
    });
    connect(worker, &QThread::finished, this, [this, worker, target, error] {
        worker->deleteLater();
        finish(target, *error);
    });
    worker->start();
}

void ExportDialog::finish(const QString& path, const QString& error)
{
    m_writing = false;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
    if (error.isEmpty()) {
        QSettings settings;
        SettingsKeys::ExportFolder.write(settings, QFileInfo{path}.absolutePath());
        m_ui->errorLabel->setVisible(false);
        emit exported(path, error);
        accept();
        return;
    }
    m_ui->errorLabel->setText(path.isEmpty()
            ? error
            : tr("Not exported to %1: %2").arg(QDir::toNativeSeparators(path), error));
    m_ui->errorLabel->setVisible(true);
    emit exported(path, error);
}

} // namespace opsdash
