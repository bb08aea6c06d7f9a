// The main window in German, as a German-speaking user sees it: built once in English and
// once in German (the same translators `opsdash --lang de` installs), every visible text —
// labels, buttons, actions, menus, tab titles, tooltips, combo box items, chart titles and
// table headers — must differ from its English counterpart unless it is a true invariant;
// long German words must not be cut off at 1280×720; Qt's own buttons speak German too.
#include "gui/window/MainWindow.h"
#include "i18n/Language.h"
#include "model/Baseline.h"
#include "support/DefaultBaseline.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QValueAxis>

using namespace opsdash;

namespace {

// Texts that read the same in every language. Each entry says why; a visible string equal
// in English and German passes only when nothing but these, numbers and punctuation is left.
struct Invariant
{
    const char* token;
    const char* why;
};
const Invariant Invariants[] = {
    {"opsdash", "the product's name"},
    {"PostgreSQL", "a product name"},
    {"max_connections", "a PostgreSQL setting, typed as is in postgresql.conf"},
    {"pg_stat_activity", "a PostgreSQL view name"},
    {"PID", "the operating system's process id, PostgreSQL's pid column"},
    {"SQL", "a language name"},
    {"Pool", "German uses the same word (Pool-Budget in the glossary)"},
    {"Status", "German uses the same word"},
    {"Filter", "German uses the same word"},
    {"Client", "German uses the same word (Client-Sitzung in the glossary)"},
    {"Info", "German uses the same word"},
    {"server.capacity", "a check id users paste into sign-off notes"},
    {"ms", "unit (milliseconds)"},
    {"min", "unit (minutes)"},
    {"s", "unit (seconds)"},
    {"h", "unit (hours)"},
    {"F5", "a key name, the same on German keyboards"},
    {"UTC", "the time standard's name (View → Time zone)"},
    {"Server", "German uses the same word (View → Time zone → Server)"},
};

using Texts = QMap<QString, QString>; // where (object path and property) → text

QString plain(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

QString pathOf(const QObject* object)
{
    QStringList parts;
    for (const QObject* o = object; o != nullptr; o = o->parent()) {
        QString name = o->objectName();
        if (name.isEmpty()) {
            int index = 0;
            if (const QObject* parent = o->parent()) {
                for (const QObject* sibling : parent->children()) {
                    if (sibling == o)
                        break;
                    if (sibling->metaObject() == o->metaObject())
                        ++index;
                }
            }
            name = QStringLiteral("%1[%2]")
                       .arg(QLatin1String{o->metaObject()->className()})
                       .arg(index);
        }
        parts.prepend(name);
    }
    return parts.join(u'/');
}

void add(Texts& texts, const QString& where, const QString& text)
{
    const QString shown = plain(text).trimmed();
    if (!shown.isEmpty())
        texts.insert(where, shown);
}

void collectActions(Texts& texts, const QString& where, const QList<QAction*>& actions)
{
    for (const QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString path = where + u'/' + pathOf(action).section(u'/', -1);
        if (QMenu* menu = action->menu()) {
            add(texts, path + QStringLiteral(":title"), menu->title());
            collectActions(texts, path, menu->actions());
            continue;
        }
        add(texts, path + QStringLiteral(":text"), action->text());
        add(texts, path + QStringLiteral(":toolTip"), action->toolTip());
        add(texts, path + QStringLiteral(":statusTip"), action->statusTip());
    }
}

void collectChart(Texts& texts, const QString& where, QChart* chart)
{
    add(texts, where + QStringLiteral(":chartTitle"), chart->title());
    const QList<QAbstractAxis*> axes = chart->axes();
    for (int i = 0; i < axes.size(); ++i) {
        if (axes.at(i)->isVisible() && axes.at(i)->isTitleVisible())
            add(texts, where + QStringLiteral(":axis%1").arg(i), axes.at(i)->titleText());
    }
    const QList<QLegendMarker*> markers = chart->legend()->markers();
    for (int i = 0; i < markers.size(); ++i) {
        if (chart->legend()->isVisible() && markers.at(i)->isVisible())
            add(texts, where + QStringLiteral(":legend%1").arg(i), markers.at(i)->label());
    }
}

// Everything a user can read in `window` without opening a dialog.
Texts visibleTexts(QMainWindow& window)
{
    Texts texts;
    add(texts, QStringLiteral("window:title"), window.windowTitle());
    collectActions(texts, QStringLiteral("menuBar"), window.menuBar()->actions());
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&window) || qobject_cast<QMenu*>(widget) != nullptr)
            continue;
        const QString where = pathOf(widget);
        add(texts, where + QStringLiteral(":toolTip"), widget->toolTip());
        add(texts, where + QStringLiteral(":whatsThis"), widget->whatsThis());
        add(texts, where + QStringLiteral(":placeholder"),
            widget->property("placeholderText").toString());
        if (const auto* label = qobject_cast<QLabel*>(widget))
            add(texts, where + QStringLiteral(":text"), label->text());
        if (const auto* button = qobject_cast<QAbstractButton*>(widget))
            add(texts, where + QStringLiteral(":text"), button->text());
        if (const auto* group = qobject_cast<QGroupBox*>(widget))
            add(texts, where + QStringLiteral(":title"), group->title());
        if (const auto* toolBar = qobject_cast<QToolBar*>(widget)) {
            add(texts, where + QStringLiteral(":title"), toolBar->windowTitle());
            collectActions(texts, where, toolBar->actions());
        }
        if (const auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(texts, where + QStringLiteral(":item%1").arg(i), combo->itemText(i));
        }
        if (const auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(texts, where + QStringLiteral(":tab%1").arg(i), tabs->tabText(i));
                add(texts, where + QStringLiteral(":tabToolTip%1").arg(i), tabs->tabToolTip(i));
            }
        }
        if (const auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c) {
                add(texts, where + QStringLiteral(":header%1").arg(c),
                    view->model()->headerData(c, Qt::Horizontal).toString());
                add(texts, where + QStringLiteral(":headerToolTip%1").arg(c),
                    view->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
        if (auto* chartView = qobject_cast<QChartView*>(widget))
            collectChart(texts, where, chartView->chart());
    }
    return texts;
}

