#pragma once
// gumbel-explorer's command line (QCommandLineParser, with --help and --version): the starting state and what to do
// with it. Every problem is one line naming it; the program exits with status 2 then.
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "core/Result.h"
#include "ui/model/ExplorerParameters.h"

namespace gumbel::ui {

struct AppOptions {
    ExplorerParameters parameters;
    QString view;        // empty: the first view
    QString screenshot;  // PNG path: save the window once histograms are complete, then exit
    QString session;     // a session file to start from (state options given too override it)
    QString exportDir;   // write every figure and data file of the state there, then exit
    bool benchmark = false;
    bool help = false;
    QString helpText;  // with --help: every option and what it does
    bool version = false;
    std::optional<std::vector<double>> probsFromFile;  // --probs-file, already read
};

// args excludes the program name. Every problem is one line naming it.
Result<AppOptions> parseAppArguments(const QStringList& args, const QStringList& viewNames);
QString appUsage();

}  // namespace gumbel::ui
