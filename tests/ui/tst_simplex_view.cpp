#include <QPushButton>
#include <QtTest>

#include "ui/model/ExplorerState.h"
#include "ui/model/SimplexDensity.h"
#include "ui/views/SimplexView.h"

using namespace gumbel;
using namespace gumbel::ui;

class TstSimplexView : public QObject {
    Q_OBJECT
private slots:
    void densityIntegratesToOne_data();
    void densityIntegratesToOne();
    void viewShowsDensityAndSamplesForThreeCategories();
    void otherKOffersTheSwitch();
    void aDragDrawsACoarseLatticeThenTheFullOne();
    void regionSharesFollowPAndTheFixedScaleHolds();
};

void TstSimplexView::densityIntegratesToOne_data() {
    QTest::addColumn<double>("tau");
    QTest::addColumn<std::vector<double>>("weights");
    QTest::newRow("tau 1, uniform") << 1.0 << std::vector<double>{1, 1, 1};
    QTest::newRow("tau 0.7, (0.5, 0.3, 0.2)") << 0.7 << std::vector<double>{0.5, 0.3, 0.2};
    QTest::newRow("tau 2.5, (0.1, 0.6, 0.3)") << 2.5 << std::vector<double>{0.1, 0.6, 0.3};
}

void TstSimplexView::densityIntegratesToOne() {
    QFETCH(double, tau);
    QFETCH(std::vector<double>, weights);
    const SimplexDensity density(Distribution::fromWeights(weights).value(), tau, 800);
    QVERIFY2(std::fabs(density.integral() - 1.0) < 1e-2, qPrintable(QString::number(density.integral(), 'g', 8)));
    // No NaN anywhere near the edges, in log space.
    for (double x0 : {1e-12, 0.5, 1.0 - 1e-12}) QVERIFY(!std::isnan(density.logDensityAt(x0, (1.0 - x0) / 2)));
}

void TstSimplexView::viewShowsDensityAndSamplesForThreeCategories() {
    ExplorerState state;
    QVERIFY(state.apply([](ExplorerParameters& p) {
        p.k = 3;
        p.tau = 0.5;
    }).ok());
    SimplexView view;
    view.resize(700, 600);
    view.showState(state.parameters(), state.distribution());
    QVERIFY(view.density() != nullptr);
    QCOMPARE(view.samples().cols(), SimplexView::kSamples);
    QVERIFY(!view.switchButton()->isVisible());
    QVERIFY(!view.densityImage().isNull());
    QSet<QRgb> colours;  // a density shaded across the triangle, not a flat fill
    const QImage shown = view.grab().toImage();
    for (int y = 0; y < shown.height(); y += 5) {
        for (int x = 0; x < shown.width(); x += 5) colours.insert(shown.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, qPrintable(QString("%1 colours").arg(colours.size())));
    // Dragging tau redraws with the new density.
    const QImage before = view.densityImage();
    QVERIFY(state.apply([](ExplorerParameters& p) { p.tau = 2.0; }).ok());
    view.showState(state.parameters(), state.distribution());
    QVERIFY(view.densityImage() != before);
}

void TstSimplexView::otherKOffersTheSwitch() {
    ExplorerState state;  // k = 10
    SimplexView view;
    view.resize(700, 600);
    view.setVisible(true);
    view.showState(state.parameters(), state.distribution());
    QVERIFY(view.density() == nullptr);
    QVERIFY(view.switchButton()->isVisible());
    QSignalSpy spy(&view, &SimplexView::switchToThreeRequested);
    view.switchButton()->click();
    QCOMPARE(spy.count(), 1);
}

// Changes of tau in quick succession (a drag) draw the density on the coarse lattice; once they stop, the full
// lattice follows on its own, for the last tau.
void TstSimplexView::aDragDrawsACoarseLatticeThenTheFullOne() {
    ExplorerState state;
    QVERIFY(state.apply([](ExplorerParameters& p) { p.k = 3; }).ok());
    SimplexView view;
    view.resize(600, 500);
    view.showState(state.parameters(), state.distribution());
    QCOMPARE(view.density()->subdivisions(), SimplexView::kSubdivisions);  // a single change: full at once
    // Every change below comes within the gap, however slowly a loaded machine runs this test (CI once took
    // longer than 150 ms between two of them).
    view.setDragGap(600000);
    for (double tau : {0.3, 0.35, 0.4, 0.45}) {
        QVERIFY(state.apply([tau](ExplorerParameters& p) { p.tau = tau; }).ok());
        view.showState(state.parameters(), state.distribution());
    }
    QCOMPARE(view.density()->subdivisions(), SimplexView::kDragSubdivisions);
    QTRY_COMPARE_WITH_TIMEOUT(view.density()->subdivisions(), SimplexView::kSubdivisions, 5000);
    const SimplexDensity reference(state.distribution(), 0.45, SimplexView::kSubdivisions);
    QCOMPARE(view.density()->logDensityAt(0.2, 0.3), reference.logDensityAt(0.2, 0.3));
}

// Lesson 5 used to say "the share of dots near each corner stays p", which is false at large tau; what stays p is the
// share in each argmax region, now drawn and counted. The fixed colour scale keeps its range whatever tau is.
void TstSimplexView::regionSharesFollowPAndTheFixedScaleHolds() {
    ExplorerState state;
    QVERIFY(state.apply([](ExplorerParameters& p) {
        p.k = 3;
        p.preset = Preset::Custom;
        p.customWeights = {0.5, 0.3, 0.2};
    }).ok());
    SimplexView view;
    view.resize(600, 500);
    for (double tau : {0.1, 1.0, 10.0}) {
        QVERIFY(state.apply([tau](ExplorerParameters& p) { p.tau = tau; }).ok());
        view.showState(state.parameters(), state.distribution());
        const Eigen::Vector3d shares = view.regionShares();
        // 1,500 samples: the binomial standard error of a share is at most 0.013; 4 of them.
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(std::abs(shares[i] - state.distribution().probabilities()[i]) < 4.0 * std::sqrt(0.25 / 1500.0),
                     qPrintable(QString("tau %1, region %2: %3").arg(tau).arg(i).arg(shares[i])));
        }
        const auto automatic = view.colourRange();
        view.fixedScaleBox()->setChecked(true);
        QCOMPARE(view.colourRange(), std::make_pair(SimplexView::kFixedLow, SimplexView::kFixedHigh));
        view.fixedScaleBox()->setChecked(false);
        QCOMPARE(view.colourRange(), automatic);
    }
}

QTEST_MAIN(TstSimplexView)
#include "tst_simplex_view.moc"
