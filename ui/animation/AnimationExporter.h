#pragma once
// File > Export animation and --export-animation: the view in front along the annealing path as an animated GIF.
// For each frame the document is set to that frame's tau (the noise stays fixed; soft samples), the frame is taken
// once the view is complete (histograms included), and written; afterwards tau and soft/hard are put back, and the
// document is not marked modified. Runs from the event loop, so a progress dialog can show progress and cancel.
#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QString>
#include <functional>

#include "core/Result.h"
#include "ui/animation/AnimationSettings.h"
#include "ui/animation/GifWriter.h"
#include "ui/model/CompletionWaiter.h"

namespace gumbel::ui {

class ExplorerDocument;

class AnimationExporter : public QObject {
    Q_OBJECT
public:
    // The view in front as it is now, with its caption; every frame must have the same size.
    using Grab = std::function<QImage()>;

    AnimationExporter(ExplorerDocument& document, Grab grab, QObject* parent = nullptr);

    // Checks the settings and starts; frames follow from the event loop, then finished().
    [[nodiscard]] Status start(const QString& path, const AnimationSettings& settings);
    // Stops at the next frame: the file is not written (an existing one stays as it was), the state is put back.
    void cancel();
    bool running() const { return running_; }

signals:
    void progress(int framesDone, int frames);
    // ok: the file is complete; else message says why not ("cancelled" when cancelled).
    void finished(bool ok, const QString& message);

private:
    void nextFrame();
    void takeFrame();
    void end(bool ok, const QString& message);

    ExplorerDocument& document_;
    Grab grab_;
    CompletionWaiter waiter_;
    GifWriter writer_;
    AnimationSettings settings_;
    QString path_;
    int frame_ = 0;
    bool running_ = false;
    double originalTau_ = 1.0;
    bool originalHard_ = false;
    QElapsedTimer clock_;
};

}  // namespace gumbel::ui
