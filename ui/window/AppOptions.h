#pragma once
// gumbel-explorer's command line (QCommandLineParser, with --help and --version): the starting state and what to do
// with it. Every problem is one line naming it; the program exits with status 2 then.
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "core/Result.h"
#include "ui/animation/AnimationSettings.h"
#include "ui/model/ExplorerParameters.h"
#include "ui/model/ViewTable.h"

namespace gumbel::ui {

struct AppOptions {
    ExplorerParameters parameters;
    std::optional<ViewId> view;  // none: the first view (or the session's)
    QString screenshot;  // PNG path: save the window once histograms are complete, then exit
    QString session;     // a session file to start from (state options given too override it)
    QString exportDir;   // write every figure and data file of the state there, then exit
    QString animation;  // --export-animation FILE.gif: the annealing path of the view in front, then exit
    AnimationSettings animationSettings;
    bool benchmark = false;
    int lesson = 0;            // 1 to the number of lessons: open that lesson (it sets the state and the view)
    bool presentation = false;  // presentation mode (F11): large fonts, full screen unless --size is given
    QSize size;                 // the window's size (invalid: the last run's, or 1500 x 900)
    QString language;           // --language: an available language's code ("de"); empty: the system's
    bool help = false;
    QString helpText;  // with --help: every option and what it does
    bool version = false;
    std::optional<std::vector<double>> probsFromFile;  // --probs-file, already read
};

// args excludes the program name. Every problem is one line naming it.
// lessonCount: how many lessons --lesson may name.
Result<AppOptions> parseAppArguments(const QStringList& args, int lessonCount = 0);
QString appUsage();

}  // namespace gumbel::ui
