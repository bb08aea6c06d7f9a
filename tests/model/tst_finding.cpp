// Finding's status words: one word per status, the same in tables, counts, reports and JSON
// ("not-checked", never "not checked"), and each word reads back as its status.
#include "model/Finding.h"
#include "model/StatusCounts.h"

#include <QTest>

using namespace opsdash;

class TestFinding : public QObject
{
    Q_OBJECT

private slots:
    void eachStatusHasOneWord_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("word");
        QTest::newRow("pass") << int(CheckStatus::Pass) << "pass";
        QTest::newRow("fail") << int(CheckStatus::Fail) << "fail";
        QTest::newRow("unknown") << int(CheckStatus::Unknown) << "unknown";
        QTest::newRow("missing") << int(CheckStatus::Missing) << "missing";
        QTest::newRow("not-checked, with a hyphen")
            << int(CheckStatus::NotChecked) << "not-checked";
    }
    void eachStatusHasOneWord()
    {
        QFETCH(int, status);
        QFETCH(QString, word);
        const auto checkStatus = static_cast<CheckStatus>(status);
        // Untranslated (no translator installed): the shown word is the machine name.
        QCOMPARE(statusWord(checkStatus), word);
        QCOMPARE(toString(checkStatus), word);
        QCOMPARE(checkStatusFromString(statusWord(checkStatus)), std::optional{checkStatus});
    }

    void notCheckedAloneDoesNotFailARun()
    {
        Finding notChecked;
        notChecked.status = CheckStatus::NotChecked;
        Finding passed;
        passed.status = CheckStatus::Pass;
        QCOMPARE(exitStatusFor({notChecked, passed}), 0);
        Finding unknown;
        unknown.status = CheckStatus::Unknown;
        QCOMPARE(exitStatusFor({notChecked, unknown}), 1);
        QCOMPARE(StatusCounts::of({notChecked, passed, unknown}).count(CheckStatus::NotChecked), 1);
    }
};

QTEST_GUILESS_MAIN(TestFinding)
#include "tst_finding.moc"
