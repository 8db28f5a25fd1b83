#pragma once
// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
#include <QColor>

namespace gumbel::ui::palette {
inline QColor samples() { return QColor(0x00, 0x72, 0xB2); }    // blue: what was sampled
inline QColor exact() { return QColor(0xD5, 0x5E, 0x00); }      // vermillion: p, exact values
inline QColor secondary() { return QColor(0xE6, 0x9F, 0x00); }  // orange: a second exact overlay
inline QColor accent() { return QColor(0x00, 0x9E, 0x73); }     // bluish green
inline QColor muted() { return QColor(0x99, 0x99, 0x99); }
// The eight Okabe-Ito colours in order, for one curve per category.
inline QColor series(int index) {
    static const QColor colours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                     QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                     QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};
    return colours[index % 8];
}
}  // namespace gumbel::ui::palette
