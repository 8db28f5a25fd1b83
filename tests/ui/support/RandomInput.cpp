#include "RandomInput.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMutex>
#include <QPointer>
#include <QTabBar>
#include <QTableWidget>
#include <QTimer>
#include <QWheelEvent>
#include <QtTest>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <thread>
#include <unistd.h>

#include "ui/window/MainWindow.h"
#include "ui/model/ExplorerDocument.h"
#include "ui/model/ExplorerState.h"

namespace gumbel::test {

namespace {

// Qt messages below warning level are ignored; these warnings are expected and harmless.
const QStringList& allowedWarnings() {
    static const QStringList allowed = {
        // The offscreen platform (ctest) cannot resize native windows to their size hints: docks and popups ask.
        "This plugin does not support propagateSizeHints()",
        // The offscreen platform has no real window manager to grab the mouse or keyboard for popups.
        "This plugin does not support grabbing the keyboard",
        "QWidget::grabMouse: ",
        "This plugin does not support grabbing the mouse",
        // ... nor to raise a window above others (a floating dock, a popup).
        "This plugin does not support raise()",
    };
    return allowed;
}

QMutex warningsMutex;
QStringList recordedWarnings;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (previousHandler != nullptr) previousHandler(type, context, message);  // still printed as usual
    if (type == QtDebugMsg || type == QtInfoMsg) return;
    for (const QString& allowed : allowedWarnings()) {
        if (message.contains(allowed)) return;
    }
    QMutexLocker lock(&warningsMutex);
    recordedWarnings << message;
}

QStringList takeWarnings() {
    QMutexLocker lock(&warningsMutex);
    QStringList taken;
    taken.swap(recordedWarnings);
    return taken;
}

// Values a person (or a cat on the keyboard) might type into a number field.
const QStringList kHostileValues = {
    "", "nan", "NaN", "inf", "-inf", "1e308", "-1e308", "1e-320", "-5", "0", "-0", "99999999999999999999",
    "2147483648", "-2147483649", "1,000", "1.000,5", "1 000", "0x10", "1e", ".", "-", "+", "abc", " 7 ", "1;2",
    "3", "2", "1000", "10000", "0.0001", "0.01", "10", "1e3", "5", "\xd9\xa3", "\t", "1e5", "50", "0.5"};

const std::vector<std::pair<int, Qt::KeyboardModifiers>> kShortcuts = {
    {Qt::Key_R, Qt::NoModifier},       {Qt::Key_F5, Qt::NoModifier},       {Qt::Key_Escape, Qt::NoModifier},
    {Qt::Key_1, Qt::ControlModifier},  {Qt::Key_2, Qt::ControlModifier},  {Qt::Key_3, Qt::ControlModifier},
    {Qt::Key_4, Qt::ControlModifier},  {Qt::Key_5, Qt::ControlModifier},  {Qt::Key_F11, Qt::NoModifier},      {Qt::Key_Plus, Qt::ControlModifier},
    {Qt::Key_Minus, Qt::ControlModifier}, {Qt::Key_Equal, Qt::ControlModifier}, {Qt::Key_Space, Qt::NoModifier},
    {Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier}, {Qt::Key_E, Qt::ControlModifier},
    {Qt::Key_S, Qt::ControlModifier},  {Qt::Key_O, Qt::ControlModifier},
};

const std::vector<int> kKeys = {Qt::Key_Up,    Qt::Key_Down,     Qt::Key_Left,   Qt::Key_Right,  Qt::Key_PageUp,
                                Qt::Key_PageDown, Qt::Key_Home,  Qt::Key_End,    Qt::Key_Return, Qt::Key_Escape,
                                Qt::Key_Tab,   Qt::Key_Backtab,  Qt::Key_Space,  Qt::Key_Backspace, Qt::Key_Delete,
                                Qt::Key_0,     Qt::Key_1,        Qt::Key_5,      Qt::Key_9,      Qt::Key_Minus,
                                Qt::Key_Period, Qt::Key_E,       Qt::Key_A,      Qt::Key_Plus};

bool isInteractive(QWidget* w) {
    return qobject_cast<QAbstractSlider*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractButton*>(w) ||
           qobject_cast<QTabBar*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QLineEdit*>(w) ||
           (w->parentWidget() && (qobject_cast<QAbstractItemView*>(w->parentWidget()) ||
                                  qobject_cast<QGraphicsView*>(w->parentWidget()))) ||
           w->inherits("gumbel::ui::HeatmapWidget") || w->inherits("gumbel::ui::StepBars") ||
           w->inherits("gumbel::ui::SimplexView") || w->inherits("QSplitterHandle") || w->focusPolicy() != Qt::NoFocus;
}

// Counts the events the application delivers (any receiver, any type), so that a stall report can say whether the
// GUI thread was stuck in one place or busy with a stream of events.
class EventCounter : public QObject {
public:
    std::atomic<long long> delivered{0};
    std::atomic<long long> paints{0};
    bool eventFilter(QObject*, QEvent* event) override {
        delivered.fetch_add(1, std::memory_order_relaxed);
        if (event->type() == QEvent::Paint) paints.fetch_add(1, std::memory_order_relaxed);
        return false;
    }
};

}  // namespace

