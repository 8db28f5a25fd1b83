#include "ui/graphics/ColorMap.h"

#include <QImage>

namespace gumbel::ui {

namespace {
constexpr unsigned kViridis[256] = {
#include "ui/graphics/ViridisTable.inc"
};
}  // namespace

const ColorMap& ColorMap::viridis() {
    static const ColorMap map = [] {
        std::array<QRgb, 256> table{};
        for (std::size_t i = 0; i < table.size(); ++i) table[i] = 0xff000000u | kViridis[i];
        return ColorMap(table, 0.0, 1.0);
    }();
    return map;
}

}  // namespace gumbel::ui
