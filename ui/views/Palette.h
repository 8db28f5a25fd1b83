#pragma once
// One meaning per colour, and the word the lessons use for it. Okabe-Ito and Paul Tol colours, chosen so that every
// pair a view draws side by side stays apart for the three colour-vision deficiencies and on a washed-out projector
// (simulated, not judged by eye: tst_accessibility's colour-distance check, Machado et al. 2009 at full severity, and
// a quarter of white light added). Every colour a chart draws data with has at least 3:1 contrast against the white
// plot (WCAG 2.1's figure for graphics; tst_accessibility checks every chart of every view).
#include <QColor>

namespace gumbel::ui::palette {
inline QColor samples() { return QColor(0x00, 0x72, 0xB2); }    // "blue": what was sampled (relaxed samples)
inline QColor exact() { return QColor(0xD5, 0x5E, 0x00); }      // "red-orange" (vermillion): p, every exact value
inline QColor secondary() { return QColor(0xAA, 0x33, 0x77); }  // "purple": a second exact overlay, P(i in S)
inline QColor accent() { return QColor(0x00, 0x9E, 0x73); }     // bluish green
inline QColor muted() { return QColor(0x85, 0x85, 0x85); }  // "grey" (3.7:1): references such as 1/k, best vertex
inline QColor reference() { return muted().darker(130); }      // dotted markers: the current tau, the best vertex
inline QColor race() { return QColor(0x44, 0x44, 0x44); }      // an annealing race's path: dark, not an estimator's
// The gradient lab's estimators (GradientBars.cpp's estimatorColor): REINFORCE black, REINFORCE with the mean
// baseline brown, relaxed blue (it differentiates the relaxed sample), straight-through indigo, Gumbel-Rao green.
inline QColor brown() { return QColor(0x6B, 0x4E, 0x00); }
inline QColor indigo() { return QColor(0x33, 0x22, 0x88); }
// The four after them: RLOO Paul Tol's wine, ReinMax violet, gapped straight-through orchid, decoupled
// straight-through Okabe-Ito's reddish purple. Found by a search over sRGB for the largest smallest distance to the
// six above and to each other under the test's simulations (13 CIELAB units at least; each 3:1 or more on white).
inline QColor wine() { return QColor(0x88, 0x22, 0x55); }
inline QColor violet() { return QColor(0x88, 0x44, 0xEE); }
inline QColor orchid() { return QColor(0x99, 0x77, 0xFF); }
inline QColor pink() { return QColor(0xCC, 0x79, 0xA7); }
// One curve per category (the sweep's E[C_i]): eight colours that keep clear of the meanings above (no vermillion,
// which means p; no purple, which means P(i in S)) and of yellow, which a projector washes out on white. Okabe-Ito
// blue, bluish green, reddish purple and black, then Paul Tol's wine and indigo, a brown and a grey: each at least
// 3:1 against white (WCAG's figure for graphics; Okabe-Ito sky blue, 2.3:1, is left out).
inline QColor series(int index) {
    static const QColor colours[] = {QColor(0x00, 0x72, 0xB2), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                     QColor(0x00, 0x00, 0x00), QColor(0x88, 0x22, 0x55), QColor(0x33, 0x22, 0x88),
                                     QColor(0x7F, 0x5F, 0x2A), QColor(0x6B, 0x6B, 0x6B)};
    return colours[index % 8];
}
}  // namespace gumbel::ui::palette
