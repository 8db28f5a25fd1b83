// A lecturer's projector (issue 15, finding 1): in presentation mode with a lesson open, at 1500 x 900, 1600 x 1000
// and 1920 x 1080, and one font step larger still, no control is narrower than its text needs, no number in the
// weights table is cut, no chart or heatmap title is cut, the lesson's title is larger than its text, and the
// temperature is shown large beside the views.
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QScrollBar>
#include <QSlider>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QtTest>

#include "ui/text/Language.h"
#include "ui/text/Lessons.h"
#include "ui/panels/LessonPanel.h"
#include "ui/window/MainWindow.h"
#include "ui/charts/ChartPlot.h"
#include "ui/model/ExplorerDocument.h"
#include "ui/model/GradientLab.h"
#include "ui/panels/ParameterPanel.h"
#include "ui/panels/WeightsEditor.h"
#include "ui/views/HeatmapWidget.h"
#include "ui/views/LegendStrip.h"

using namespace gumbel::ui;

class TstPresentationLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        original_ = QApplication::font();
    }
    void cleanup() { QApplication::setFont(original_); }  // a failed row leaves presentation mode's font behind
    void nothingTheRoomReadsIsCut_data();
    void nothingTheRoomReadsIsCut();
    void tauIsShownAndMovedFromEveryView();

private:
    QFont original_;
};

namespace {
// Waits until the window's layout has settled (no widget nor chart title moved for two looks in a row, 2 s at
// most): on a loaded machine, Qt Charts' own deferred layouts can take longer than any fixed wait.
void settle(QWidget& window) {
    QString previous;
    for (int i = 0; i < 40; ++i) {
        QTest::qWait(50);
        QString now;
        for (QWidget* w : window.findChildren<QWidget*>()) {
            if (!w->isVisible()) continue;
            const QRect g = w->geometry();
            now += QString("%1,%2,%3,%4;").arg(g.x()).arg(g.y()).arg(g.width()).arg(g.height());
            if (auto* chart = qobject_cast<ChartPlot*>(w)) now += chart->shownTitle() + chart->elidedTexts().join('|');
        }
        if (now == previous) return;
        previous = now;
    }
}

// The view tabs side by side, none cut and no scroll arrows: at 1500 px with the parameter panel open the corner's
// tau slider once took the room and "Temperatures" scrolled out of sight.
QString tabBarProblem(QWidget& window) {
    auto* tabs = window.findChild<QTabWidget*>();
    QTabBar* bar = tabs->tabBar();
    const int last = bar->tabRect(bar->count() - 1).right();
    if (last >= bar->width()) return QString("tabs need %1 px, the tab bar has %2").arg(last + 1).arg(bar->width());
    for (QToolButton* arrow : bar->findChildren<QToolButton*>()) {
        if (arrow->isVisible()) return QString("the tab bar shows scroll arrows");
    }
    return {};
}

QStringList clippedControls(QWidget& root) {
    QStringList problems;
    for (QWidget* w : root.findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != &root) continue;
        const QString name = QString("%1 '%2'").arg(w->metaObject()->className(), w->toolTip().left(40));
        if (auto* box = qobject_cast<QAbstractSpinBox*>(w)) {
            QLineEdit* edit = box->findChild<QLineEdit*>();
            const int needed = edit->fontMetrics().horizontalAdvance(edit->text()) + 4;
            if (edit->width() < needed) problems << QString("%1 shows '%2' in %3 px (needs %4)").arg(name, edit->text()).arg(edit->width()).arg(needed);
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (button->text().isEmpty() || qobject_cast<QDockWidget*>(button->parentWidget()) != nullptr) continue;
            if (button->width() < button->minimumSizeHint().width()) {
                problems << QString("%1 '%2' is %3 px wide (needs %4)").arg(name, button->text()).arg(button->width()).arg(button->minimumSizeHint().width());
            }
        } else if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull()) continue;
            if (label->width() < label->minimumSizeHint().width()) {
                problems << QString("label '%1' is %2 px wide (needs %3)").arg(label->text().left(40)).arg(label->width()).arg(label->minimumSizeHint().width());
            }
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText()) + 30;
            if (combo->width() < needed) problems << QString("%1 shows '%2' in %3 px").arg(name, combo->currentText()).arg(combo->width());
        }
    }
    return problems;
}
}  // namespace

