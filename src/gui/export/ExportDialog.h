#pragma once

#include "gui/export/TableExport.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QTableView;

namespace Ui {
class ExportDialog;
}

namespace opsdash {

// A table the dialog can export: the panel's view (its filter and sort apply) and columns.
struct ExportSource
{
    QString id; // "sessions", "activity", "events": part of the proposed file name
    QString title; // translated, for the choice
    QPointer<QTableView> view;
    QList<ExportColumn> columns;
};

// File → Export… (docs/gui.md, Export): one of the window's tables, as shown, to CSV or JSON,
// with evidence's redaction (query texts as fingerprints unless the box is ticked). The file
// is written on a worker thread with QSaveFile, so a failure leaves any earlier file whole;
// the failure is shown in the dialog with the path and the reason, and the dialog stays open
// with the choices made. The proposed folder is the last one used, else the documents folder.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // Asks for the file (the "Browse…" button); tests answer it themselves.
    using FileChooser = std::function<QString(const QString& proposed, const QString& filter)>;

    explicit ExportDialog(QList<ExportSource> sources, QWidget* parent = nullptr);
    ~ExportDialog() override;

    void setFileChooser(FileChooser chooser);
    bool selectTable(const QString& id);
    void setFormat(TableExport::Format format);
    TableExport::Format format() const;
    void setIncludeQueryTexts(bool include);
    void setPath(const QString& path);
    QString path() const;
    QString errorText() const; // empty when the last export did not fail
    bool isWriting() const { return m_writing; }

    // "Export…" with Ctrl+Shift+E for window's File menu: opens a dialog (not modal) on the
    // tables sources() lists when triggered.
    static QAction* createAction(QWidget* window, std::function<QList<ExportSource>()> sources);

    // The last folder an export went to, else the documents folder (else home).
    static QString startFolder();

    // Writes the chosen table (what "Save" does); emits exported() when done.
    void exportNow();

signals:
    // error empty on success (the dialog then closes).
    void exported(const QString& path, const QString& error);

private:
    const ExportSource* current() const;
    void sourceChanged();
    void formatChanged();
    void browse();
    void finish(const QString& path, const QString& error);

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QList<ExportSource> m_sources;
    FileChooser m_choose;
    bool m_writing{false};
};

} // namespace opsdash
