#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace opsdash {

// What a first start shows instead of empty panels: add a target, or try the demo.
// "Open the demo" runs scripts/demo only when this binary sits in an opsdash source tree
// that has it; otherwise it says how to get it. It never pretends a demo is running.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

    // scripts/demo next to this binary's source tree (build dir inside it); empty if none.
    static QString findDemoScript();

signals:
    void addTargetRequested();

private:
    void openDemo();

    std::unique_ptr<Ui::WelcomePage> m_ui;
    QString m_demoScript;
};

} // namespace opsdash
