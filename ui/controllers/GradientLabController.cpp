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
    connect(&lab, &GradientLab::mapUpdated, &view_, &GradientLabView::showMap);
    connect(&view_, &GradientLabView::mapToggled, this, [this](bool shown) {
        (void)document_.gradientLab().apply([shown](GradientLabSettings& s) { s.decoupledMap = shown; });
    });
    // A click on the map: its tau_f becomes tau, its tau_b the lab's tau_b (both always valid: the map's range).
    connect(&view_, &GradientLabView::mapCellChosen, this, [this](double tauF, double tauB) {
        (void)document_.gradientLab().apply([tauB](GradientLabSettings& s) { s.backwardTau = tauB; });
        (void)document_.state().apply([tauF](ExplorerParameters& p) { p.tau = tauF; });
    });
    connect(&document_.state(), &ExplorerState::changed, this, [this](ExplorerState::Changes what) {
        if (what & ExplorerState::Tau) view_.showTau(document_.parameters().tau);
    });
    connect(&lab, &GradientLab::settingsChanged, this, &GradientLabController::showSettings);
    connect(&tabs_, &QTabWidget::currentChanged, this, &GradientLabController::frontChanged);
    showSettings();
    view_.showTau(document_.parameters().tau);
    frontChanged();
}

void GradientLabController::showSettings() {
    const GradientLabSettings& s = document_.gradientLab().settings();
    view_.setBatch(s.batch);
    view_.setMapState(s.shows(Estimator::DecoupledStraightThrough), s.decoupledMap, s.backwardTau);
}

void GradientLabController::frontChanged() { document_.gradientLab().setActive(tabs_.currentWidget() == &view_); }

void GradientLabController::refresh() {
    const GradientLab& lab = document_.gradientLab();
    if (lab.lastSweep().generation != 0) view_.showSweep(lab.lastSweep());
    if (lab.lastPoint().generation != 0) view_.showPoint(lab.lastPoint());
    if (lab.lastRace().generation != 0) view_.showRace(lab.lastRace());
    if (lab.lastMap().generation != 0) view_.showMap(lab.lastMap());
    view_.showTau(document_.parameters().tau);
}

}  // namespace gumbel::ui
