#pragma once
// gumbel-explorer's batch modes, driven by the document's finished signals (no polling): --screenshot saves the
// window once the histograms (and, in front, the sweep or the gradient lab) are complete; --export writes every figure and data file
// once histograms and sweep are complete; --export-animation writes the annealing GIF; --benchmark runs the scripted measurements. Each ends with finished().
#include <QList>
#include <QObject>
#include <QRect>
#include <QString>
#include <functional>
#include <QStringList>

#include "ui/batch/BenchmarkSession.h"
#include "core/Result.h"
#include "ui/animation/AnimationExporter.h"
#include "ui/model/CompletionWaiter.h"

class QWidget;

namespace gumbel::ui {

class ExplorerDocument;

class BatchRunner : public QObject {
    Q_OBJECT
public:
    // Writes every figure and data file of the current state into a folder (the window's export).
    using ExportTo = std::function<Result<QStringList>(const QString& folder)>;

    BatchRunner(ExplorerDocument& document, QWidget& window, ExportTo exportTo, BenchmarkViews views,
                QObject* parent = nullptr);

    void screenshot(const QString& path);
    void exportAll(const QString& folder);
    void benchmark();
    // --export-animation: the annealing path of the view in front, `grab` taking each frame.
    void animation(const QString& path, const AnimationSettings& settings, AnimationExporter::Grab grab);

signals:
    // exitCode 0 on success; else message is the one-line reason. For the benchmark, output is its JSON.
    void finished(int exitCode, const QString& message, const QString& output);
    void aboutToGrab();  // a still picture is next: animations show their end state

private:
    static constexpr int kSettleMs = 20;
    // Runs `then` once the window's layout is the same twice in a row (at most `tries` waits of kSettleMs).
    void whenLaidOut(std::function<void()> then, QList<QRect> previous = {}, int tries = 50);
    // Every batch picture (screenshot, exported figures, an animation's first frame): aboutToGrab(), then `grab`
    // once the layout that caused has settled.
    void grabWhenSettled(std::function<void()> grab);

    ExplorerDocument& document_;
    QWidget& window_;
    ExportTo exportTo_;
    BenchmarkViews views_;
    CompletionWaiter waiter_;
    AnimationExporter* animation_ = nullptr;
};

}  // namespace gumbel::ui
