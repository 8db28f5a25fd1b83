#include "ui/model/ViewTable.h"

#include <QCoreApplication>

namespace gumbel::ui {

const std::array<ViewInfo, kViewCount>& viewTable() {
    static const std::array<ViewInfo, kViewCount> table{{
        {ViewId::Explorer, "explorer", QT_TRANSLATE_NOOP("Views", "&Explorer"),
         QT_TRANSLATE_NOOP("Views", "G, the m-hot V and S, and histograms from repeated sampling"), ViewNeeds::Histograms},
        {ViewId::Pipeline, "pipeline", QT_TRANSLATE_NOOP("Views", "&Pipeline"),
         QT_TRANSLATE_NOOP("Views", "The algorithm step by step for one column, with the current numbers"),
         ViewNeeds::Histograms},
        {ViewId::Simplex, "simplex", QT_TRANSLATE_NOOP("Views", "Simple&x (k = 3)"),
         QT_TRANSLATE_NOOP("Views", "The Concrete density on the triangle, with samples"), ViewNeeds::Histograms},
        {ViewId::Sweep, "sweep", QT_TRANSLATE_NOOP("Views", "S&weep"),
         QT_TRANSLATE_NOOP("Views", "Expected sample, one-hotness and entropy against tau"), ViewNeeds::Sweep},
        {ViewId::Gradients, "gradients", QT_TRANSLATE_NOOP("Views", "&Gradient lab"),
         QT_TRANSLATE_NOOP("Views", "What tau does to learning: bias, variance and MSE of nine gradient estimators, "
                                    "and an SGD race"),
         ViewNeeds::GradientLab},
        {ViewId::Temperatures, "temperatures", QT_TRANSLATE_NOOP("Views", "&Temperatures"),
         QT_TRANSLATE_NOOP("Views", "The same noise at three temperatures side by side, for a slide"),
         ViewNeeds::Histograms},
        {ViewId::Microscope, "microscope", QT_TRANSLATE_NOOP("Views", "&Microscope"),
         QT_TRANSLATE_NOOP("Views", "One sample's gradient estimates as arrows on the triangle (k = 3), with their cloud"),
         ViewNeeds::Histograms},
    }};
    return table;
}

const ViewInfo& viewInfo(ViewId id) { return viewTable()[static_cast<std::size_t>(viewIndex(id))]; }

int viewIndex(ViewId id) {
    const auto& table = viewTable();
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (table[i].id == id) return static_cast<int>(i);
    }
    return 0;  // unreachable: every ViewId has a row (tst_view_table)
}

QString viewName(ViewId id) { return QString::fromLatin1(viewInfo(id).name); }
QString viewTitle(ViewId id) { return QCoreApplication::translate("Views", viewInfo(id).title); }
QString viewToolTip(ViewId id) { return QCoreApplication::translate("Views", viewInfo(id).toolTip); }

QStringList viewNames() {
    QStringList names;
    for (const ViewInfo& view : viewTable()) names << QString::fromLatin1(view.name);
    return names;
}

std::optional<ViewId> viewNamed(QStringView name) {
    for (const ViewInfo& view : viewTable()) {
        if (name == QLatin1String(view.name)) return view.id;
    }
    return std::nullopt;
}

std::string unknownViewMessage(QStringView name) {
    return "unknown view '" + name.left(40).toString().toStdString() + "' (known: " +
           viewNames().join(", ").toStdString() + ")";
}

}  // namespace gumbel::ui
