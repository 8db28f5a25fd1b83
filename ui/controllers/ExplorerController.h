#pragma once
// Binds the explorer view to the document: the live sample and the histograms are drawn as they arrive while the
// view is in front (or the window is not shown yet); a view behind another one catches up when it comes to the
// front.
#include <QObject>

#include "ui/model/ExplorerDocument.h"

namespace gumbel::ui {

class ExplorerView;

class ExplorerController : public QObject {
    Q_OBJECT
public:
    ExplorerController(ExplorerDocument& document, ExplorerView& view, QObject* parent = nullptr);

    // Draws the current live sample and histograms, visible or not (exports of a view behind another one).
    void refresh();

private:
    bool drawsNow() const;
    void showLive();
    void showSampling(const SamplingUpdate& update);

    ExplorerDocument& document_;
    ExplorerView& view_;
};

}  // namespace gumbel::ui
