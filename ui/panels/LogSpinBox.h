#pragma once
// A spin box for a positive value on a log scale: accepts typed scientific
// notation (1e-4), steps multiplicatively, and says why a typed text is not
// accepted (invalidReason()).
#include <QDoubleSpinBox>

namespace gumbel::ui {

class LogSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit LogSpinBox(QWidget* parent = nullptr);

    void stepBy(int steps) override;
    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& position) const override;

    // Empty when `text` is acceptable, else the reason (e.g. "1e5 is above the maximum 1000").
    QString invalidReason(const QString& text) const;

signals:
    void reasonChanged(const QString& reason);  // the typed text's problem, or empty
};

}  // namespace gumbel::ui
