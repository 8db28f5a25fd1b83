#include "ui/animation/AnimationDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/panels/LogSpinBox.h"

namespace gumbel::ui {

AnimationDialog::AnimationDialog(const QString& viewTitle, QWidget* parent)
    : QDialog(parent), from_(new LogSpinBox), to_(new LogSpinBox), frames_(new QSpinBox), frameMs_(new QSpinBox),
      holdMs_(new QSpinBox), path_(new QLineEdit), summary_(new QLabel),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Export animation"));
    setObjectName("animationDialog");
    QSettings settings;
    const AnimationSettings defaults;
    auto* intro = new QLabel(tr("The %1 view along the annealing path: tau moves on a log scale while the noise stays "
                                "fixed, so the same sample sharpens frame by frame. Every frame shows tau as its caption; "
                                "the GIF loops, and plays in slides and browsers.")
                                 .arg(viewTitle));
    intro->setWordWrap(true);
    for (LogSpinBox* tau : {from_, to_}) {
        tau->setRange(ExplorerLimits::kMinTau, ExplorerLimits::kMaxTau);
    }
    from_->setObjectName("animationFrom");
    to_->setObjectName("animationTo");
    from_->setValue(settings.value("animation/from", defaults.fromTau).toDouble());
    to_->setValue(settings.value("animation/to", defaults.toTau).toDouble());
    frames_->setObjectName("animationFrames");
    frames_->setRange(AnimationSettings::kMinFrames, AnimationSettings::kMaxFrames);
    frames_->setValue(settings.value("animation/frames", defaults.frames).toInt());
    frameMs_->setObjectName("animationFrameMs");
    frameMs_->setRange(AnimationSettings::kMinFrameMs, AnimationSettings::kMaxFrameMs);
    frameMs_->setSingleStep(10);
    frameMs_->setSuffix(tr(" ms"));
    frameMs_->setValue(settings.value("animation/frameMs", defaults.frameMs).toInt());
    holdMs_->setObjectName("animationHoldMs");
    holdMs_->setRange(0, AnimationSettings::kMaxFrameMs);
    holdMs_->setSingleStep(100);
    holdMs_->setSuffix(tr(" ms"));
    holdMs_->setValue(settings.value("animation/holdMs", defaults.holdLastMs).toInt());
    path_->setObjectName("animationPath");
    const QString folder = settings.value("animation/folder", QDir::homePath()).toString();
    path_->setText(QDir(folder).filePath("annealing.gif"));
    auto* browse = new QPushButton(tr("Browse..."));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("From tau:"), from_);
    form->addRow(tr("To tau:"), to_);
    form->addRow(tr("Frames:"), frames_);
    form->addRow(tr("Each frame:"), frameMs_);
    form->addRow(tr("Hold the last frame:"), holdMs_);
    form->addRow(tr("File:"), pathRow);
    summary_->setWordWrap(true);
    summary_->setObjectName("animationSummary");
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(summary_);
    layout->addWidget(buttons_);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &AnimationDialog::browse);
    for (QSpinBox* box : {frames_, frameMs_, holdMs_}) connect(box, &QSpinBox::valueChanged, this, &AnimationDialog::updateSummary);
    for (LogSpinBox* box : {from_, to_}) connect(box, &QDoubleSpinBox::valueChanged, this, &AnimationDialog::updateSummary);
    connect(path_, &QLineEdit::textChanged, this, &AnimationDialog::updateSummary);
    updateSummary();
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

AnimationSettings AnimationDialog::settings() const {
    AnimationSettings s;
    s.fromTau = from_->value();
    s.toTau = to_->value();
    s.frames = frames_->value();
    s.frameMs = frameMs_->value();
    s.holdLastMs = holdMs_->value();
    return s;
}

QString AnimationDialog::path() const { return path_->text().trimmed(); }

void AnimationDialog::setPath(const QString& path) { path_->setText(path); }

void AnimationDialog::remember() const {
    QSettings settings;
    const AnimationSettings s = this->settings();
    settings.setValue("animation/from", s.fromTau);
    settings.setValue("animation/to", s.toTau);
    settings.setValue("animation/frames", s.frames);
    settings.setValue("animation/frameMs", s.frameMs);
    settings.setValue("animation/holdMs", s.holdLastMs);
    settings.setValue("animation/folder", QFileInfo(path()).absolutePath());
}

void AnimationDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export animation to"), path(), tr("Animated GIF (*.gif)"));
    if (chosen.isEmpty()) return;
    path_->setText(chosen.endsWith(".gif", Qt::CaseInsensitive) ? chosen : chosen + ".gif");
}

void AnimationDialog::updateSummary() {
    const AnimationSettings s = settings();
    QString problem;
    if (Status status = s.check(); !status) problem = QString::fromStdString(status.error());
    else if (path().isEmpty()) problem = tr("Choose a file to write.");
    else if (!path().endsWith(".gif", Qt::CaseInsensitive)) problem = tr("The file name must end in .gif.");
    else if (!QFileInfo(QFileInfo(path()).absolutePath()).isDir()) problem = tr("The folder %1 does not exist.").arg(QFileInfo(path()).absolutePath());
    const double seconds = (static_cast<double>(s.frames) * s.frameMs + s.holdLastMs) / 1000.0;
    summary_->setText(problem.isEmpty() ? tr("The animation plays for %1 s, then starts again.").arg(seconds, 0, 'f', 1)
                                        : problem);
    summary_->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

}  // namespace gumbel::ui
