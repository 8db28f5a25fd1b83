#include "ui/BatchRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>
#include <QWidget>

#include "ui/model/ExplorerDocument.h"

namespace gumbel::ui {

BatchRunner::BatchRunner(ExplorerDocument& document, QWidget& window, ExportTo exportTo, BenchmarkViews views,
                         QObject* parent)
    : QObject(parent), document_(document), window_(window), exportTo_(std::move(exportTo)), views_(std::move(views)) {
    const auto check = [this] {
        if (!ready_ || !ready_()) return;
        ready_ = nullptr;
        // Once the slots that drew the last result have returned.
        QTimer::singleShot(0, this, [this] {
            auto then = std::move(then_);
            then_ = nullptr;
            if (then) then();
        });
    };
    connect(&document_, &ExplorerDocument::samplingFinished, this, check);
    connect(&document_, &ExplorerDocument::sweepFinished, this, check);
    connect(&document_, &ExplorerDocument::sweepStale, this, check);
    connect(&document_.gradientLab(), &GradientLab::sweepUpdated, this, check);
    connect(&document_.gradientLab(), &GradientLab::pointUpdated, this, check);
    connect(&document_.gradientLab(), &GradientLab::raceUpdated, this, check);
}

void BatchRunner::whenReady(std::function<bool()> ready, std::function<void()> then) {
    ready_ = std::move(ready);
    then_ = std::move(then);
    if (ready_()) {
        ready_ = nullptr;
        QTimer::singleShot(0, this, [this] {
            auto next = std::move(then_);
            then_ = nullptr;
            if (next) next();
        });
    }
}

void BatchRunner::screenshot(const QString& path) {
    whenReady(
        [this] {
            return document_.samplingComplete() && (document_.viewName() != "sweep" || document_.sweepComplete()) &&
                   (document_.viewName() != "gradients" || document_.gradientLab().complete());
        },
        [this, path] {
            emit aboutToGrab();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            if (!window_.grab().save(path, "PNG")) {
                emit finished(2, tr("--screenshot: could not write '%1'").arg(path), {});
            } else {
                emit finished(0, {}, {});
            }
        });
}

void BatchRunner::exportAll(const QString& folder) {
    // Everything of this state: histograms complete, the sweep computed, then every figure and data file.
    whenReady([this] { return document_.samplingComplete(); },
              [this, folder] {
                  document_.requestSweep();
                  whenReady([this] {
                                return document_.sweepComplete() &&
                                       (document_.viewName() != "gradients" || document_.gradientLab().complete());
                            },
                            [this, folder] {
                                emit aboutToGrab();
                                const auto written = exportTo_(folder);
                                if (!written) {
                                    emit finished(2, tr("--export: %1").arg(QString::fromStdString(written.error())), {});
                                } else {
                                    emit finished(0, {},
                                                  tr("wrote %1 files to %2").arg(written->size()).arg(folder));
                                }
                            });
              });
}

void BatchRunner::benchmark() {
    QTimer::singleShot(0, this, [this] { emit finished(0, {}, runBenchmarkSession(document_, views_)); });
}

}  // namespace gumbel::ui
