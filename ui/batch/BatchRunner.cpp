#include "ui/batch/BatchRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>
#include <QRect>
#include <QWidget>

#include "ui/model/ExplorerDocument.h"

namespace gumbel::ui {

BatchRunner::BatchRunner(ExplorerDocument& document, QWidget& window, ExportTo exportTo, BenchmarkViews views,
                         QObject* parent)
    : QObject(parent), document_(document), window_(window), exportTo_(std::move(exportTo)), views_(std::move(views)),
      waiter_(document) {}

namespace {
// Where every widget of the window is: equal twice in a row means its layout has settled.
QList<QRect> layoutOf(const QWidget& window) {
    QList<QRect> rects{window.geometry()};
    for (const QWidget* w : window.findChildren<QWidget*>()) rects.append(w->isVisible() ? w->geometry() : QRect());
    return rects;
}
}  // namespace

void BatchRunner::whenLaidOut(std::function<void()> then, QList<QRect> previous, int tries) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QList<QRect> now = layoutOf(window_);
    if (now == previous || tries <= 0) {
        then();
        return;
    }
    // Back to the event loop: a layout that changed may post further changes (a status bar's height, a chart's
    // title fitted to its new width). Qt 6.8 on a busy machine once grabbed a window 12 pixels short of settled.
    QTimer::singleShot(kSettleMs, this, [this, then = std::move(then), now = std::move(now), tries]() mutable {
        whenLaidOut(std::move(then), std::move(now), tries - 1);
    });
}

void BatchRunner::grabWhenSettled(std::function<void()> grab) {
    emit aboutToGrab();
    whenLaidOut(std::move(grab));
}

void BatchRunner::screenshot(const QString& path) {
    waiter_.whenReady(
        [this] { return document_.viewComplete(); },
        [this, path] {
            grabWhenSettled([this, path] {
                if (!window_.grab().save(path, "PNG")) {
                    emit finished(2, tr("--screenshot: could not write '%1'").arg(path), {});
                } else {
                    emit finished(0, {}, {});
                }
            });
        });
}

void BatchRunner::exportAll(const QString& folder) {
    // Everything of this state: histograms complete, the sweep computed, then every figure and data file.
    waiter_.whenReady([this] { return document_.samplingComplete(); },
              [this, folder] {
                  document_.requestSweep();
                  waiter_.whenReady([this] {
                                return document_.sweepComplete() && document_.viewComplete();
                            },
                            [this, folder] {
                                grabWhenSettled([this, folder] {
                                    const auto written = exportTo_(folder);
                                    if (!written) {
                                        emit finished(2, tr("--export: %1").arg(QString::fromStdString(written.error())), {});
                                    } else {
                                        emit finished(0, {},
                                                      tr("wrote %1 files to %2").arg(written->size()).arg(folder));
                                    }
                                });
                            });
              });
}

void BatchRunner::animation(const QString& path, const AnimationSettings& settings, AnimationExporter::Grab grab) {
    animation_ = new AnimationExporter(document_, std::move(grab), this);
    connect(animation_, &AnimationExporter::finished, this, [this, path](bool ok, const QString& message) {
        if (ok) {
            emit finished(0, {}, message);
        } else {
            emit finished(2, "--export-animation: " + message, {});
        }
    });
    // Once the starting state is on screen, so that the first frame has the window's final layout.
    waiter_.whenReady([this] { return document_.viewComplete(); },
                      [this, path, settings] {
                          grabWhenSettled([this, path, settings] {
                              if (Status s = animation_->start(path, settings); !s) {
                                  emit finished(2, "--export-animation: " + QString::fromStdString(s.error()), {});
                              }
                          });
                      });
}

void BatchRunner::benchmark() {
    auto* session = new BenchmarkSession(document_, views_, this);
    connect(session, &BenchmarkSession::finished, this, [this](const QString& json) { emit finished(0, {}, json); });
    session->start();
}

}  // namespace gumbel::ui
