#pragma once
// Random input for the real main window: a reproducible stream (one seed, one sequence) of clicks, double clicks,
// drags, wheel turns, key presses, shortcuts, menu commands and hostile values typed into fields, across every view
// and control. After each burst it checks what a person would notice: the window never goes silent (a watchdog,
// RandomInputLimits::hangMs; gumbel-monkey also checks how soon it answers, answerMs), resident memory stays
// bounded, and Qt printed no warning (bar a short, commented allow-list). Used by the ctest
// tst_random_input (a few seeds) and by gumbel-monkey (scripts/monkey, for as long as you like).
#include <QString>
#include <QStringList>
#include <memory>
#include <random>

namespace gumbel::ui {
class ExplorerState;
class MainWindow;
}  // namespace gumbel::ui

namespace gumbel::test {

struct RandomInputLimits {
    // A posted event must be handled this soon after a burst; 0: not checked (the tests: a shared machine's
    // scheduler is no measure of the window; gumbel-explorer --benchmark measures the event loop's answers).
    double answerMs = 1000.0;
    double hangMs = 30000.0;   // the watchdog: the window never silent this long, even inside one action
    double residentMb = 600.0;
    int burst = 20;            // actions between two checks
};

// What went wrong, empty when nothing did.
struct RandomInputVerdict {
    QString failure;
    long long actions = 0;
    QStringList lastActions;  // the last few, to reproduce by hand
    double worstAnswerMs = 0.0;
    double peakResidentMb = 0.0;
};

class RandomInput {
public:
    RandomInput(std::uint64_t seed, RandomInputLimits limits = {});
    ~RandomInput();

    // Builds a fresh window, shows it and runs `actions` actions (or until `seconds` pass, if positive).
    RandomInputVerdict run(long long actions, double seconds = 0.0);

    // Resident memory of this process in MB (/proc/self/statm).
    static double residentMb();
    // Installs the warning recorder (call once, before the QApplication starts its work).
    static void installMessageRecorder();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace gumbel::test
