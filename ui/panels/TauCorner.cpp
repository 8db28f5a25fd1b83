#include "ui/panels/TauCorner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include "ui/Exporter.h"
#include "ui/model/ExplorerState.h"
#include "ui/panels/ParameterPanel.h"

namespace gumbel::ui {

TauCorner::TauCorner(ExplorerState& state, QWidget* parent)
    : QWidget(parent), state_(state), readout_(new QLabel), slider_(new QSlider(Qt::Horizontal)) {
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
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->addWidget(slider_);
    layout->addWidget(readout_);
    connect(slider_, &QSlider::valueChanged, this, [this](int v) {
        (void)state_.apply([v](ExplorerParameters& p) { p.tau = ParameterPanel::tauFromSlider(v); });  // always valid
    });
    connect(&state_, &ExplorerState::changed, this, &TauCorner::refresh);
    styleReadout();
    refresh();
}

QString TauCorner::readout() const { return readout_->text(); }

void TauCorner::refresh() {
    const ExplorerParameters& p = state_.parameters();
    readout_->setText(tauCaption(p.tau, p.hard));
    const QSignalBlocker block(slider_);
    slider_->setValue(ParameterPanel::sliderFromTau(p.tau));
    slider_->setEnabled(!p.hard);  // in the tau -> 0 limit tau changes nothing shown
}

void TauCorner::styleReadout() {
    QFont large = font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.4);
    readout_->setFont(large);
    slider_->setFixedWidth(QFontMetrics(font()).horizontalAdvance("0000000000"));
}

void TauCorner::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) styleReadout();
}

}  // namespace gumbel::ui
