#pragma once
// Binds the gradient lab's view to the document's lab: the lab computes only while its tab is in front (or an
// export needs it), results are drawn as they arrive, the current tau moves the marker, and a click on decoupled
// straight-through's map sets tau and tau_b.
#include <QObject>

#include "ui/model/ExplorerDocument.h"

class QTabWidget;

namespace gumbel::ui {

class GradientLabView;

class GradientLabController : public QObject {
    Q_OBJECT
public:
    GradientLabController(ExplorerDocument& document, QTabWidget& tabs, GradientLabView& view, QObject* parent = nullptr);

    // Draws whatever the lab has (exports of a view behind another one).
    void refresh();

private:
    void frontChanged();
    void showSettings();  // the MSE chart's B, the map's button, place and ring

    ExplorerDocument& document_;
    QTabWidget& tabs_;
    GradientLabView& view_;
};

}  // namespace gumbel::ui
