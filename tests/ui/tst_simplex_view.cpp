#include <QPushButton>
#include <QtTest>

#include "core/OneHotSampler.h"
#include "core/Theory.h"
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
    void coloursAgreeWithTheSamples_data();
    void coloursAgreeWithTheSamples();
};

void TstSimplexView::coloursAgreeWithTheSamples_data() {
    QTest::addColumn<double>("tau");
    // Small tau: mass at the vertices and edges; large tau: a blob in the middle (where the old 2%-98% log-density
    // scale painted half the triangle yellow).
    for (double tau : {0.3, 1.0, 5.0}) QTest::addRow("tau %g", tau) << tau;
}

// The colour of a point is the share of the samples lying where the density is higher: a share s of independent
// samples (N = 40,000, seed 7, exact density at each) lies where that share is below s, at five levels. Allowed: 4
// standard errors of the two sample sets' difference (the view's 20,000 and these). On the drawn lattice (120^2
// cells, each coloured by its centroid) the same holds within 0.01 more where the density is bounded (tau >= 1);
// for small tau the densest samples sit closer to the edges than any cell's centroid, and no cell is that bright.
void TstSimplexView::coloursAgreeWithTheSamples() {
    QFETCH(double, tau);
    const Distribution p = Distribution::fromWeights({0.5, 0.3, 0.2}).value();
    const SimplexDensity density(p, tau, SimplexView::kSubdivisions);
    const auto sampler = gumbel::OneHotSampler::create(p, tau, 7);
    QVERIFY(sampler.ok());
    constexpr long long kN = 40000;
    Eigen::MatrixXd c;
    sampler->sample(gumbel::Stream::OneHot, 0, 0, kN, c, gumbel::OneHotKind::Relaxed);
    std::vector<double> exact, lattice;
    for (Eigen::Index j = 0; j < c.cols(); ++j) {
        const double v = gumbel::theory::concreteLogDensity(p, tau, Eigen::Vector3d(c.col(j)));
        exact.push_back(density.denserShare(std::isnan(v) ? std::numeric_limits<double>::infinity() : v));
        lattice.push_back(density.denserShareAt(c(0, j), c(1, j)));
    }
    const auto fractionBelow = [](const std::vector<double>& shares, double s) {
        return static_cast<double>(std::count_if(shares.begin(), shares.end(), [s](double v) { return v < s; })) /
               static_cast<double>(shares.size());
    };
    for (double s : {0.1, 0.25, 0.5, 0.75, 0.9}) {
        const double se = std::sqrt(s * (1.0 - s) * (1.0 / kN + 1.0 / SimplexDensity::kShareSamples));
        const double below = fractionBelow(exact, s);
        QVERIFY2(std::abs(below - s) <= 4.0 * se, qPrintable(QString("tau %1: %2 of the samples where the denser "
                                                                   "share is below %3 (allowed %4)").arg(tau).arg(below).arg(s).arg(4.0 * se)));
        if (tau < 1.0) continue;
        const double drawn = fractionBelow(lattice, s);
        QVERIFY2(std::abs(drawn - s) <= 4.0 * se + 0.01,
                 qPrintable(QString("tau %1, lattice: %2 below %3").arg(tau).arg(drawn).arg(s)));
    }
    QVERIFY(std::isnan(density.denserShareAt(0.8, 0.8)));  // outside the triangle
}

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
