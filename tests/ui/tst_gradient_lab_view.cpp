// The gradient lab in the window: its tab (Ctrl+5) builds, its curves appear for k = 2 and k = 20, it computes only
// while in front, refused settings are named and undone, its settings travel with the session, and decoupled
// straight-through's (tau_f, tau_b) map takes the MSE chart's place on demand, a click on it setting tau and tau_b.
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <optional>

#include "ui/text/Lessons.h"
#include "ui/panels/LessonPanel.h"
#include "ui/window/MainWindow.h"
#include "ui/charts/ChartPlot.h"
#include "ui/model/SessionFile.h"
#include "ui/panels/GradientLabPanel.h"
#include "ui/views/GradientLabView.h"
#include "ui/views/MicroscopeView.h"
#include "ui/views/TauMapWidget.h"

using namespace gumbel;
using namespace gumbel::ui;

class TstGradientLabView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void curvesAppear_data();
    void curvesAppear();
    void theLabRestsBehindAnotherTab();
    void aTypedTargetMakesTheObjectiveCustom();
    void refusedValuesAreNamedAndUndone();
    void settingsTravelWithTheSession();
    void lessonsSetUpTheLab();
    void decoupledMapTakesTheMseChartsPlace();
    void microscopeKeepsTheCloudOnTheCanvas_data();
    void microscopeKeepsTheCloudOnTheCanvas();
};

void TstGradientLabView::curvesAppear_data() {
    QTest::addColumn<int>("k");
    QTest::newRow("k = 2") << 2;
    QTest::newRow("k = 20") << 20;
}

void TstGradientLabView::curvesAppear() {
    QFETCH(int, k);
    ExplorerDocument document;
    QVERIFY(document.state().apply([k](ExplorerParameters& p) { p.k = k; p.m = 1; p.samples = 1000; }).ok());
    QVERIFY(document.gradientLab().apply([](GradientLabSettings& s) {
        s.samplesPerPoint = 1000;
        s.steps = 50;
        s.estimators = (1u << kEstimatorCount) - 1;  // all nine
    }).ok());
    MainWindow window(document);
    window.show();
    QVERIFY(window.showView("gradients"));
    QCOMPARE(window.currentViewName(), QString("gradients"));
    QTRY_VERIFY_WITH_TIMEOUT(document.gradientLab().complete(), 120000);
    QCoreApplication::processEvents();
    GradientLabView& view = window.gradientLabView();
    for (Estimator e : allEstimators()) {
        for (ChartPlot* chart : {view.varianceChart(), view.mseChart()}) {
            QCOMPARE(chart->seriesPoints(static_cast<int>(e)).size(), GradientLabLimits::kSweepPoints);
        }
        QCOMPARE(view.densityChart()->seriesPoints(static_cast<int>(e)).size(), 60);
    }
    QVERIFY(view.mseChart()->isSeriesVisible(GradientLabView::Marker));
    view.revealWholeRace();
    QCOMPARE(view.revealedSteps(), 50);
    QCOMPARE(view.raceChart()->seriesPoints(static_cast<int>(Estimator::Relaxed)).size(), 51);
    // Hiding an estimator removes its curves.
    QVERIFY(document.gradientLab().apply([](GradientLabSettings& s) { s.estimators &= ~1u; }).ok());
    QTRY_VERIFY_WITH_TIMEOUT(document.gradientLab().complete(), 120000);
    QCoreApplication::processEvents();
    QVERIFY(!view.mseChart()->isSeriesVisible(static_cast<int>(Estimator::Reinforce)));
    QVERIFY(view.mseChart()->isSeriesVisible(static_cast<int>(Estimator::GumbelRao)));
}

void TstGradientLabView::theLabRestsBehindAnotherTab() {
    ExplorerDocument document;
    MainWindow window(document);
    window.show();
    QVERIFY(window.showView("explorer"));
    QVERIFY(!document.gradientLab().active());
    QVERIFY(window.showView("gradients"));
    QVERIFY(document.gradientLab().active());
    QVERIFY(window.showView("sweep"));
    QVERIFY(!document.gradientLab().active());
}

