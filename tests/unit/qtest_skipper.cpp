// A QTest executable for scripts_test_skips (tests/unit/scripts-test-skips): it skips,
// passes or fails as OPSDASH_SKIPPER asks ("skip", "skip-row", "fail", anything else
// passes), exactly as a real test does, so that the skip check of scripts/test is proved on
// QTest's own output.
#include <QTest>

class QTestSkipper final : public QObject
{
    Q_OBJECT

private slots:
    void passes() { QVERIFY(true); }

    void mayBeSkipped_data()
    {
        QTest::addColumn<bool>("skipHere");
        QTest::newRow("first") << false;
        QTest::newRow("second (a row)") << true;
    }

    void mayBeSkipped()
    {
        QFETCH(bool, skipHere);
        const QByteArray mode = qgetenv("OPSDASH_SKIPPER");
        if (mode == "skip" || (mode == "skip-row" && skipHere))
            QSKIP("the skipper was asked to skip");
        QVERIFY2(mode != "fail", "the skipper was asked to fail");
    }
};

QTEST_GUILESS_MAIN(QTestSkipper)
#include "qtest_skipper.moc"
