#include "ui/panels/LogSpinBox.h"

#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

#include "ui/text/Language.h"

namespace gumbel::ui {

LogSpinBox::LogSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
    setDecimals(8);
    setKeyboardTracking(false);
    setAccelerated(true);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString& text) { emit reasonChanged(invalidReason(text)); });
    connect(this, &QDoubleSpinBox::editingFinished, this, [this] { emit reasonChanged({}); });
}

void LogSpinBox::stepBy(int steps) {
    // 20 steps per decade.
    setValue(std::clamp(value() * std::pow(10.0, steps / 20.0), minimum(), maximum()));
}

// In the window's locale (0,5 in German); typed numbers may also use the C locale's point (0.5).
QString LogSpinBox::textFromValue(double value) const { return displayNumber(value, 'g', 4); }

double LogSpinBox::valueFromText(const QString& text) const {
    return parseTypedNumber(text).value_or(value());
}

QString LogSpinBox::invalidReason(const QString& text) const {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) return tr("type a number");
    const std::optional<double> parsed = parseTypedNumber(trimmed);
    const double v = parsed.value_or(std::nan(""));
    if (!parsed || std::isnan(v)) return tr("'%1' is not a number").arg(trimmed.left(20));
    if (v < minimum()) return tr("%1 is below the minimum %2").arg(trimmed.left(20), displayNumber(minimum()));
    if (v > maximum()) return tr("%1 is above the maximum %2").arg(trimmed.left(20), displayNumber(maximum()));
    return {};
}

QValidator::State LogSpinBox::validate(QString& text, int&) const {
    const QString trimmed = text.trimmed();
    if (invalidReason(trimmed).isEmpty()) return QValidator::Acceptable;
    // Partial forms while typing: "", "1e", "1e-", "-", ".", "," (the decimal separator of some locales).
    static const QRegularExpression partial(R"(^[0-9.,]*([eE][-+]?[0-9]*)?$)");
    return partial.match(trimmed).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

}  // namespace gumbel::ui