void TstGradientLabView::aTypedTargetMakesTheObjectiveCustom() {
    ExplorerDocument document;
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.k = 3; p.m = 1; }).ok());
    MainWindow window(document);
    auto* panel = window.gradientLabView().findChild<GradientLabPanel*>();
    QVERIFY(panel != nullptr);
    QCOMPARE(panel->table()->rowCount(), 3);
    panel->table()->item(2, 0)->setText("0.25");
    const GradientLabSettings& s = document.gradientLab().settings();
    QCOMPARE(s.preset, ObjectivePreset::Custom);
    QCOMPARE(s.targetFor(3), (Eigen::VectorXd(3) << 0.45, 0, 0.25).finished());  // from the preset shown, one value changed
    QCOMPARE(s.weightsFor(3), (Eigen::VectorXd(3) << 1, 0, 0).finished());
    QVERIFY(document.isModified());
}

void TstGradientLabView::refusedValuesAreNamedAndUndone() {
    ExplorerDocument document;
    MainWindow window(document);
    auto* panel = window.gradientLabView().findChild<GradientLabPanel*>();
    panel->table()->item(0, 1)->setText("nan");
    QVERIFY(panel->problemLabel()->text().contains("nan"));
    QCOMPARE(panel->table()->item(0, 1)->text(), QLocale().toString(1.0, 'g', 6));
    panel->table()->item(1, 0)->setText("1e300");
    QVERIFY2(panel->problemLabel()->text().contains("t_1"), qPrintable(panel->problemLabel()->text()));
    // Switching every estimator off is refused: the last one stays on.
    for (Estimator e : allEstimators()) panel->estimatorBox(e)->setChecked(false);
    QVERIFY(document.gradientLab().settings().estimators != 0);
    QVERIFY(panel->problemLabel()->text().contains("estimator"));
}

void TstGradientLabView::settingsTravelWithTheSession() {
    QTemporaryDir dir;
    const QString path = dir.filePath("lab.gumbel.json");
    {
        ExplorerDocument document;
        QVERIFY(document.gradientLab().apply([](GradientLabSettings& s) {
            s.preset = ObjectivePreset::Uniform;
            s.conditional = 42;
            s.anneal = true;
            s.estimators = 0b110011100;  // ReinMax and decoupled straight-through among them
            s.leaveOneOutDraws = 7;
            s.gap = 0.5;
            s.backwardTau = 2.0;
        }).ok());
        document.setView(ViewId::Gradients);
        QVERIFY(document.saveTo(path).ok());
    }
    ExplorerDocument reopened;
    QSignalSpy views(&reopened, &ExplorerDocument::viewRequested);
    QVERIFY(reopened.open(path).ok());
    QCOMPARE(reopened.gradientLab().settings().preset, ObjectivePreset::Uniform);
    QCOMPARE(reopened.gradientLab().settings().conditional, 42);
    QVERIFY(reopened.gradientLab().settings().anneal);
    QCOMPARE(reopened.gradientLab().settings().estimators, 0b110011100u);
    QCOMPARE(reopened.gradientLab().settings().leaveOneOutDraws, 7);
    QCOMPARE(reopened.gradientLab().settings().gap, 0.5);
    QCOMPARE(reopened.gradientLab().settings().backwardTau, 2.0);
    QCOMPARE(views.value(0).value(0).value<ViewId>(), ViewId::Gradients);
    QVERIFY(!reopened.isModified());
    // A session written before the lab existed opens with the lab's defaults.
    Session old;
    old.parameters.k = 4;
    QJsonDocument json = QJsonDocument::fromJson(serializeSession(old));
    QJsonObject root = json.object();
    root.remove("gradientLab");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    QVERIFY(reopened.open(path).ok());
    QVERIFY(reopened.gradientLab().settings() == GradientLabSettings{});
    // A damaged lab section is refused with its name, and nothing changes.
    root["gradientLab"] = QJsonObject{{"conditional", -3}};
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    const Status bad = reopened.open(path);
    QVERIFY(!bad);
    QVERIFY2(QString::fromStdString(bad.error()).contains("gradientLab"), bad.error().c_str());
}