void TstPresentationLayout::nothingTheRoomReadsIsCut_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("fontSteps");
    QTest::addColumn<QString>("language");
    QTest::newRow("1500 x 900") << QSize(1500, 900) << 0 << "en";
    QTest::newRow("1600 x 1000") << QSize(1600, 1000) << 0 << "en";
    QTest::newRow("1920 x 1080") << QSize(1920, 1080) << 0 << "en";
    QTest::newRow("1920 x 1080, Ctrl+plus") << QSize(1920, 1080) << 1 << "en";
    // German words are longer: the same checks in German, at the smallest and the usual projector.
    QTest::newRow("1500 x 900, German") << QSize(1500, 900) << 0 << "de";
    QTest::newRow("1920 x 1080, German") << QSize(1920, 1080) << 0 << "de";
}

void TstPresentationLayout::nothingTheRoomReadsIsCut() {
    QFETCH(QSize, size);
    QFETCH(int, fontSteps);
    QFETCH(QString, language);
    QVERIFY(installLanguage(language, language == "de" ? QLocale(QLocale::German, QLocale::Germany) : QLocale::c()));
    struct English {
        ~English() { installLanguage("en", QLocale::c()); }
    } restore;
    ExplorerDocument document;
    MainWindow window(document);
    window.resize(size);
    window.show();
    window.setPresentationMode(true);
    window.showNormal();  // as on a screen of that size
    window.resize(size);
    window.changeFontSize(fontSteps);
    for (const QString& view : viewNames()) {  // no lesson: the parameter panel beside the views
        QVERIFY(window.showView(view));
        settle(window);
        const QString problem = tabBarProblem(window);
        QVERIFY2(problem.isEmpty(), qPrintable(view + ", no lesson: " + problem));
    }
    for (int lesson = 0; lesson < static_cast<int>(lessons().size()); ++lesson) {
        window.startLesson(lesson);
        if (window.currentViewName() == "gradients") {  // the lab's charts with their results drawn
            QTRY_VERIFY_WITH_TIMEOUT(document.gradientLab().complete(), 300000);
        } else {  // the histograms' final titles (while they run, "N = 1,000 of 100,000" comes and goes)
            QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 300000);
        }
        settle(window);
        QCOMPARE(window.size(), size);
        const QString where = QString("lesson %1 (%2): ").arg(lesson + 1).arg(lessons()[static_cast<std::size_t>(lesson)].title);

        const QStringList controls = clippedControls(window);
        QVERIFY2(controls.isEmpty(), qPrintable(where + controls.join('\n')));
        const QString tabProblem = tabBarProblem(window);
        QVERIFY2(tabProblem.isEmpty(), qPrintable(where + tabProblem));

        // The weights table: every column as wide as its widest number, and every column inside the table's view.
        auto* table = window.findChild<WeightsEditor*>()->table();
        for (int c = 0; c < table->columnCount(); ++c) {
            for (int r = 0; r < table->rowCount(); ++r) {
                const int needed = table->fontMetrics().horizontalAdvance(table->item(r, c)->text());
                QVERIFY2(table->columnWidth(c) >= needed,
                         qPrintable(where + QString("column %1 row %2: '%3'").arg(c).arg(r).arg(table->item(r, c)->text())));
            }
        }
        QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width(),
                 qPrintable(where + QString("columns %1 px in a view of %2 px").arg(table->horizontalHeader()->length()).arg(table->viewport()->width())));

        for (ChartPlot* chart : window.findChildren<ChartPlot*>()) {
            if (!chart->isVisible()) continue;
            // Nothing Qt Charts drew is shortened with "...": not the title (broken into lines), not the axis
            // titles ("frequency, N = ..." hid N: what does not fit goes to the title), not the tick labels, not the
            // legend (smaller). The gradient lab's too, with its settings hidden in presentation mode.
            const QStringList elided = chart->elidedTexts();
            QVERIFY2(elided.isEmpty(), qPrintable(where + chart->shownTitle() + ": cut: " + elided.join(" | ")));
            // Legends as readable as the ticks, or nearly: at least 85% of the chart's font.
            if (chart->legendShown()) {
                QVERIFY2(chart->legendScale() >= 0.84,
                         qPrintable(where + chart->shownTitle() + QString(": legend at %1 of the font").arg(chart->legendScale())));
            }
        }
        // The gradient lab's shared legend: every entry on screen, in a font at least the application's.
        if (auto* legend = window.findChild<LegendStrip*>(); legend != nullptr && legend->isVisible()) {
            QVERIFY2(legend->height() >= legend->heightForWidth(legend->width()),
                     qPrintable(where + QString("legend %1 px high, needs %2").arg(legend->height()).arg(legend->heightForWidth(legend->width()))));
            QVERIFY(legend->font().pointSizeF() >= QApplication::font().pointSizeF());
            QVERIFY(legend->entries().size() >= 4);
        }
        for (HeatmapWidget* heatmap : window.findChildren<HeatmapWidget*>()) {
            if (heatmap->isVisible()) QVERIFY2(heatmap->titleFits(), qPrintable(where + heatmap->title()));
        }
        // The lesson's text, one paragraph a page in presentation mode: every page fits without scrolling.
        LessonPanel& panel = window.lessonPanel();
        QVERIFY(panel.paged());
        for (int page = 0; page < panel.pageCount(); ++page) {
            if (page > 0) QVERIFY(panel.nextPage());
            QCoreApplication::processEvents();
            QVERIFY2(panel.browser()->verticalScrollBar()->maximum() == 0,
                     qPrintable(where + QString("page %1 of %2 scrolls (%3 px more): %4").arg(page + 1).arg(panel.pageCount())
                                            .arg(panel.browser()->verticalScrollBar()->maximum()).arg(panel.text().left(60))));
        }
    }

    // The lesson's title is larger than its text; the temperature is written large beside the views.
    auto* lessonTitle = window.lessonPanel().findChild<QLabel*>();
    auto* lessonText = window.lessonPanel().findChild<QTextBrowser*>();
    QVERIFY(lessonTitle->font().pointSizeF() > lessonText->font().pointSizeF());
    window.startLesson(0);
    QCOMPARE(window.tauReadout(), QString::fromUtf8("\u03c4 = 1"));  // lesson 1 starts at tau = 1
    auto* readout = window.findChild<QLabel*>("tauReadout");
    QVERIFY(readout->isVisible());
    QVERIFY(readout->font().pointSizeF() >= 1.3 * QApplication::font().pointSizeF());
}

