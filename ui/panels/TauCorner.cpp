#include "ui/panels/TauCorner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include "ui/batch/Exporter.h"
#include "ui/text/Language.h"
#include "ui/model/ExplorerState.h"
#include "ui/panels/ParameterPanel.h"

namespace gumbel::ui {

TauCorner::TauCorner(ExplorerState& state, QWidget* parent)
    : QWidget(parent),
      state_(state),
      readout_(new QLabel),
      slider_(new QSlider(Qt::Horizontal)),
      tReadout_(new QLabel),
      tSlider_(new QSlider(Qt::Horizontal)) {
    readout_->setObjectName("tauReadout");
    readout_->setToolTip(tr("The temperature tau (also written on every exported figure)"));
    slider_->setObjectName("tauCornerSlider");
    slider_->setAccessibleName(tr("Temperature tau (log scale)"));
    slider_->setRange(0, ParameterPanel::sliderFromTau(ExplorerLimits::kSliderMaxTau));
    slider_->setPageStep(slider_->maximum() / 12);
    slider_->setToolTip(tr("Temperature tau on a log scale from %L1 to %L2, from any view")
                            .arg(ExplorerLimits::kSliderMinTau)
                            .arg(ExplorerLimits::kSliderMaxTau));
    slider_->setFocusPolicy(Qt::StrongFocus);
    tReadout_->setObjectName("logitTemperatureReadout");
    tReadout_->setToolTip(tr("The logit temperature T: log p is divided by T before the noise"));
    tSlider_->setObjectName("logitTemperatureCornerSlider");
    tSlider_->setAccessibleName(tr("Logit temperature T (log scale)"));
    tSlider_->setRange(0, ParameterPanel::sliderFromLogitTemperature(ExplorerLimits::kSliderMaxLogitT));
    tSlider_->setPageStep(tSlider_->maximum() / 8);
    tSlider_->setToolTip(tr("Logit temperature T on a log scale from %L1 to %L2, from any view")
                             .arg(ExplorerLimits::kSliderMinLogitT)
                             .arg(ExplorerLimits::kSliderMaxLogitT));
    tSlider_->setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->addWidget(tSlider_);
    layout->addWidget(tReadout_);
    layout->addSpacing(6);
    layout->addWidget(slider_);
    layout->addWidget(readout_);
    connect(slider_, &QSlider::valueChanged, this, [this](int v) {
        (void)state_.apply([v](ExplorerParameters& p) { p.tau = ParameterPanel::tauFromSlider(v); });  // always valid
    });
    connect(tSlider_, &QSlider::valueChanged, this, [this](int v) {
        // May be refused (m above the support p^(1/T) leaves is lowered, not refused): the corner follows the state.
        if (!state_.apply([v](ExplorerParameters& p) { p.logitTemperature = ParameterPanel::logitTemperatureFromSlider(v); })) {
            refresh();
        }
    });
    connect(tSlider_, &QSlider::sliderReleased, this, &TauCorner::refresh);
    connect(&state_, &ExplorerState::changed, this, &TauCorner::refresh);
    styleReadout();
    refresh();
}

QString TauCorner::readout() const { return readout_->text(); }

QString TauCorner::logitTemperatureReadout() const { return tReadout_->isHidden() ? QString() : tReadout_->text(); }

void TauCorner::refresh() {
    const ExplorerParameters& p = state_.parameters();
    readout_->setText(tauCaption(p.tau, p.hard));
    const QSignalBlocker block(slider_);
    slider_->setValue(ParameterPanel::sliderFromTau(p.tau));
    slider_->setEnabled(!p.hard);  // in the tau -> 0 limit tau changes nothing shown
    const QSignalBlocker blockT(tSlider_);
    tSlider_->setValue(ParameterPanel::sliderFromLogitTemperature(p.logitTemperature));
    tReadout_->setText(QString("T = %1").arg(displayNumber(p.logitTemperature, 'g', 3)));
    // Shown while T is not 1, and while the lecturer holds or has focused its slider (a drag through 1 keeps it).
    const bool shown = p.logitTemperature != 1.0 || tSlider_->isSliderDown() || tSlider_->hasFocus();
    if (shown != !tSlider_->isHidden()) {
        tSlider_->setVisible(shown);
        tReadout_->setVisible(shown);
        styleReadout();
    }
}

void TauCorner::styleReadout() {
    QFont large = font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.4);
    readout_->setFont(large);
    tReadout_->setFont(large);
    // Two sliders share the room the tabs leave at 1500 pixels: each is narrower when T is shown.
    const bool both = !tSlider_->isHidden();
    const int width = QFontMetrics(font()).horizontalAdvance(both ? "000000" : "0000000000");
    tSlider_->setFixedWidth(width);
    slider_->setFixedWidth(width);
}

void TauCorner::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) styleReadout();
}

}  // namespace gumbel::ui
