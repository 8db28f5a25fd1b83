#include "ui/controllers/MicroscopeController.h"

#include <QTabWidget>

#include "ui/views/MicroscopeView.h"

namespace gumbel::ui {

namespace {
constexpr std::uint64_t kLastSample = 1000000;  // stepping stops there (any n is valid; this keeps the label short)
}

MicroscopeController::MicroscopeController(ExplorerDocument& document, QTabWidget& tabs, MicroscopeView& view,
                                           QObject* parent)
    : QObject(parent), document_(document), tabs_(tabs), view_(view) {
    connect(&document_.state(), &ExplorerState::changed, this, &MicroscopeController::refreshIfInFront);
    connect(&document_.gradientLab(), &GradientLab::settingsChanged, this, &MicroscopeController::refreshIfInFront);
    connect(&tabs_, &QTabWidget::currentChanged, this, &MicroscopeController::refreshIfInFront);
    connect(&view_, &MicroscopeView::stepRequested, this, [this](int delta) {
        if (delta < 0 && sample_ == 0) return;
        if (delta > 0 && sample_ >= kLastSample) return;
        sample_ = delta < 0 ? sample_ - 1 : sample_ + 1;
        refresh();
    });
    connect(&view_, &MicroscopeView::cloudToggled, this, [this](bool shown) {
        (void)document_.gradientLab().apply([shown](GradientLabSettings& s) { s.microscopeCloud = shown; });
    });
    connect(&view_, &MicroscopeView::switchToThreeRequested, this, [this] {
        const Status status = document_.state().apply([](ExplorerParameters& p) { p.k = 3; });
        if (!status) emit document_.state().notice(QString::fromStdString(status.error()));
    });
}

void MicroscopeController::refreshIfInFront() {
    if (tabs_.currentWidget() == &view_) refresh();
}

void MicroscopeController::refresh() {
    const ExplorerParameters& p = document_.parameters();
    view_.setCloudShown(document_.gradientLab().settings().microscopeCloud);
    view_.showData(computeMicroscope(document_.state().distribution().logProbabilities(),
                                     document_.gradientLab().settings(), p.tau, p.seed, sample_, true));
}

}  // namespace gumbel::ui
