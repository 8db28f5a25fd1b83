#pragma once
// The views, in tab order: one row each, read by everything that names a view (the window's tabs, tooltips and
// View menu, sessions, --view, lessons, the document's "is the picture complete", the batch runner, --benchmark).
// Adding a view: a ViewId, its row in ViewTable.cpp, its class in ui/views/, and its case in MainWindow's
// createView (the compiler names a missing case). A name is parsed in one place, viewNamed().
// Qt Core only: the session library (and its fuzzer) links it without widgets.
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>
#include <optional>
#include <string>

namespace gumbel::ui {

enum class ViewId { Explorer, Pipeline, Simplex, Sweep, Gradients, Temperatures, Microscope };

// What must be computed, beyond the live sample and the histograms, before the view's picture is final (a
// screenshot, an export or an animation frame waits for it).
enum class ViewNeeds { Histograms, Sweep, GradientLab };

struct ViewInfo {
    ViewId id;
    const char* name;     // in sessions, on the command line (--view) and in the settings: never translated
    const char* title;    // the tab's text, with its mnemonic (translated in the "Views" context)
    const char* toolTip;  // the tab's tooltip (translated in the "Views" context)
    ViewNeeds needs;
};

inline constexpr int kViewCount = 7;
const std::array<ViewInfo, kViewCount>& viewTable();
const ViewInfo& viewInfo(ViewId id);
QString viewName(ViewId id);
QString viewTitle(ViewId id);    // in the current language, with its '&'
QString viewToolTip(ViewId id);  // in the current language
QStringList viewNames();         // in tab order
int viewIndex(ViewId id);        // its tab
std::optional<ViewId> viewNamed(QStringView name);
// "unknown view 'NAME' (known: explorer, pipeline, ...)", NAME cut to 40 characters.
std::string unknownViewMessage(QStringView name);

}  // namespace gumbel::ui

Q_DECLARE_METATYPE(gumbel::ui::ViewId)
