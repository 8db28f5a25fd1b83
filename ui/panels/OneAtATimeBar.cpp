#include "ui/panels/OneAtATimeBar.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <algorithm>
#include <cmath>

#include "ui/model/ExplorerDocument.h"

namespace gumbel::ui {

OneAtATimeBar::OneAtATimeBar(ExplorerDocument& document, QWidget* parent)
    : QToolBar(tr("One sample at a time"), parent), document_(document), count_(new QLabel), timer_(new QTimer(this)) {
    setObjectName("oneAtATime");
    mode_ = addAction(tr("One at a time"));
    mode_->setObjectName("oneAtATimeMode");
    mode_->setCheckable(true);
    mode_->setShortcut(QKeySequence(Qt::Key_F6));
    mode_->setToolTip(tr("Histograms and simplex dots one sample at a time, to watch the frequencies settle onto p "
                         "(F6; F7 adds one sample, F8 plays)"));
    step_ = addAction(tr("Step"));
    step_->setObjectName("oneAtATimeStep");
    step_->setShortcut(QKeySequence(Qt::Key_F7));
    step_->setToolTip(tr("Add one sample to the histograms (F7)"));
    play_ = addAction(tr("Play samples"));
    play_->setObjectName("oneAtATimePlay");
    play_->setShortcut(QKeySequence(Qt::Key_F8));
    play_->setToolTip(tr("Add samples by themselves: one at a time at first, then faster, up to N (F8)"));
    count_->setObjectName("oneAtATimeCount");
    count_->setMargin(4);
    addWidget(count_);
    timer_->setInterval(kTickMs);
    connect(timer_, &QTimer::timeout, this, [this] { tick(); });
    connect(mode_, &QAction::toggled, this, [this](bool on) {
        if (!on) setPlaying(false);
        document_.setOneAtATime(on);
    });
    connect(step_, &QAction::triggered, this, [this] {
        setPlaying(false);
        document_.stepSamples(1);
    });
    connect(play_, &QAction::triggered, this, [this] {
        if (!document_.oneAtATime()) mode_->setChecked(true);
        setPlaying(!playing());
    });
    connect(&document_, &ExplorerDocument::oneAtATimeChanged, this, [this](bool on) {
        mode_->setChecked(on);
        if (!on) setPlaying(false);
        updateActions();
    });
    connect(&document_, &ExplorerDocument::samplesWantedChanged, this, &OneAtATimeBar::updateActions);
    connect(&document_.state(), &ExplorerState::changed, this, &OneAtATimeBar::updateActions);  // N may change
    updateActions();
}

bool OneAtATimeBar::playing() const { return timer_->isActive(); }

long long OneAtATimeBar::stepSize(long long n) {
    if (n < kSingleSteps) return 1;
    return std::max(1LL, static_cast<long long>(std::ceil(static_cast<double>(n) * kGrowthPerTick)));
}

long long OneAtATimeBar::tick() {
    if (!document_.oneAtATime()) {
        setPlaying(false);
        return 0;
    }
    if (!document_.samplingComplete()) return 0;  // the last tick's histograms first
    const long long n = document_.samplesWanted();
    const long long all = document_.parameters().samples;
    if (n >= all) {
        setPlaying(false);
        return 0;
    }
    const long long added = std::min(stepSize(n), all - n);
    document_.stepSamples(added);
    if (n + added >= all) setPlaying(false);
    return added;
}

void OneAtATimeBar::setPlaying(bool on) {
    if (on == playing()) return;
    if (on) {
        timer_->start();
    } else {
        timer_->stop();
    }
    updateActions();
}

void OneAtATimeBar::updateActions() {
    const bool on = document_.oneAtATime();
    const bool full = on && document_.samplesWanted() >= document_.parameters().samples;
    step_->setEnabled(on && !full);
    play_->setText(playing() ? tr("Pause samples") : tr("Play samples"));
    play_->setEnabled(playing() || !full);
    count_->setText(on ? tr("%1 of %2 samples").arg(QLocale().toString(document_.samplesWanted()),
                                                     QLocale().toString(document_.parameters().samples))
                       : QString());
}

}  // namespace gumbel::ui
