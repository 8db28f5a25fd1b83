#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

#include "ui/model/ExplorerState.h"
#include "ui/panels/IntegerControl.h"
#include "ui/panels/LogSpinBox.h"
#include "ui/panels/ParameterPanel.h"
#include "ui/panels/WeightsEditor.h"

using namespace gumbel::ui;

class TstParameterPanel : public QObject {
    Q_OBJECT
private slots:
    void everyControlExistsWithATooltip();
    void tauSliderIsLogarithmic_data();
    void tauSliderIsLogarithmic();
    void movingEachSliderUpdatesTheState();
    void typedValuesUpdateTheState();
    void tauSpinBoxTakesScientificNotationAndExplainsRefusals();
    void weightsEditorRefusesBadWeightsWithAReason();
    void editedWeightMakesTheDistributionCustom();
    void logitsAreEditedLikeWeights();
    void mIsCappedBySupport();
    void resampleDrawsNewNoise();
};

void TstParameterPanel::everyControlExistsWithATooltip() {
    ExplorerState state;
    ParameterPanel panel(state);
    const QList<QWidget*> controls = {panel.tauSlider(), panel.tauSpinBox(), panel.kControl()->slider(),
                                      panel.kControl()->spinBox(), panel.dControl()->slider(), panel.dControl()->spinBox(),
                                      panel.mControl()->slider(), panel.mControl()->spinBox(), panel.seedSpinBox(),
                                      panel.resampleButton(), panel.presetCombo(), panel.presetParameterSpinBox(),
                                      panel.weightsEditor()->table(), panel.methodCombo(), panel.hardCheckBox(),
                                      panel.samplesSpinBox(), panel.binsSpinBox(), panel.categorySpinBox()};
    for (QWidget* control : controls) {
        QVERIFY2(!control->toolTip().isEmpty(), qPrintable(control->metaObject()->className()));
        QVERIFY2(control->focusPolicy() != Qt::NoFocus, qPrintable(control->toolTip()));
    }
    QCOMPARE(panel.tauSpinBox()->minimum(), 1e-4);
    QCOMPARE(panel.tauSpinBox()->maximum(), 1e3);
    QCOMPARE(panel.kControl()->slider()->maximum(), 64);
    QCOMPARE(panel.kControl()->spinBox()->maximum(), 1000);
    QCOMPARE(panel.dControl()->slider()->maximum(), 512);
    QCOMPARE(panel.dControl()->spinBox()->maximum(), 10000);
    QCOMPARE(panel.samplesSpinBox()->minimum(), 1000);
    QCOMPARE(panel.samplesSpinBox()->maximum(), 10000000);
    QCOMPARE(panel.presetCombo()->currentText(), QString("zipf"));
}

void TstParameterPanel::tauSliderIsLogarithmic_data() {
    QTest::addColumn<double>("tau");
    QTest::newRow("0.01") << 0.01;
    QTest::newRow("0.1") << 0.1;
    QTest::newRow("1") << 1.0;
    QTest::newRow("10") << 10.0;
}

void TstParameterPanel::tauSliderIsLogarithmic() {
    QFETCH(double, tau);
    QVERIFY(std::fabs(ParameterPanel::tauFromSlider(ParameterPanel::sliderFromTau(tau)) / tau - 1.0) < 1e-9);
}

void TstParameterPanel::movingEachSliderUpdatesTheState() {
    ExplorerState state;
    ParameterPanel panel(state);
    QSignalSpy changes(&state, &ExplorerState::changed);
    panel.tauSlider()->setValue(ParameterPanel::sliderFromTau(1.0));
    QCOMPARE(state.parameters().tau, ParameterPanel::tauFromSlider(ParameterPanel::sliderFromTau(1.0)));
    QCOMPARE(panel.tauSpinBox()->value(), state.parameters().tau);
    panel.kControl()->slider()->setValue(20);
    QCOMPARE(state.parameters().k, 20);
    QCOMPARE(panel.kControl()->spinBox()->value(), 20);
    panel.dControl()->slider()->setValue(100);
    QCOMPARE(state.parameters().d, 100);
    panel.mControl()->slider()->setValue(5);
    QCOMPARE(state.parameters().m, 5);
    QCOMPARE(changes.count(), 4);
    // Keyboard: a page step on the tau slider moves tau.
    const double before = state.parameters().tau;
    panel.tauSlider()->setFocus();
    QTest::keyClick(panel.tauSlider(), Qt::Key_PageDown);
    QVERIFY(state.parameters().tau < before);
}