void TstGradientLabView::lessonsSetUpTheLab() {
    ExplorerDocument document;
    QVERIFY(document.gradientLab().apply([](GradientLabSettings& s) { s.conditional = 99; }).ok());
    MainWindow window(document);
    int found = 0;
    // Each lesson on the lab: its view, k and objective, the lab's other settings reset (K from 99 to 10).
    struct Expected {
        const char* id;
        const char* view;
        int k;
        ObjectivePreset preset;
        Estimator shown;
    };
    const Expected expected[] = {
        {"bias-variance", "gradients", 2, ObjectivePreset::Bernoulli, Estimator::Reinforce},
        {"rao-blackwell", "gradients", 2, ObjectivePreset::Bernoulli, Estimator::GumbelRao},
        {"microscope", "microscope", 3, ObjectivePreset::Bernoulli, Estimator::ReinMax},
        {"decoupled", "gradients", 5, ObjectivePreset::HitFirst, Estimator::DecoupledStraightThrough},
        {"annealing", "gradients", 2, ObjectivePreset::Bernoulli, Estimator::Relaxed},
    };
    for (const Expected& e : expected) {
        const int i = lessonIndex(QString::fromLatin1(e.id));
        QVERIFY2(i >= 0, e.id);
        ++found;
        QVERIFY(document.gradientLab().apply([](GradientLabSettings& s) { s.conditional = 99; }).ok());
        window.startLesson(i);
        QCOMPARE(window.currentViewName(), QString(e.view));
        QCOMPARE(document.parameters().k, e.k);
        const GradientLabSettings& s = document.gradientLab().settings();
        QCOMPARE(s.preset, e.preset);
        QCOMPARE(s.conditional, 10);
        QVERIFY2(s.shows(e.shown), e.id);
        const QString text = window.lessonPanel().text();
        QVERIFY2(!text.isEmpty() && !text.contains(QRegularExpression("\\b(nan|inf)\\b")), qPrintable(text.left(200)));
    }
    QVERIFY(document.gradientLab().settings().anneal);  // the annealing lesson's race follows a schedule
    QCOMPARE(document.gradientLab().settings().schedule, AnnealSchedule::Linear);
    QCOMPARE(found, 5);
}

void TstGradientLabView::decoupledMapTakesTheMseChartsPlace() {
    ExplorerDocument document;
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.k = 4; p.m = 1; p.samples = 1000; }).ok());
    QVERIFY(document.gradientLab().apply([](GradientLabSettings& s) { s.samplesPerPoint = 1000; s.steps = 20; }).ok());
    MainWindow window(document);
    window.resize(1500, 900);
    window.show();
    QVERIFY(window.showView("gradients"));
    GradientLabView& view = window.gradientLabView();
    // Without decoupled straight-through there is no map to ask for.
    QVERIFY(!view.mapButton()->isVisible());
    auto* panel = view.findChild<GradientLabPanel*>();
    panel->estimatorBox(Estimator::DecoupledStraightThrough)->setChecked(true);
    QVERIFY(view.mapButton()->isVisible());
    QVERIFY(view.mseChart()->isVisible());
    view.mapButton()->click();
    QVERIFY(document.gradientLab().settings().decoupledMap);
    QVERIFY(view.mapShown());
    QVERIFY(view.tauMap()->isVisible());
    QVERIFY(!view.mseChart()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(document.gradientLab().complete(), 120000);
    QCoreApplication::processEvents();
    const DecoupledMapResult& map = view.tauMap()->result();
    QVERIFY(map.finished);
    QCOMPARE(map.samples, DecoupledMapResult::kSamples);
    QCOMPARE(static_cast<int>(map.cells.size()), DecoupledMapResult::kPoints * DecoupledMapResult::kPoints);
    QVERIFY(view.tauMap()->best().valid);
    QVERIFY2(view.tauMap()->summary().startsWith("lowest"), qPrintable(view.tauMap()->summary()));
    // A click on a cell: its tau_f becomes tau, its tau_b the lab's tau_b.
    const QRectF r = view.tauMap()->mapRect();
    const QPoint cell = QPointF(r.left() + r.width() * 2.5 / 20, r.bottom() - r.height() * 15.5 / 20).toPoint();
    QCOMPARE(view.tauMap()->cellAt(cell), std::make_pair(2, 15));
    QTest::mouseClick(view.tauMap(), Qt::LeftButton, {}, cell);
    QCOMPARE(document.parameters().tau, map.taus[2]);
    QCOMPARE(document.gradientLab().settings().backwardTau, map.taus[15]);
    // Taking decoupled straight-through away brings the MSE chart back; the choice stays for next time.
    panel->estimatorBox(Estimator::DecoupledStraightThrough)->setChecked(false);
    QVERIFY(!view.mapButton()->isVisible());
    QVERIFY(view.mseChart()->isVisible());
    QVERIFY(document.gradientLab().settings().decoupledMap);
    QVERIFY(!document.gradientLab().settings().mapShown());
}