struct RandomInput::Impl {
    std::mt19937_64 random;
    RandomInputLimits limits;
    ui::ExplorerState* state = nullptr;
    ui::MainWindow* window = nullptr;
    std::deque<QString> recent;
    QMutex recentMutex;
    std::atomic<long long> heartbeatMs{0};
    std::atomic<bool> stopWatchdog{false};
    QElapsedTimer clock;
    long long actions = 0;

    explicit Impl(std::uint64_t seed, RandomInputLimits l) : random(seed), limits(l) {}

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); }
    double unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(random); }
    template <class T>
    const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(uniform(0, static_cast<int>(v.size()) - 1))]; }

    void note(const QString& what) {
        static const bool trace = qEnvironmentVariableIsSet("GUMBEL_RANDOM_TRACE");
        if (trace) std::fprintf(stderr, "#%lld %s\n", actions, qPrintable(what));
        QMutexLocker lock(&recentMutex);
        recent.push_back(QString("#%1 %2").arg(actions).arg(what));
        while (recent.size() > 25) recent.pop_front();
    }
    QStringList recentActions() {
        QMutexLocker lock(&recentMutex);
        return QStringList(recent.begin(), recent.end());
    }
    void beat() { heartbeatMs.store(clock.elapsed()); }

    static QString describe(QWidget* w) {
        QString name = w->metaObject()->className();
        if (!w->objectName().isEmpty()) name += "#" + w->objectName();
        if (!w->toolTip().isEmpty()) name += " '" + w->toolTip().left(30) + "'";
        else if (auto* button = qobject_cast<QAbstractButton*>(w)) name += " '" + button->text() + "'";
        return name;
    }

    std::vector<QWidget*> targets(bool interactiveOnly) {
        std::vector<QWidget*> found;
        for (QWidget* w : window->findChildren<QWidget*>()) {
            if (!w->isVisible() || !w->isEnabled() || w->width() < 2 || w->height() < 2) continue;
            if (w->window() != window) continue;  // floating docks and popups are reached otherwise
            if (qobject_cast<QMenuBar*>(w) || qobject_cast<QMenu*>(w)) continue;
            if (interactiveOnly && !isInteractive(w)) continue;
            found.push_back(w);
        }
        return found;
    }

    QWidget* target() {
        std::vector<QWidget*> found = targets(unit() < 0.8);
        if (found.empty()) found = targets(false);
        return found.empty() ? window : pick(found);
    }

    QPoint somewhere(QWidget* w) { return {uniform(0, w->width() - 1), uniform(0, w->height() - 1)}; }

    void wheel(QWidget* w, QPoint at, int delta, Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(QPointF(at), QPointF(w->mapToGlobal(at)), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &event);
    }

    void typeValue(QWidget* field, const QString& value) {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QPointer<QWidget> guard(field);
        for (const QChar c : value) {
            if (!guard) return;
            if (c.unicode() < 128) {
                QTest::keyClick(field, c.toLatin1());
            } else {  // QTest knows only ASCII keys: send the text itself
                QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
                QApplication::sendEvent(field, &press);
                QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
                QApplication::sendEvent(field, &release);
            }
        }
        if (!guard) return;
        const double finish = unit();
        if (finish < 0.6) QTest::keyClick(field, Qt::Key_Return);
        else if (finish < 0.75) QTest::keyClick(field, Qt::Key_Tab);
        else if (finish < 0.85) QTest::keyClick(field, Qt::Key_Escape);
        // otherwise the text is left in the field, to be committed (or not) by whatever comes next
    }

    // One random action.
    void act() {
        ++actions;
        if (QWidget* popup = QApplication::activePopupWidget()) {
            // A combo box list or a menu is open: use it or close it.
            const int key = pick(std::vector<int>{Qt::Key_Down, Qt::Key_Up, Qt::Key_Return, Qt::Key_Escape});
            note(QString("key %1 in popup %2").arg(key, 0, 16).arg(describe(popup)));
            QTest::keyClick(popup, static_cast<Qt::Key>(key));
            return;
        }
        const double roll = unit();
        if (roll < 0.28) {
            QWidget* w = target();
            const QPoint at = somewhere(w);
            note(QString("click %1 at %2,%3").arg(describe(w)).arg(at.x()).arg(at.y()));
            QTest::mouseClick(w, unit() < 0.9 ? Qt::LeftButton : Qt::RightButton, Qt::NoModifier, at);
        } else if (roll < 0.33) {
            QWidget* w = target();
            const QPoint at = somewhere(w);
            note(QString("double click %1 at %2,%3").arg(describe(w)).arg(at.x()).arg(at.y()));
            QTest::mouseDClick(w, Qt::LeftButton, Qt::NoModifier, at);
        } else if (roll < 0.48) {
            QWidget* w = target();
            QPoint at = somewhere(w);
            note(QString("drag %1 from %2,%3").arg(describe(w)).arg(at.x()).arg(at.y()));
            QPointer<QWidget> guard(w);
            QTest::mousePress(w, Qt::LeftButton, Qt::NoModifier, at);
            const int steps = uniform(2, 8);
            for (int s = 0; s < steps && guard; ++s) {
                at += QPoint(uniform(-60, 60), uniform(-30, 30));
                QTest::mouseMove(w, at);
            }
            if (guard) QTest::mouseRelease(w, Qt::LeftButton, Qt::NoModifier, at);
        } else if (roll < 0.58) {
            QWidget* w = target();
            const QPoint at = somewhere(w);
            const int delta = pick(std::vector<int>{120, -120, 240, -240, 15, -15});
            const Qt::KeyboardModifiers modifiers = unit() < 0.2 ? Qt::ControlModifier : Qt::NoModifier;
            note(QString("wheel %1 on %2").arg(delta).arg(describe(w)));
            wheel(w, at, delta, modifiers);
        } else if (roll < 0.70) {
            QWidget* w = QApplication::focusWidget();
            if (w == nullptr || w->window() != window || unit() < 0.3) w = target();
            const int key = pick(kKeys);
            note(QString("key %1 on %2").arg(key, 0, 16).arg(describe(w)));
            QTest::keyClick(w, static_cast<Qt::Key>(key));
        } else if (roll < 0.80) {
            const auto [key, modifiers] = pick(kShortcuts);
            QWidget* w = QApplication::focusWidget();
            if (w == nullptr || w->window() != window) w = window;
            note(QString("shortcut %1 (modifiers %2) on %3").arg(key, 0, 16).arg(int(modifiers), 0, 16).arg(describe(w)));
            QTest::keyClick(w, static_cast<Qt::Key>(key), modifiers);
        } else if (roll < 0.86) {
            typeIntoAField();
        } else if (roll < 0.93) {
            setAParameter();
        } else if (roll < 0.98) {
            triggerAMenuCommand();
        } else {
            const QSize size(uniform(500, 2000), uniform(350, 1200));
            note(QString("resize window to %1x%2").arg(size.width()).arg(size.height()));
            window->resize(size);
        }
    }

    void typeIntoAField() {
        const QString value = kHostileValues[uniform(0, kHostileValues.size() - 1)];
        std::vector<QWidget*> fields;
        for (QWidget* w : targets(true)) {
            if (qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QLineEdit*>(w)) fields.push_back(w);
        }
        std::vector<QTableWidget*> tables;  // the weights editor, the gradient lab's targets and weights
        for (QTableWidget* table : window->findChildren<QTableWidget*>()) {
            if (table->isVisible() && table->rowCount() > 0) tables.push_back(table);
        }
        if (!tables.empty() && unit() < 0.3) {
            QTableWidget* table = pick(tables);
            const int row = uniform(0, table->rowCount() - 1);
            const int column = table->columnCount() == 2 ? uniform(0, 1) : 0;  // the lab's table: t and w; else the weight
            note(QString("type '%1' into %2 row %3, column %4").arg(value).arg(describe(table)).arg(row).arg(column));
            table->setFocus();
            table->setCurrentCell(row, column);
            QTest::keyClick(table, Qt::Key_F2);  // as a person opens the editor (double click does the same)
            QWidget* editor = QApplication::focusWidget();
            if (editor != nullptr && editor->window() == window) typeValue(editor, value);
            return;
        }
        if (fields.empty()) return;
        QWidget* field = pick(fields);
        note(QString("type '%1' into %2").arg(value).arg(describe(field)));
        typeValue(field, value);
    }

    // A control of the parameter panel or the toolbar moved to one of its extremes or a typical value, as a person
    // would (keys, a typed number): this is what reaches unusual states quickly (k = 2, hard, tau = 0.01, d = 10000).
    void setAParameter() {
        std::vector<QWidget*> controls;
        for (QWidget* w : targets(true)) {
            if (qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractSlider*>(w) || qobject_cast<QCheckBox*>(w) ||
                qobject_cast<QComboBox*>(w))
                controls.push_back(w);
        }
        if (controls.empty()) return;
        QWidget* control = pick(controls);
        control->setFocus();
        if (qobject_cast<QCheckBox*>(control) != nullptr) {
            note(QString("toggle %1").arg(describe(control)));
            QTest::keyClick(control, Qt::Key_Space);
        } else if (qobject_cast<QComboBox*>(control) != nullptr) {
            const int key = pick(std::vector<int>{Qt::Key_Down, Qt::Key_Up, Qt::Key_Home, Qt::Key_End});
            note(QString("key %1 on %2").arg(key, 0, 16).arg(describe(control)));
            QTest::keyClick(control, static_cast<Qt::Key>(key));
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(control); spin != nullptr && unit() < 0.5) {
            const QString value = pick(std::vector<QString>{"2", "3", "1000", "10000", "0.01", "0.0001", "1000", "1", "50", "10000000"});
            note(QString("type '%1' into %2").arg(value).arg(describe(control)));
            typeValue(spin, value);
        } else {
            const int key = pick(std::vector<int>{Qt::Key_Home, Qt::Key_End, Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Up, Qt::Key_Down});
            note(QString("key %1 on %2").arg(key, 0, 16).arg(describe(control)));
            QTest::keyClick(control, static_cast<Qt::Key>(key));
        }
    }

    void triggerAMenuCommand() {
        std::vector<QAction*> commands;
        std::function<void(QMenu*)> collect = [&](QMenu* menu) {
            for (QAction* action : menu->actions()) {
                if (action->menu() != nullptr) collect(action->menu());
                else if (!action->isSeparator() && action->isEnabled() && action->shortcut() != QKeySequence::Quit)
                    commands.push_back(action);
            }
        };
        for (QAction* action : window->menuBar()->actions()) {
            if (action->menu() != nullptr) collect(action->menu());
        }
        if (commands.empty()) return;
        QAction* command = pick(commands);
        note(QString("menu command '%1'").arg(command->text()));
        command->trigger();
    }

    // A dialog (file chooser, message box) would wait for a person: answer "cancel" to every one. A popup menu
    // opened with exec() (a field's context menu) waits too: when no action has run for half a second while a popup
    // is open, the driver is inside that menu's own event loop, so the popup is closed.
    long long actionsAtLastTick = -1;
    int quietTicks = 0;
    void dismissDialogs() {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            note(QString("dismissed dialog %1").arg(describe(modal)));
            if (auto* dialog = qobject_cast<QDialog*>(modal)) dialog->reject();
            else modal->close();
        }
        quietTicks = actions == actionsAtLastTick ? quietTicks + 1 : 0;
        actionsAtLastTick = actions;
        if (QWidget* popup = QApplication::activePopupWidget(); popup != nullptr && quietTicks >= 5) {
            note(QString("closed popup %1 (its own event loop was waiting)").arg(describe(popup)));
            popup->close();
            quietTicks = 0;
        }
    }

    // Time until an event posted now is handled (the backlog the last burst left behind).
    double answerMs() {
        QElapsedTimer answer;
        answer.start();
        bool handled = false;
        QTimer::singleShot(0, window, [&handled] { handled = true; });
        while (!handled && answer.elapsed() < 60000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            beat();
        }
        return static_cast<double>(answer.nsecsElapsed()) / 1e6;
    }
};

