#pragma once
// Binds the microscope to the document: while it is in front (or an export asks), it shows sample n of the gradient
// lab's noise at the current p, tau and seed with the lab's objective, estimators and their settings; the view's
// Left/Right step n, its switch sets k = 3. n starts at the first sample and is kept while p, tau or the settings
// change, so that a lecturer can move tau and watch the same sample's arrows.
#include <QObject>
#include <cstdint>

#include "ui/model/ExplorerDocument.h"

class QTabWidget;

namespace gumbel::ui {

class MicroscopeView;

class MicroscopeController : public QObject {
    Q_OBJECT
public:
    MicroscopeController(ExplorerDocument& document, QTabWidget& tabs, MicroscopeView& view, QObject* parent = nullptr);

    void refresh();  // draw now, in front or not
    std::uint64_t sample() const { return sample_; }

private:
    void refreshIfInFront();

    ExplorerDocument& document_;
    QTabWidget& tabs_;
    MicroscopeView& view_;
    std::uint64_t sample_ = 0;
};

}  // namespace gumbel::ui