// The microscope fits the triangle and the cloud on its canvas (the lesson's 1920 x 1080 picture once lost the
// cloud's top and ReinMax's tip above the canvas), and the frame does not move while one steps through the samples.
void TstGradientLabView::microscopeKeepsTheCloudOnTheCanvas_data() {
    QTest::addColumn<double>("tau");
    QTest::addColumn<QSizeF>("canvas");
    for (double tau : {0.1, 1.0, 5.0}) {
        for (QSizeF size : {QSizeF(1150, 900), QSizeF(680, 690), QSizeF(320, 300)}) {
            QTest::addRow("tau %g, %gx%g", tau, size.width(), size.height()) << tau << size;
        }
    }
}

void TstGradientLabView::microscopeKeepsTheCloudOnTheCanvas() {
    QFETCH(double, tau);
    QFETCH(QSizeF, canvas);
    GradientLabSettings s;
    s.preset = ObjectivePreset::Bernoulli;
    s.estimators = (1u << kEstimatorCount) - 1;
    const Eigen::Vector3d theta = Eigen::Vector3d(0.5, 0.3, 0.2).array().log();
    const double margin = 40.0;
    const QRectF inside = QRectF(QPointF(0, 0), canvas).adjusted(-0.5, -0.5, 0.5, 0.5);
    MicroscopeView view;
    view.setCloudShown(true);
    std::optional<MicroscopeView::Frame> first;
    for (std::uint64_t n : {0u, 1u, 57u, 399u}) {
        const MicroscopeData d = computeMicroscope(theta, s, tau, 0, n, true);
        QVERIFY(d.ok());
        view.showData(d);
        const MicroscopeView::Frame frame = view.frameFor(canvas, margin);
        const double alone = std::min(canvas.width() - 2 * margin, (canvas.height() - 2 * margin) / (std::sqrt(3.0) / 2.0));
        QVERIFY2(frame.side >= 0.5 * alone - 1e-9, qPrintable(QString("side %1 of %2").arg(frame.side).arg(alone)));
        for (int i = 0; i < 3; ++i) QVERIFY(inside.contains(view.cornerOn(frame, i)));
        QVERIFY(inside.contains(view.tipOn(frame, d.exact)));
        int outside = 0, dots = 0;
        for (Estimator e : allEstimators()) {
            const auto at = static_cast<std::size_t>(e);
            for (Eigen::Index c = 0; c < d.cloud[at].cols(); ++c) {
                const QPointF tip = view.tipOn(frame, d.cloud[at].col(c));
                if (!inside.contains(tip)) ++outside;
                ++dots;
            }
        }
        // Away from heavy tails the whole cloud fits; at tau = 0.1 (relaxed estimates' tails) the triangle keeps half
        // its side and the few dots beyond are drawn on the edge: the frame holds the middle 99% along each axis.
        if (tau >= 1.0) QCOMPARE(outside, 0);
        QVERIFY2(outside <= dots / 20, qPrintable(QString("%1 of %2 dots beyond the canvas").arg(outside).arg(dots)));
        if (!first) first = frame;
        QCOMPARE(frame.side, first->side);
        QCOMPARE(frame.origin, first->origin);
    }
    // Without the cloud the triangle takes the whole canvas (arrows beyond it are drawn cut, hollow-headed).
    view.setCloudShown(false);
    const double alone = std::min(canvas.width() - 2 * margin, (canvas.height() - 2 * margin) / (std::sqrt(3.0) / 2.0));
    QCOMPARE(view.frameFor(canvas, margin).side, alone);
}

QTEST_MAIN(TstGradientLabView)
#include "tst_gradient_lab_view.moc"
