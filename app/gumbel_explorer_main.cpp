// gumbel-explorer: the desktop app.
#include <QApplication>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

#include "ui/AppOptions.h"
#include "ui/Exporter.h"
#include "ui/model/SessionFile.h"
#include "ui/BenchmarkSession.h"
#include "ui/ExplorerController.h"
#include "ui/MainWindow.h"
#include "ui/TeachingController.h"

namespace {

// --screenshot and --benchmark work without a display: use the offscreen platform then.
void chooseOffscreenIfHeadless(int argc, char** argv) {
    bool batch = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        batch = batch || arg.startsWith("--screenshot") || arg.startsWith("--export") || arg == "--benchmark";
    }
    if (batch && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

int fail(QString message) {
    message.replace('\n', ' ').replace('\r', ' ');  // always one line
    std::fprintf(stderr, "gumbel-explorer: %s\n", message.toLocal8Bit().constData());
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    QStringList args;
    for (int i = 1; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    const auto options = gumbel::ui::parseAppArguments(args, gumbel::ui::MainWindow::viewNames());
    if (!options) return fail(QString::fromStdString(options.error()));
    if (options->help) {
        std::printf("%s\n", gumbel::ui::appUsage().toLocal8Bit().constData());
        return 0;
    }
    if (!options->exportDir.isEmpty()) {
        if (const auto ready = gumbel::ui::prepareFolder(options->exportDir); !ready) {
            return fail("--export: " + QString::fromStdString(ready.error()));
        }
    }
    chooseOffscreenIfHeadless(argc, argv);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        return fail("no display found (DISPLAY is not set). Run it in a desktop session, under xvfb-run, or with "
                    "QT_QPA_PLATFORM=offscreen together with --screenshot, --export or --benchmark.");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName("Gumbel Explorer");
    QApplication::setOrganizationName("Gumbel Explorer");

    gumbel::ui::ExplorerParameters start = options->parameters;
    QString startView = options->view;
    if (!options->session.isEmpty()) {
        const auto session = gumbel::ui::loadSession(options->session);
        if (!session) return fail(QString::fromStdString(session.error()));
        start = session->parameters;
        if (startView.isEmpty()) startView = session->view;
    }
    gumbel::ui::ExplorerState state;
    if (const auto status = state.apply([&](gumbel::ui::ExplorerParameters& p) { p = start; }); !status) {
        return fail(QString::fromStdString(status.error()));
    }
    gumbel::ui::MainWindow window(state);
    if (!startView.isEmpty() && !window.showView(startView)) window.showView("explorer");
    window.show();

    if (options->benchmark) {
        const QString json = gumbel::ui::runBenchmarkSession(window, state);
        std::printf("%s\n", json.toUtf8().constData());
        return 0;
    }
    if (!options->exportDir.isEmpty()) {
        // Everything of this state: histograms complete, the sweep computed, then every figure and data file.
        int exitCode = 0;
        QTimer poll;
        bool sweepStarted = false;
        QObject::connect(&poll, &QTimer::timeout, &app, [&] {
            if (!window.controller().samplingComplete()) return;
            if (!sweepStarted) {
                sweepStarted = true;
                window.showView("sweep");
                return;
            }
            if (!window.teaching().sweepComplete()) return;
            poll.stop();
            const auto written = gumbel::ui::Exporter(window, state).exportAll(options->exportDir);
            if (!written) {
                exitCode = fail("--export: " + QString::fromStdString(written.error()));
            } else {
                std::printf("wrote %lld files to %s\n", static_cast<long long>(written->size()), options->exportDir.toLocal8Bit().constData());
            }
            app.quit();
        });
        poll.start(50);
        app.exec();
        return exitCode;
    }
    if (!options->screenshot.isEmpty()) {
        // Save once the histograms (and, in front, the sweep) of this state are complete.
        const QString path = options->screenshot;
        int exitCode = 0;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &app, [&] {
            const bool sweepReady = window.currentViewName() != "sweep" || window.teaching().sweepComplete();
            if (!window.controller().samplingComplete() || !sweepReady) return;
            poll.stop();
            // One more turn of the event loop so the last update is painted.
            QTimer::singleShot(100, &app, [&] {
                if (!window.grab().save(path, "PNG")) exitCode = fail("--screenshot: could not write '" + path + "'");
                app.quit();
            });
        });
        poll.start(50);
        app.exec();
        return exitCode;
    }
    return app.exec();
}
