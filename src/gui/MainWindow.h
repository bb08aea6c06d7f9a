#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace opsdash {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showBaselineSummary();
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel* m_connectionState{nullptr};
};

} // namespace opsdash
