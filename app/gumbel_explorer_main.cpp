// gumbel-explorer: the desktop app.
#include <QApplication>
#include <QTextStream>
#include <cstdio>

#include "ui/window/AppOptions.h"
#include "ui/text/Language.h"
#include "ui/text/Lessons.h"
#include "ui/batch/Exporter.h"
#include "ui/batch/BatchRunner.h"
#include "ui/views/GradientLabView.h"
#include "ui/model/ExplorerDocument.h"
#include "ui/window/MainWindow.h"

namespace {

bool isBatch(const gumbel::ui::AppOptions& options) {
    return options.benchmark || !options.exportDir.isEmpty() || !options.screenshot.isEmpty() ||
           !options.animation.isEmpty();
}

// --screenshot, --export and --benchmark work without a display: use the offscreen platform then.
void chooseOffscreenIfHeadless(const gumbel::ui::AppOptions& options) {
    if (isBatch(options) && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
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
    const auto options = gumbel::ui::parseAppArguments(args, static_cast<int>(gumbel::ui::lessons().size()));
    if (!options) return fail(QString::fromStdString(options.error()));
    if (options->help) {
        std::printf("%s", options->helpText.toLocal8Bit().constData());
        return 0;
    }
    if (options->version) {
        std::printf("gumbel-explorer %s\n", GUMBEL_VERSION);
        return 0;
    }
    if (!options->exportDir.isEmpty()) {
        if (const auto ready = gumbel::ui::prepareFolder(options->exportDir); !ready) {
            return fail("--export: " + QString::fromStdString(ready.error()));
        }
    }
    chooseOffscreenIfHeadless(*options);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        return fail("no display found (DISPLAY is not set). Run it in a desktop session, under xvfb-run, or with "
                    "QT_QPA_PLATFORM=offscreen together with --screenshot, --export, --export-animation or --benchmark.");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName("Gumbel Explorer");
    QApplication::setOrganizationName("Gumbel Explorer");
    // The installed desktop entry's name (the AppStream id): Wayland compositors match the window to it by this.
    QGuiApplication::setDesktopFileName(GUMBEL_APP_ID);
    // Before any widget exists: the language (--language, or the system's) and the locale numbers follow.
    const QString language = options->language.isEmpty() ? gumbel::ui::languageFor(QLocale::system()) : options->language;
    gumbel::ui::installLanguage(language, gumbel::ui::numberLocaleFor(language, QLocale::system()));

    gumbel::ui::ExplorerDocument document;
    if (const auto status = document.start(options->parameters); !status) return fail(QString::fromStdString(status.error()));
    gumbel::ui::MainWindow window(document);
    const bool batch = isBatch(*options);
    // The last run's geometry and view first, so that a session's view and --view take precedence over it. Batch
    // output does not depend on the last interactive run.
    if (!batch) window.restoreSettings();
    if (!options->session.isEmpty()) {
        // Through the document, as File > Open does: the title names the file, Save writes back to it, and it
        // joins Open recent.
        if (const auto opened = document.open(options->session); !opened) return fail(QString::fromStdString(opened.error()));
    }
    if (options->view) window.showView(*options->view);
    if (options->lesson > 0) window.startLesson(options->lesson - 1);
    if (options->size.isValid()) window.resize(options->size);
    window.show();
    if (options->presentation) {
        window.setPresentationMode(true);
        if (options->size.isValid()) {  // as on a screen of that size: the window keeps it rather than the screen's
            window.showNormal();
            window.resize(options->size);
        }
    }
    if (!batch) return app.exec();

    gumbel::ui::BatchRunner runner(document, window, [&window](const QString& folder) { return window.exportTo(folder); }, window.benchmarkViews());
    int exitCode = 0;
    QObject::connect(&runner, &gumbel::ui::BatchRunner::aboutToGrab, &window,
                     [&window] { window.gradientLabView().revealWholeRace(); });
    QObject::connect(&runner, &gumbel::ui::BatchRunner::finished, &app,
                     [&](int code, const QString& message, const QString& output) {
                         exitCode = code == 0 ? 0 : fail(message);
                         if (!output.isEmpty()) std::printf("%s\n", output.toLocal8Bit().constData());
                         QApplication::exit(exitCode);  // unlike quit(), asks no window whether it may close
                     });
    if (options->benchmark) {
        runner.benchmark();
    } else if (!options->animation.isEmpty()) {
        runner.animation(options->animation, options->animationSettings, [&window] { return window.frontFigure(1.0); });
    } else if (!options->exportDir.isEmpty()) {
        runner.exportAll(options->exportDir);
    } else {
        runner.screenshot(options->screenshot);
    }
    app.exec();
    return exitCode;
}
