#pragma once
// The "one sample at a time" toolbar, for a class watching the frequencies settle onto p: a switch (F6) that empties
// the histograms, Step (F7) that adds one sample, and Play (F8) that adds them by itself: one at a time for the first
// kSingleSteps, then a few percent more each tick, so that N = 100,000 is reached in about half a minute. A tick
// waits for the histograms of the last one, so a slow machine plays slower rather than skipping.
#include <QToolBar>

class QAction;
class QLabel;
class QTimer;

namespace gumbel::ui {

class ExplorerDocument;

class OneAtATimeBar : public QToolBar {
    Q_OBJECT
public:
    static constexpr int kTickMs = 100;
    static constexpr long long kSingleSteps = 30;
    static constexpr double kGrowthPerTick = 0.04;

    explicit OneAtATimeBar(ExplorerDocument& document, QWidget* parent = nullptr);

    QAction* modeAction() const { return mode_; }
    QAction* stepAction() const { return step_; }
    QAction* playAction() const { return play_; }
    bool playing() const;
    // One tick of Play (the timer calls it; tests call it directly): how many samples it added.
    long long tick();
    // The samples a tick adds when n are shown.
    static long long stepSize(long long n);

private:
    void setPlaying(bool on);
    void updateActions();

    ExplorerDocument& document_;
    QAction* mode_;
    QAction* step_;
    QAction* play_;
    QLabel* count_;
    QTimer* timer_;
};

}  // namespace gumbel::ui
