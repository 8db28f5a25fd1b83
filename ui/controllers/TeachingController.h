#pragma once
// Binds the teaching views to the document: the pipeline and the simplex follow the live sample; the sweep view
// shows the document's sweep and asks for a new one when it is in front and p, the seed or soft/hard changed
// (tau only moves its marker); the temperatures view redraws the live sample's noise at its three temperatures.
// Views that are not in front are refreshed when they come to the front.
#include <QObject>
#include <array>
#include <optional>
#include <utility>

#include "ui/model/ExplorerDocument.h"
#include "ui/views/TemperaturesView.h"

class QTabWidget;

namespace gumbel::ui {

class PipelineView;
class SimplexView;
class SweepView;


class TeachingController : public QObject {
    Q_OBJECT
public:
    TeachingController(ExplorerDocument& document, QTabWidget& tabs, PipelineView& pipeline, SimplexView& simplex,
                       SweepView& sweep, TemperaturesView& temperatures, QObject* parent = nullptr);

    // Draws every teaching view with the current data, in front or not (exports).
    void refreshAll();

private:
    void refreshVisible();
    void showTemperatures();  // the live sample's noise at the view's three temperatures

    ExplorerDocument& document_;
    QTabWidget& tabs_;
    PipelineView& pipeline_;
    SimplexView& simplex_;
    SweepView& sweep_;
    TemperaturesView& temperatures_;
    // What the temperatures view shows (the parameters with tau and hard left out, and its three taus).
    std::optional<std::pair<ExplorerParameters, std::array<double, TemperaturesView::kColumns>>> shownTemperatures_;
};

}  // namespace gumbel::ui
