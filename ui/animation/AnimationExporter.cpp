#include "ui/animation/AnimationExporter.h"

#include <QTimer>

#include "ui/model/ExplorerDocument.h"

namespace gumbel::ui {

AnimationExporter::AnimationExporter(ExplorerDocument& document, Grab grab, QObject* parent)
    : QObject(parent), document_(document), grab_(std::move(grab)), waiter_(document) {}

Status AnimationExporter::start(const QString& path, const AnimationSettings& settings) {
    if (running_) return Error{"an animation is being exported already"};
    if (Status s = settings.check(); !s) return s;
    if (path.isEmpty()) return Error{"no file name for the animation"};
    settings_ = settings;
    path_ = path;
    frame_ = 0;
    running_ = true;
    originalTau_ = document_.parameters().tau;
    originalHard_ = document_.parameters().hard;
    clock_.start();
    emit progress(0, settings_.frames);
    QTimer::singleShot(0, this, &AnimationExporter::nextFrame);
    return {};
}

void AnimationExporter::cancel() {
    if (!running_) return;
    end(false, tr("cancelled"));
}

void AnimationExporter::nextFrame() {
    if (!running_) return;
    if (Status s = document_.showTemperature(settings_.tauAt(frame_)); !s) {
        end(false, QString::fromStdString(s.error()));
        return;
    }
    waiter_.whenReady([this] { return document_.viewComplete(); }, [this] { takeFrame(); });
}

void AnimationExporter::takeFrame() {
    if (!running_) return;
    const QImage image = grab_();
    if (frame_ == 0) {
        if (Status s = writer_.open(path_, image.size()); !s) {
            end(false, QString::fromStdString(s.error()));
            return;
        }
    }
    const bool last = frame_ == settings_.frames - 1;
    if (Status s = writer_.addFrame(image, settings_.frameMs + (last ? settings_.holdLastMs : 0)); !s) {
        end(false, QString::fromStdString(s.error()));
        return;
    }
    ++frame_;
    emit progress(frame_, settings_.frames);
    if (!last) {
        QTimer::singleShot(0, this, &AnimationExporter::nextFrame);
        return;
    }
    if (Status s = writer_.finish(); !s) {
        end(false, QString::fromStdString(s.error()));
        return;
    }
    end(true, tr("Wrote %1 frames (tau from %2 to %3) to %4 in %5 s")
                  .arg(settings_.frames)
                  .arg(settings_.fromTau)
                  .arg(settings_.toTau)
                  .arg(path_)
                  .arg(static_cast<double>(clock_.elapsed()) / 1000.0, 0, 'f', 1));
}

void AnimationExporter::end(bool ok, const QString& message) {
    running_ = false;
    waiter_.clear();
    if (!ok) writer_.abandon();
    // Back to where the user was; the path's own values cannot be refused.
    (void)document_.showTemperature(originalTau_, originalHard_);
    emit finished(ok, message);
}

}  // namespace gumbel::ui