void TstParameterPanel::typedValuesUpdateTheState() {
    ExplorerState state;
    ParameterPanel panel(state);
    panel.kControl()->spinBox()->setValue(500);  // beyond the slider: typed only
    QCOMPARE(state.parameters().k, 500);
    QCOMPARE(panel.kControl()->slider()->value(), 64);
    panel.seedSpinBox()->setValue(42);
    QCOMPARE(state.parameters().seed, 42u);
    panel.methodCombo()->setCurrentIndex(1);
    QCOMPARE(state.parameters().method, gumbel::MHotMethod::Rejection);
    panel.hardCheckBox()->setChecked(true);
    QVERIFY(state.parameters().hard);
    panel.samplesSpinBox()->setValue(20000);
    QCOMPARE(state.parameters().samples, 20000);
    panel.binsSpinBox()->setValue(25);
    QCOMPARE(state.parameters().bins, 25);
    panel.categorySpinBox()->setValue(7);
    QCOMPARE(state.parameters().category, 7);
    panel.presetCombo()->setCurrentText("geometric");
    QCOMPARE(state.parameters().preset, Preset::Geometric);
    panel.presetParameterSpinBox()->setValue(0.8);
    QCOMPARE(state.parameters().presetParameter, 0.8);
    QCOMPARE(state.distribution().probabilities()[1] / state.distribution().probabilities()[0], 0.8);
}

void TstParameterPanel::tauSpinBoxTakesScientificNotationAndExplainsRefusals() {
    ExplorerState state;
    ParameterPanel panel(state);
    LogSpinBox* spin = panel.tauSpinBox();
    QCOMPARE(spin->valueFromText("1e-3"), 1e-3);
    QVERIFY(spin->invalidReason("1e-3").isEmpty());
    QVERIFY(spin->invalidReason("5e3").contains("above the maximum"));
    QVERIFY(spin->invalidReason("1e-9").contains("below the minimum"));
    QVERIFY(spin->invalidReason("abc").contains("not a number"));
    QString text = "abc";
    int position = 0;
    QCOMPARE(spin->validate(text, position), QValidator::Invalid);
    text = "1e-";
    QCOMPARE(spin->validate(text, position), QValidator::Intermediate);
    spin->setValue(1e-4);
    QCOMPARE(state.parameters().tau, 1e-4);
}

void TstParameterPanel::weightsEditorRefusesBadWeightsWithAReason() {
    ExplorerState state;
    ParameterPanel panel(state);
    QTableWidget* table = panel.weightsEditor()->table();
    QCOMPARE(table->rowCount(), 10);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QString("logit"));
    QCOMPARE(table->horizontalHeaderItem(2)->text(), QString("p"));
    QCOMPARE(table->horizontalHeaderItem(3)->text(), QString("log p"));
    const auto before = state.parameters();
    const QString shownBefore = table->item(3, 0)->text();
    const auto* reason = panel.weightsEditor()->findChild<QLabel*>();
    QVERIFY(reason != nullptr);
    const QList<QPair<QString, QString>> cases = {
        {"-1", "negative"}, {"abc", "not a number"}, {"nan", "NaN"}, {"inf", "infinite"}};
    for (const auto& [bad, why] : cases) {
        table->item(3, 0)->setText(bad);
        QVERIFY2(state.parameters() == before, qPrintable(bad));
        QVERIFY2(reason->text().contains("weight 3") && reason->text().contains(why), qPrintable(reason->text()));
        QCOMPARE(table->item(3, 0)->text(), shownBefore);  // the cell shows the weight in force again
    }
    // All zero: the last zero is refused by the state with its reason; the weights in force keep one above zero.
    for (int i = 0; i < table->rowCount(); ++i) table->item(i, 0)->setText("0");
    QCOMPARE(state.distribution().supportSize(), 1);
    QVERIFY(!reason->text().isEmpty());
    int positive = 0;
    for (double w : state.parameters().customWeights) positive += w > 0.0 ? 1 : 0;
    QCOMPARE(positive, 1);
}