// Above the views, on every view: the readout follows the state, and its slider moves tau (the same log scale as
// the panel's slider); in the tau -> 0 limit the slider rests.
void TstPresentationLayout::tauIsShownAndMovedFromEveryView() {
    ExplorerDocument document;
    MainWindow window(document);
    window.show();
    auto* slider = window.findChild<QSlider*>("tauCornerSlider");
    QVERIFY(slider != nullptr);
    for (const QString& view : viewNames()) {
        QVERIFY(window.showView(view));
        QVERIFY2(slider->isVisible(), qPrintable(view));
    }
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.tau = 2.5; }));
    QCOMPARE(window.tauReadout(), QString::fromUtf8("\u03c4 = 2.5"));
    slider->setValue(slider->minimum());
    QCOMPARE(document.state().parameters().tau, ExplorerLimits::kSliderMinTau);
    slider->setValue(slider->maximum());
    QVERIFY(std::abs(document.state().parameters().tau - ExplorerLimits::kSliderMaxTau) < 1e-9);
    QCOMPARE(window.tauReadout(), QString::fromUtf8("\u03c4 = 10"));
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.hard = true; }));
    QVERIFY(!slider->isEnabled());
    QVERIFY(window.tauReadout().contains("hard"));
}

QTEST_MAIN(TstPresentationLayout)
#include "tst_presentation_layout.moc"
