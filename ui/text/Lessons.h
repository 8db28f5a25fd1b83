#pragma once
// Guided lessons: each sets the parameters, brings the right view to the
// front and explains, in a few sentences beside it, what to look at.
#include <QString>
#include <functional>
#include <vector>

#include "ui/model/ExplorerParameters.h"
#include "ui/model/GradientLabSettings.h"
#include "ui/model/ViewTable.h"

namespace gumbel::ui {

struct Lesson {
    QString id;     // a short name that stays when titles and the order change (tests find lessons by it)
    QString title;  // in English, as written in the source (marked for translation in the "Lessons" context)
    ViewId view;
    std::function<void(ExplorerParameters&)> setup;  // applied to the defaults
    // The explanation; may use the state it set up (e.g. to quote exact numbers).
    std::function<QString(const ExplorerParameters&, const Distribution&)> text;
    // The gradient lab's settings, applied to its defaults (every lesson resets them).
    std::function<void(GradientLabSettings&)> labSetup = [](GradientLabSettings&) {};
    // Whether the explorer shows its m-hot half (V, S, histogram 4): lessons on one-hots hide it.
    bool mHot = true;
    // Whether the explorer shows histograms (2) and (3): lessons about the winners alone show (1) large.
    bool valueHistograms = true;
    // The title in the current language (lessons() is built once, possibly before a translator is installed).
    QString displayTitle() const;
};

const std::vector<Lesson>& lessons();
// The last three (ui/text/EstimatorLessons.cpp): one sample under the microscope, decoupled straight-through's
// (tau_f, tau_b) map, annealing schedules. lessons() holds them; this builds them.
std::vector<Lesson> estimatorLessons();
// The index of the lesson with this id in lessons(), -1 when there is none.
int lessonIndex(QStringView id);

}  // namespace gumbel::ui