RandomInput::RandomInput(std::uint64_t seed, RandomInputLimits limits) : impl_(std::make_unique<Impl>(seed, limits)) {}

RandomInput::~RandomInput() = default;

void RandomInput::installMessageRecorder() {
    const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
    if (previous != recordMessage) previousHandler = previous;
}

double RandomInput::residentMb() {
    QFile statm("/proc/self/statm");
    if (!statm.open(QIODevice::ReadOnly)) return 0.0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2) return 0.0;
    return fields[1].toDouble() * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

RandomInputVerdict RandomInput::run(long long actions, double seconds) {
    Impl& m = *impl_;
    RandomInputVerdict verdict;
    takeWarnings();
    ui::ExplorerDocument document;
    ui::ExplorerState& state = document.state();
    ui::MainWindow window(document);
    m.state = &state;
    m.window = &window;
    const QFont font = QApplication::font();
    window.show();
    QCoreApplication::processEvents();
    m.clock.start();
    m.beat();

    // A watchdog thread: the window must never stop answering for long, nor grow without bound, even inside one
    // action (where the checks below cannot run).
    const double hangLimitMs = m.limits.hangMs;
    EventCounter events;
    qApp->installEventFilter(&events);
    m.stopWatchdog = false;
    std::thread watchdog([&] {
        long long lastBeat = -1;
        long long eventsAtBeat = 0;
        long long paintsAtBeat = 0;
        while (!m.stopWatchdog.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            const double rss = residentMb();
            const long long beatMs = m.heartbeatMs.load();
            if (beatMs != lastBeat) {
                lastBeat = beatMs;
                eventsAtBeat = events.delivered.load();
                paintsAtBeat = events.paints.load();
            }
            const double silentMs = static_cast<double>(m.clock.elapsed() - beatMs);
            if (rss > m.limits.residentMb || silentMs > hangLimitMs) {
                std::fprintf(stderr,
                             "random input: %s (resident %.0f MB, silent for %.0f ms, meanwhile %lld events delivered, "
                             "%lld of them paint events); the last actions:\n",
                             rss > m.limits.residentMb ? "memory runaway" : "the window stopped answering", rss, silentMs,
                             events.delivered.load() - eventsAtBeat, events.paints.load() - paintsAtBeat);
                for (const QString& line : m.recentActions()) std::fprintf(stderr, "  %s\n", qPrintable(line));
                std::fflush(stderr);
                std::abort();
            }
        }
    });
    QTimer dialogs;
    QObject::connect(&dialogs, &QTimer::timeout, &window, [&m] {
        m.beat();
        m.dismissDialogs();
    });
    dialogs.start(100);

    QElapsedTimer elapsed;
    elapsed.start();
    const auto fail = [&](const QString& why) {
        verdict.failure = why;
        verdict.lastActions = m.recentActions();
    };
    while (verdict.failure.isEmpty() && (seconds > 0.0 ? elapsed.elapsed() < seconds * 1000.0 : m.actions < actions)) {
        for (int i = 0; i < m.limits.burst; ++i) {
            static const bool trace = qEnvironmentVariableIsSet("GUMBEL_RANDOM_TRACE");
            QElapsedTimer actionClock;
            actionClock.start();
            m.act();
            // Real input arrives through the event loop, which runs between two events: what an action posted
            // (queued commits of an editor, deferred deletes) is handled before the next one, as for a person.
            QCoreApplication::processEvents();
            m.beat();
            if (trace) std::fprintf(stderr, "   (%lld ms)\n", static_cast<long long>(actionClock.elapsed()));
            if (!window.isVisible()) window.show();  // nothing may close it, but a random path might try
        }
        const double answer = m.answerMs();
        verdict.worstAnswerMs = std::max(verdict.worstAnswerMs, answer);
        const double rss = residentMb();
        verdict.peakResidentMb = std::max(verdict.peakResidentMb, rss);
        const QStringList warnings = takeWarnings();
        if (m.limits.answerMs > 0.0 && answer > m.limits.answerMs) {
            fail(QString("the event loop took %1 ms to answer").arg(answer, 0, 'f', 0));
        }
        else if (rss > m.limits.residentMb) fail(QString("resident memory %1 MB").arg(rss, 0, 'f', 0));
        else if (!warnings.isEmpty()) fail("Qt warned: " + warnings.join(" | "));
    }
    m.stopWatchdog = true;
    watchdog.join();
    qApp->removeEventFilter(&events);
    dialogs.stop();
    verdict.actions = m.actions;
    // Leave no modal state behind for the next run.
    window.setPresentationMode(false);
    QApplication::setFont(font);
    m.window = nullptr;
    m.state = nullptr;
    return verdict;
}

}  // namespace gumbel::test
