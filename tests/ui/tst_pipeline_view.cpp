#include <QLabel>
#include <QSpinBox>
#include <QtTest>

#include "core/NoiseField.h"
#include "core/OneHotSampler.h"
#include "ui/model/ExplorerState.h"
#include "ui/model/LiveSample.h"
#include "ui/views/PipelineView.h"
#include "ui/views/StepBars.h"

using namespace gumbel;
using namespace gumbel::ui;

class TstPipelineView : public QObject {
    Q_OBJECT
private slots:
    void stepsTwoToFourShareOneScaleSoTauVisiblyStretches();
    void stepsShowTheEnginesNumbers_data();
    void stepsShowTheEnginesNumbers();
    void rejectionDrawsAreListed();
};

void TstPipelineView::stepsShowTheEnginesNumbers_data() {
    QTest::addColumn<double>("tau");
    QTest::addColumn<int>("column");
    QTest::newRow("tau 0.1, column 0") << 0.1 << 0;
    QTest::newRow("tau 2, column 5") << 2.0 << 5;
    QTest::newRow("tau 1e-3, column 31") << 1e-3 << 31;
}

void TstPipelineView::stepsShowTheEnginesNumbers() {
    QFETCH(double, tau);
    QFETCH(int, column);
    ExplorerState state;
    QVERIFY(state.apply([&](ExplorerParameters& p) {
        p.tau = tau;
        p.seed = 11;
    }).ok());
    const auto shared = LiveSample::compute(state.parameters(), state.distribution());
    const LiveSample& live = *shared;
    PipelineView view;
    view.showSample(shared);
    view.columnSpinBox()->setValue(column);
    view.categorySpinBox()->setValue(2);

    // The engine, independently: the same seed's noise field and G.
    const int k = state.distribution().size();
    Eigen::VectorXd u(k);
    NoiseField(11).uniforms(Stream::Matrix, 0, static_cast<std::uint32_t>(column), 1, static_cast<std::size_t>(k), u.data());
    const auto g = sampleGumbelMatrix(state.distribution(), tau, 32, 11);
    QVERIFY(g.ok());
    const Eigen::VectorXd z = state.distribution().logProbabilities() + g->eps.col(column);
    QCOMPARE(view.step(PipelineView::Uniform)->values(), u);
    QCOMPARE(view.step(PipelineView::Noise)->values(), Eigen::VectorXd(g->eps.col(column)));
    QCOMPARE(view.step(PipelineView::Shifted)->values(), z);
    QCOMPARE(view.step(PipelineView::Scaled)->values(), Eigen::VectorXd(z / tau));
    QCOMPARE(view.step(PipelineView::Softmax)->values(), Eigen::VectorXd(g->c.col(column)));
    for (int i = 0; i < k; ++i) QVERIFY(std::fabs(g->eps(i, column) - NoiseField::gumbelFromUniform(u[i])) < 1e-12);
    // The formulas quote the chosen category's numbers.
    QVERIFY2(view.step(PipelineView::Uniform)->formula().startsWith("u_2 = "), qPrintable(view.step(PipelineView::Uniform)->formula()));
    QVERIFY(view.step(PipelineView::Noise)->formula().contains(QString::number(u[2], 'g', 5)));
    QVERIFY(view.step(PipelineView::Softmax)->formula().contains(QString::number(g->c(2, column), 'g', 5)));
    QCOMPARE(view.sBars()->values(), live.mHot().s);
}

void TstPipelineView::rejectionDrawsAreListed() {
    ExplorerState state;
    QVERIFY(state.apply([](ExplorerParameters& p) {
        p.method = MHotMethod::Rejection;
        p.preset = Preset::Peaked;
        p.presetParameter = 0.9;
        p.m = 3;
    }).ok());
    const auto shared = LiveSample::compute(state.parameters(), state.distribution());
    const LiveSample& live = *shared;
    PipelineView view;
    view.showSample(shared);
    const QString text = view.drawsText()->text();
    QVERIFY(live.mHot().rejected() > 0);  // peaked p: category 0 repeats
    QVERIFY2(text.contains("rejected"), qPrintable(text));
    // One convention: columns and draws count from 0, as V's axis does; and the list says it is not G's columns.
    QVERIFY2(text.contains("column 0 of V") && !text.contains("draw " + QString::number(live.mHot().draws) + ":"),
             qPrintable(text));
    QVERIFY(text.contains("own noise"));
    QVERIFY(text.contains(QString("%1 columns drawn, %2 rejected").arg(live.mHot().draws).arg(live.mHot().rejected())));
    QCOMPARE(static_cast<long long>(live.draws().size()), live.mHot().draws);
}

// Each step on its own scale made z / tau look the same at tau = 0.1 and 10 (a lecturer's finding): by default
// steps 2-4 share one scale, so at small tau z / tau towers over z, and at large tau it shrinks below it.
void TstPipelineView::stepsTwoToFourShareOneScaleSoTauVisiblyStretches() {
    ExplorerParameters p;
    const gumbel::Distribution distribution = p.distribution().value();
    PipelineView view;
    QVERIFY(view.sameScaleBox()->isChecked());
    p.tau = 0.1;
    view.showSample(LiveSample::compute(p, distribution));
    const auto small = view.step(PipelineView::Scaled)->drawnRange();
    QCOMPARE(view.step(PipelineView::Shifted)->drawnRange(), small);
    QCOMPARE(view.step(PipelineView::Noise)->drawnRange(), small);
    p.tau = 10.0;
    view.showSample(LiveSample::compute(p, distribution));
    const auto large = view.step(PipelineView::Scaled)->drawnRange();
    QVERIFY(small.second - small.first > 20.0 * (large.second - large.first) / 10.0);
    // The z / tau bars span most of the shared range at tau = 0.1, a tenth of z's span at tau = 10.
    const Eigen::VectorXd scaled = view.step(PipelineView::Scaled)->values();
    QVERIFY(scaled.maxCoeff() - scaled.minCoeff() < 0.2 * (large.second - large.first));
    view.sameScaleBox()->setChecked(false);
    const auto own = view.step(PipelineView::Scaled)->drawnRange();
    QVERIFY(own.second - own.first < 0.2 * (large.second - large.first));
}

QTEST_MAIN(TstPipelineView)
#include "tst_pipeline_view.moc"