void TstParameterPanel::logitsAreEditedLikeWeights() {
    ExplorerState state;
    ParameterPanel panel(state);
    QTableWidget* table = panel.weightsEditor()->table();
    const auto* reason = panel.weightsEditor()->findChild<QLabel*>();
    // Logits (2, 1, 0) are the weights (e^2, e, 1): p = softmax of the logits.
    QVERIFY(state.apply([](ExplorerParameters& p) { p.k = 3; }).ok());
    table->item(0, 1)->setText("2");
    table->item(1, 1)->setText("1");
    table->item(2, 1)->setText("0");
    QCOMPARE(state.parameters().preset, Preset::Custom);
    const Eigen::Vector3d expected = Eigen::Vector3d(std::exp(2.0), std::exp(1.0), 1.0) / (std::exp(2.0) + std::exp(1.0) + 1.0);
    QVERIFY((state.distribution().probabilities() - expected).norm() < 1e-12);
    QCOMPARE(table->item(1, 0)->text(), QString("2.71828"));  // the weight column follows
    QCOMPARE(table->item(0, 1)->text(), QString("2"));
    // -inf is weight 0.
    table->item(2, 1)->setText("-inf");
    QCOMPARE(state.parameters().customWeights[2], 0.0);
    QCOMPARE(table->item(2, 1)->text(), QString("-inf"));
    // Refused with a reason, the logit in force shown again.
    const auto before = state.parameters();
    for (const auto& [bad, why] : QList<QPair<QString, QString>>{{"abc", "not a number"}, {"nan", "at most"},
                                                                 {"inf", "at most"}, {"1e6", "at most 700"}}) {
        table->item(0, 1)->setText(bad);
        QVERIFY2(state.parameters() == before, qPrintable(bad));
        QVERIFY2(reason->text().contains("logit 0") && reason->text().contains(why), qPrintable(reason->text()));
        QCOMPARE(table->item(0, 1)->text(), QString("2"));
    }
}

void TstParameterPanel::editedWeightMakesTheDistributionCustom() {
    ExplorerState state;
    ParameterPanel panel(state);
    panel.weightsEditor()->table()->item(0, 0)->setText("5");
    QCOMPARE(state.parameters().preset, Preset::Custom);
    QCOMPARE(state.parameters().customWeights[0], 5.0);
    QCOMPARE(panel.presetCombo()->currentText(), QString("custom"));
    QVERIFY(state.distribution().probabilities()[0] > 0.5);
}

void TstParameterPanel::mIsCappedBySupport() {
    ExplorerState state;
    ParameterPanel panel(state);
    QVERIFY(state.apply([](ExplorerParameters& p) {
        p.preset = Preset::Custom;
        p.customWeights = {1, 0, 0, 2, 0, 0, 0, 0, 0, 0};
        p.m = 1;
    }).ok());
    QCOMPARE(panel.mControl()->spinBox()->maximum(), 2);
    // Asking for more ones than categories with p > 0: m is lowered, with a notice saying why.
    QSignalSpy notices(&state, &ExplorerState::notice);
    QVERIFY(state.apply([](ExplorerParameters& p) { p.m = 3; }).ok());
    QCOMPARE(state.parameters().m, 2);
    QCOMPARE(notices.count(), 1);
    QVERIFY(notices.at(0).at(0).toString().contains("only 2 categories have p > 0"));
    // Zeroing a weight lowers m the same way.
    QVERIFY(state.apply([](ExplorerParameters& p) { p.customWeights[3] = 0; }).ok());
    QCOMPARE(state.parameters().m, 1);
}

void TstParameterPanel::resampleDrawsNewNoise() {
    ExplorerState state;
    ParameterPanel panel(state);
    QSignalSpy changes(&state, &ExplorerState::changed);
    panel.resampleButton()->click();
    QCOMPARE(state.parameters().seed, 1u);
    QCOMPARE(changes.count(), 1);
    QVERIFY(changes.at(0).at(0).value<ExplorerState::Changes>() & ExplorerState::Noise);
}

QTEST_MAIN(TstParameterPanel)
#include "tst_parameter_panel.moc"