// True when `text` holds nothing a translator could translate.
bool isInvariant(const QString& text, const QStringList& dataTokens)
{
    QString rest = text;
    for (const QString& token : dataTokens)
        rest.replace(
            QRegularExpression{QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(token))},
            QString{});
    for (const Invariant& invariant : Invariants) {
        rest.replace(QRegularExpression{QStringLiteral("\\b%1\\b")
                                            .arg(QRegularExpression::escape(
                                                QLatin1String{invariant.token}))},
            QString{});
    }
    return !rest.contains(QRegularExpression{QStringLiteral("\\p{L}")});
}

void showAt1280x720(QMainWindow& window)
{
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
}

} // namespace

class TestGermanWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_germanwindow"));
        QSettings{}.clear();
    }

    void cleanup()
    {
        QSettings{}.clear(); // no window geometry carried from one case to the next
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void noVisibleStringIsLeftInEnglish()
    {
        QVERIFY(Language::apply(QStringLiteral("en")));
        Texts english;
        {
            MainWindow window{defaultBaseline(), TargetOptions{}};
            showAt1280x720(window);
            english = visibleTexts(window);
        }
        QVERIFY(Language::apply(QStringLiteral("de")));
        MainWindow window{defaultBaseline(), TargetOptions{}};
        showAt1280x720(window);
        const Texts german = visibleTexts(window);

        // Pool ids and the fallback pool name are the baseline's data, shown as they are.
        QStringList dataTokens;
        const Baseline baseline = defaultBaseline();
        for (const PoolSpec& pool : baseline.pools)
            dataTokens << pool.id;
        dataTokens << QString{Baseline::kMonitorPool} << baseline.attributionFallback;

        QVERIFY2(german.size() >= 20, qPrintable(QString::number(german.size())));
        QCOMPARE(german.keys(), english.keys()); // the same window, in two languages
        QStringList untranslated;
        for (auto it = german.cbegin(); it != german.cend(); ++it) {
            if (english.value(it.key()) == it.value() && !isInvariant(it.value(), dataTokens))
                untranslated << it.key() + QStringLiteral(": \"") + it.value() + u'"';
        }
        QVERIFY2(untranslated.isEmpty(),
            qPrintable(
                QStringLiteral("%1 visible string(s) still English:\n  ").arg(untranslated.size())
                + untranslated.join(QStringLiteral("\n  "))));
    }

    void germanFitsAt1280x720()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        MainWindow window{defaultBaseline(), TargetOptions{}};
        showAt1280x720(window);

        QStringList clipped;
        // A toolbar too narrow for its German labels hides actions behind "»".
        for (const QToolBar* toolBar : window.findChildren<QToolBar*>()) {
            for (const QWidget* child : toolBar->findChildren<QWidget*>()) {
                if (child->objectName() == QLatin1String{"qt_toolbar_ext_button"}
                    && child->isVisible())
                    clipped << pathOf(toolBar) + QStringLiteral(": actions moved behind »");
            }
        }
        for (const QWidget* widget : window.findChildren<QWidget*>()) {
            if (!widget->isVisible() || widget->parentWidget() == nullptr
                || qobject_cast<const QMenu*>(widget) != nullptr)
                continue;
            const auto* label = qobject_cast<const QLabel*>(widget);
            const bool singleLine
                = label != nullptr && !label->wordWrap() && !label->text().isEmpty();
            const bool control = qobject_cast<const QAbstractButton*>(widget) != nullptr
                || qobject_cast<const QComboBox*>(widget) != nullptr;
            if ((singleLine || control) && widget->width() < widget->minimumSizeHint().width()) {
                clipped << QStringLiteral("%1 is %2 px wide, needs %3")
                               .arg(pathOf(widget))
                               .arg(widget->width())
                               .arg(widget->minimumSizeHint().width());
            }
            if (control && widget->width() < widget->sizeHint().width()) {
                clipped << QStringLiteral("%1 is %2 px wide, its text needs %3")
                               .arg(pathOf(widget))
                               .arg(widget->width())
                               .arg(widget->sizeHint().width());
            }
        }
        const QString png = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/mainwindow-de-1280x720.png");
        QVERIFY2(window.grab().save(png), qPrintable(png));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    }

    void germanMnemonicsAreUniquePerMenu()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        MainWindow window{defaultBaseline(), TargetOptions{}};
        const auto mnemonic = [](const QString& text) {
            const qsizetype at = text.indexOf(u'&');
            return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar{};
        };
        QList<QList<QAction*>> groups{window.menuBar()->actions()};
        for (const QAction* top : window.menuBar()->actions()) {
            if (top->menu() != nullptr)
                groups << top->menu()->actions();
        }
        QStringList clashes;
        for (const QList<QAction*>& group : groups) {
            QHash<QChar, QString> seen;
            for (const QAction* action : group) {
                const QString text = action->menu() ? action->menu()->title() : action->text();
                const QChar key = mnemonic(text);
                if (key.isNull())
                    continue;
                if (seen.contains(key))
                    clashes << seen.value(key) + QStringLiteral(" / ") + text;
                seen.insert(key, text);
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    void standardButtonsAreGermanToo()
    {
        if (Language::qtTranslationFile(QStringLiteral("de")).isEmpty())
            QSKIP("Qt's German translation (Debian: qt6-translations-l10n, scripts/setup) is not "
                  "installed");
        QVERIFY(Language::apply(QStringLiteral("de")));
        QMessageBox box{QMessageBox::Question, QStringLiteral("opsdash"), QStringLiteral("?"),
            QMessageBox::Ok | QMessageBox::Cancel | QMessageBox::Close};
        // Some platform themes add a mnemonic: compare the words.
        QCOMPARE(box.button(QMessageBox::Cancel)->text().remove(u'&'), QStringLiteral("Abbrechen"));
        QCOMPARE(box.button(QMessageBox::Close)->text().remove(u'&'), QStringLiteral("Schließen"));
    }
};

QTEST_MAIN(TestGermanWindow)
#include "tst_germanwindow.moc"
