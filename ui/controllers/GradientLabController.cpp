#include "ui/controllers/GradientLabController.h"

#include <QTabWidget>

#include "ui/views/GradientLabView.h"

namespace gumbel::ui {

GradientLabController::GradientLabController(ExplorerDocument& document, QTabWidget& tabs, GradientLabView& view,
                                             QObject* parent)
    : QObject(parent), document_(document), tabs_(tabs), view_(view) {
    GradientLab& lab = document_.gradientLab();
    connect(&lab, &GradientLab::sweepUpdated, &view_, &GradientLabView::showSweep);
    connect(&lab, &GradientLab::pointUpdated, &view_, &GradientLabView::showPoint);
    connect(&lab, &GradientLab::raceUpdated, &view_, &GradientLabView::showRace);
    connect(&document_.state(), &ExplorerState::changed, this, [this](ExplorerState::Changes what) {
        if (what & ExplorerState::Tau) view_.showTau(document_.parameters().tau);
    });
    connect(&lab, &GradientLab::settingsChanged, this, [this] { view_.setBatch(document_.gradientLab().settings().batch); });
    connect(&tabs_, &QTabWidget::currentChanged, this, &GradientLabController::frontChanged);
    view_.setBatch(lab.settings().batch);
    view_.showTau(document_.parameters().tau);
    frontChanged();
}

void GradientLabController::frontChanged() { document_.gradientLab().setActive(tabs_.currentWidget() == &view_); }

void GradientLabController::refresh() {
    const GradientLab& lab = document_.gradientLab();
    if (lab.lastSweep().generation != 0) view_.showSweep(lab.lastSweep());
    if (lab.lastPoint().generation != 0) view_.showPoint(lab.lastPoint());
    if (lab.lastRace().generation != 0) view_.showRace(lab.lastRace());
    view_.showTau(document_.parameters().tau);
}

}  // namespace gumbel::ui
