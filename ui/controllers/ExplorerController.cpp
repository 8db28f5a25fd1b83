#include "ui/controllers/ExplorerController.h"

#include "ui/views/ExplorerView.h"

namespace gumbel::ui {

ExplorerController::ExplorerController(ExplorerDocument& document, ExplorerView& view, QObject* parent)
    : QObject(parent), document_(document), view_(view) {
    connect(&document_, &ExplorerDocument::liveSampleChanged, this, [this] {
        if (drawsNow()) showLive();
    });
    connect(&document_, &ExplorerDocument::samplingUpdated, this, [this](const SamplingUpdate& update) {
        if (drawsNow()) showSampling(update);
    });
    connect(&view_, &ExplorerView::shown, this, &ExplorerController::refresh);
    connect(&document_, &ExplorerDocument::oneAtATimeChanged, &view_, &ExplorerView::setHighlightNewest);
    view_.setHighlightNewest(document_.oneAtATime());
    showLive();
}

bool ExplorerController::drawsNow() const { return view_.isVisible() || !view_.window()->isVisible(); }

void ExplorerController::refresh() {
    showLive();
    if (document_.lastSampling().stats || !document_.lastSampling().error.isEmpty()) showSampling(document_.lastSampling());
}

void ExplorerController::showLive() {
    view_.showLiveSample(document_.liveSamplePointer());
}

void ExplorerController::showSampling(const SamplingUpdate& update) {
    if (update.stats) {
        view_.showSampling(update, document_.parameters(), document_.distribution());
    } else {
        view_.clearSampling(update.error);
    }
}

}  // namespace gumbel::ui
