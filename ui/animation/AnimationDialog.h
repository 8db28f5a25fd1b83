#pragma once
// File > Export animation...: the annealing path's range, frames and pace, and the GIF file to write. Remembers the
// last choices (QSettings). The export itself runs in AnimationExporter, with a progress dialog that can cancel.
#include <QDialog>

#include "ui/animation/AnimationSettings.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gumbel::ui {

class LogSpinBox;

class AnimationDialog : public QDialog {
    Q_OBJECT
public:
    explicit AnimationDialog(const QString& viewTitle, QWidget* parent = nullptr);

    AnimationSettings settings() const;
    QString path() const;
    void setPath(const QString& path);
    // Settings and folder for next time.
    void remember() const;

private:
    void browse();
    void updateSummary();

    LogSpinBox* from_;
    LogSpinBox* to_;
    QSpinBox* frames_;
    QSpinBox* frameMs_;
    QSpinBox* holdMs_;
    QLineEdit* path_;
    QLabel* summary_;
    QDialogButtonBox* buttons_;
};

}  // namespace gumbel::ui
