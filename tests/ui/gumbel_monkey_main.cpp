// gumbel-monkey SECONDS [SEED]: random input against the real main window for SECONDS, seed after seed (SEED,
// SEED + 1, ...; 2,000 actions each), with the checks of tst_random_input (any Qt warning fails). Runs on the
// display it is given (scripts/monkey gives it a virtual one when there is none; on a real one you can watch it).
// Prints one line per seed and exits non-zero on the first failure, naming the seed and the last actions so that
// the case can be kept as a row of tst_random_input.
#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <cstdio>

#include "support/RandomInput.h"

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: gumbel-monkey SECONDS [SEED]\n");
        return 2;
    }
    bool ok = false;
    const double seconds = QByteArray(argv[1]).toDouble(&ok);
    if (!ok || !(seconds > 0.0)) {
        std::fprintf(stderr, "gumbel-monkey: SECONDS must be a positive number, not '%s'\n", argv[1]);
        return 2;
    }
    quint64 seed = 1;
    if (argc == 3) {
        seed = QByteArray(argv[2]).toULongLong(&ok);
        if (!ok) {
            std::fprintf(stderr, "gumbel-monkey: SEED must be a non-negative integer, not '%s'\n", argv[2]);
            return 2;
        }
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    gumbel::test::RandomInput::installMessageRecorder();
    QElapsedTimer clock;
    clock.start();
    long long total = 0;
    for (;; ++seed) {
        const double left = seconds - static_cast<double>(clock.elapsed()) / 1000.0;
        if (left <= 0.0) break;
        gumbel::test::RandomInput input(seed);
        // Each seed runs its 2,000 actions, or what is left of the time.
        const auto verdict = left >= 120.0 ? input.run(2000) : input.run(2000, left);
        total += verdict.actions;
        std::printf("seed %llu: %lld actions, slowest answer %.0f ms, peak resident %.0f MB%s\n",
                    static_cast<unsigned long long>(seed), verdict.actions, verdict.worstAnswerMs,
                    verdict.peakResidentMb, verdict.failure.isEmpty() ? "" : ": FAILED");
        std::fflush(stdout);
        if (!verdict.failure.isEmpty()) {
            std::printf("  %s\n  last actions:\n", qPrintable(verdict.failure));
            for (const QString& line : verdict.lastActions) std::printf("    %s\n", qPrintable(line));
            return 1;
        }
    }
    std::printf("random input: %lld actions in %.0f s, nothing found\n", total, clock.elapsed() / 1000.0);
    return 0;
}
