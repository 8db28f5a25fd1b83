#include "ui/panels/GradientLabPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>

#include "ui/panels/CellEditDelegate.h"
#include <QVBoxLayout>

#include "ui/views/GradientBars.h"

namespace gumbel::ui {

namespace {
constexpr ObjectivePreset kPresets[] = {ObjectivePreset::Bernoulli, ObjectivePreset::NearlyFlat, ObjectivePreset::HitFirst,
                                        ObjectivePreset::Uniform, ObjectivePreset::Custom};
constexpr long long kSampleChoices[] = {1000, 3000, 10000, 30000, 100000, 300000, 1000000};
constexpr int kMaxTableRows = 1000;
}  // namespace

GradientLabPanel::GradientLabPanel(GradientLab& lab, ExplorerState& state, QWidget* parent)
    : QWidget(parent),
      lab_(lab),
      state_(state),
      preset_(new QComboBox),
      table_(new QTableWidget(0, 2)),
      conditional_(new QSpinBox),
      draws_(new QSpinBox),
      gap_(new QDoubleSpinBox),
      backwardTau_(new QDoubleSpinBox),
      samples_(new QComboBox),
      component_(new QSpinBox),
      batch_(new QSpinBox),
      learningRate_(new QDoubleSpinBox),
      steps_(new QSpinBox),
      anneal_(new QCheckBox(tr("Anneal tau over the steps"))),
      schedule_(new QComboBox),
      annealRate_(new QDoubleSpinBox),
      tauMin_(new QDoubleSpinBox),
      problem_(new QLabel) {
    using L = GradientLabLimits;
    for (ObjectivePreset p : kPresets) preset_->addItem(objectivePresetTitle(p));
    preset_->setToolTip(tr("The objective f(x) = sum_i w_i (x_i - t_i)^2 on the simplex; L(theta) = E f(one-hot z)"));
    preset_->setAccessibleName(tr("Objective"));
    table_->setHorizontalHeaderLabels({tr("target t_i"), tr("weight w_i")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->setToolTip(tr("Edit a value to make the objective your own"));
    table_->setAccessibleName(tr("Target and weights"));
    table_->setMinimumHeight(110);

    auto* objective = new QGroupBox(tr("Objective"));
    auto* objectiveLayout = new QVBoxLayout(objective);
    objectiveLayout->addWidget(preset_);
    objectiveLayout->addWidget(table_);

    auto* estimators = new QGroupBox(tr("Estimators"));
    auto* estimatorLayout = new QVBoxLayout(estimators);
    for (Estimator e : allEstimators()) {
        auto* box = new QCheckBox(estimatorTitle(e));
        const QColor colour = estimatorColor(e);
        box->setStyleSheet(QString("QCheckBox { border-left: 6px solid %1; padding-left: 4px; }").arg(colour.name()));
        estimators_[static_cast<std::size_t>(e)] = box;
        estimatorLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this, e](bool on) {
            edit([e, on](GradientLabSettings& s) {
                const unsigned bit = 1u << static_cast<int>(e);
                s.estimators = on ? (s.estimators | bit) : (s.estimators & ~bit);
            });
        });
    }
    conditional_->setRange(1, L::kMaxConditional);
    conditional_->setToolTip(tr("K: conditional samples averaged by Gumbel-Rao (K = 1 is straight-through in distribution)"));
    draws_->setRange(kMinLeaveOneOutDraws, L::kMaxLeaveOneOutDraws);
    draws_->setToolTip(tr("RLOO: draws per sample, each scored against the mean of the others (it costs that many "
                          "draws of f)"));
    gap_->setRange(0.01, kMaxGap);
    gap_->setDecimals(2);
    gap_->setSingleStep(0.1);
    gap_->setToolTip(tr("Gapped straight-through: how far below the winner every other logit is held (kappa)"));
    backwardTau_->setRange(kMinGradientTau, kMaxGradientTau);
    backwardTau_->setDecimals(4);
    backwardTau_->setSingleStep(0.1);
    backwardTau_->setToolTip(tr("Decoupled straight-through: the backward temperature tau_b (the forward one is tau)"));
    for (long long n : kSampleChoices) samples_->addItem(QLocale().toString(n), QVariant::fromValue(n));
    samples_->setToolTip(tr("Samples per tau point and at the current tau"));
    component_->setToolTip(tr("The component g_i whose distribution is drawn"));
    auto* sampling = new QFormLayout;
    sampling->addRow(tr("Gumbel-Rao K"), conditional_);
    sampling->addRow(tr("RLOO draws"), draws_);
    sampling->addRow(tr("Gap kappa"), gap_);
    sampling->addRow(tr("Decoupled tau_b"), backwardTau_);
    sampling->addRow(tr("Samples"), samples_);
    sampling->addRow(tr("Component i"), component_);
    estimatorLayout->addLayout(sampling);

    auto* race = new QGroupBox(tr("Optimisation race"));
    auto* raceLayout = new QFormLayout(race);
    batch_->setRange(1, L::kMaxBatch);
    batch_->setToolTip(tr("B: samples averaged per SGD step"));
    learningRate_->setRange(0.001, L::kMaxLearningRate);
    learningRate_->setDecimals(3);
    learningRate_->setSingleStep(0.1);
    steps_->setRange(L::kMinSteps, L::kMaxSteps);
    steps_->setSingleStep(50);
    annealRate_->setRange(0.0, L::kMaxAnnealRate);
    annealRate_->setDecimals(4);
    annealRate_->setSingleStep(0.001);
    tauMin_->setRange(L::kMinTauFloor, L::kMaxTauFloor);
    tauMin_->setDecimals(4);
    tauMin_->setSingleStep(0.05);
    raceLayout->addRow(tr("Batch B"), batch_);
    raceLayout->addRow(tr("Learning rate"), learningRate_);
    raceLayout->addRow(tr("Steps T"), steps_);
    raceLayout->addRow(anneal_);
    for (AnnealSchedule a : {AnnealSchedule::Jang, AnnealSchedule::Linear, AnnealSchedule::Exponential}) {
        schedule_->addItem(scheduleTitle(a), static_cast<int>(a));
    }
    schedule_->setToolTip(tr("How tau_t falls over the race's steps; the top charts mark each step's tau_t"));
    raceLayout->addRow(tr("Schedule"), schedule_);
    raceLayout->addRow(tr("Rate r"), annealRate_);
    raceLayout->addRow(tr("tau_min"), tauMin_);

    problem_->setWordWrap(true);
    problem_->setStyleSheet("color: #b00020;");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(objective, 2);
    layout->addWidget(estimators);
    layout->addWidget(race);
    layout->addWidget(problem_);
    layout->addStretch();

    connect(preset_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0) return;
        const int k = state_.parameters().k;
        edit([index, k](GradientLabSettings& s) {
            if (kPresets[index] == ObjectivePreset::Custom && s.preset != ObjectivePreset::Custom) {
                s.target = s.targetFor(k);  // start the table from what is shown
                s.weights = s.weightsFor(k);
            }
            s.preset = kPresets[index];
        });
    });
    table_->setItemDelegate(new CellEditDelegate(table_));  // Return commits at once (see CellEditDelegate.h)
    connect(table_, &QTableWidget::cellChanged, this, &GradientLabPanel::tableEdited);
    connect(conditional_, &QSpinBox::valueChanged, this, [this](int v) { edit([v](GradientLabSettings& s) { s.conditional = v; }); });
    connect(draws_, &QSpinBox::valueChanged, this, [this](int v) { edit([v](GradientLabSettings& s) { s.leaveOneOutDraws = v; }); });
    connect(gap_, &QDoubleSpinBox::valueChanged, this, [this](double v) { edit([v](GradientLabSettings& s) { s.gap = v; }); });
    connect(backwardTau_, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit([v](GradientLabSettings& s) { s.backwardTau = v; }); });
    connect(samples_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0) return;
        const long long n = samples_->itemData(index).toLongLong();
        edit([n](GradientLabSettings& s) { s.samplesPerPoint = n; });
    });
    connect(component_, &QSpinBox::valueChanged, this, [this](int v) { edit([v](GradientLabSettings& s) { s.component = v; }); });
    connect(batch_, &QSpinBox::valueChanged, this, [this](int v) { edit([v](GradientLabSettings& s) { s.batch = v; }); });
    connect(learningRate_, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit([v](GradientLabSettings& s) { s.learningRate = v; }); });
    connect(steps_, &QSpinBox::valueChanged, this, [this](int v) { edit([v](GradientLabSettings& s) { s.steps = v; }); });
    connect(anneal_, &QCheckBox::toggled, this, [this](bool on) { edit([on](GradientLabSettings& s) { s.anneal = on; }); });
    connect(schedule_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0) return;
        const auto a = static_cast<AnnealSchedule>(schedule_->itemData(index).toInt());
        edit([a](GradientLabSettings& s) { s.schedule = a; });
    });
    connect(annealRate_, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit([v](GradientLabSettings& s) { s.annealRate = v; }); });
    connect(tauMin_, &QDoubleSpinBox::valueChanged, this, [this](double v) { edit([v](GradientLabSettings& s) { s.tauMin = v; }); });
    connect(&lab_, &GradientLab::settingsChanged, this, &GradientLabPanel::showSettings);
    connect(&state_, &ExplorerState::changed, this, [this](ExplorerState::Changes what) {
        if (what & ExplorerState::Probabilities) showSettings();
    });
    showSettings();
}

void GradientLabPanel::edit(const std::function<void(GradientLabSettings&)>& change) {
    if (showing_) return;
    const Status status = lab_.apply(change);
    problem_->setText(status ? QString() : QString::fromStdString(status.error()));
    if (!status) showSettings();  // back to the values in force
}

void GradientLabPanel::tableEdited(int row, int column) {
    if (showing_) return;
    QTableWidgetItem* item = table_->item(row, column);
    if (item == nullptr) return;
    bool ok = false;
    const double value = QLocale().toDouble(item->text().trimmed(), &ok);
    const double plain = ok ? value : item->text().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(plain)) {
        problem_->setText(tr("'%1' is not a number").arg(item->text().left(40)));
        showSettings();
        return;
    }
    const int k = state_.parameters().k;
    edit([row, column, plain, k](GradientLabSettings& s) {
        if (s.preset != ObjectivePreset::Custom) {
            s.target = s.targetFor(k);
            s.weights = s.weightsFor(k);
            s.preset = ObjectivePreset::Custom;
        } else {
            s.target = s.targetFor(k);
            s.weights = s.weightsFor(k);
        }
        if (row >= k) return;
        (column == 0 ? s.target : s.weights)[row] = plain;
    });
}

void GradientLabPanel::showSettings() {
    showing_ = true;
    const GradientLabSettings& s = lab_.settings();
    const int k = state_.parameters().k;
    for (int i = 0; i < static_cast<int>(std::size(kPresets)); ++i) {
        if (kPresets[i] == s.preset) preset_->setCurrentIndex(i);
    }
    const Eigen::VectorXd t = s.targetFor(k);
    const Eigen::VectorXd w = s.weightsFor(k);
    const int rows = std::min(k, kMaxTableRows);
    if (table_->rowCount() != rows) table_->setRowCount(rows);
    for (int i = 0; i < rows; ++i) {
        for (int column = 0; column < 2; ++column) {
            const QString text = QLocale().toString(column == 0 ? t[i] : w[i], 'g', 6);
            QTableWidgetItem* item = table_->item(i, column);
            if (item == nullptr) {
                table_->setItem(i, column, new QTableWidgetItem(text));
            } else if (item->text() != text) {
                item->setText(text);
            }
        }
    }
    QStringList labels;
    for (int i = 0; i < rows; ++i) labels << QString::number(i);
    table_->setVerticalHeaderLabels(labels);
    for (Estimator e : allEstimators()) estimators_[static_cast<std::size_t>(e)]->setChecked(s.shows(e));
    conditional_->setValue(s.conditional);
    draws_->setValue(s.leaveOneOutDraws);
    gap_->setValue(s.gap);
    backwardTau_->setValue(s.backwardTau);
    draws_->setEnabled(s.shows(Estimator::Rloo));
    gap_->setEnabled(s.shows(Estimator::GappedStraightThrough));
    backwardTau_->setEnabled(s.shows(Estimator::DecoupledStraightThrough));
    int sampleIndex = samples_->findData(QVariant::fromValue(s.samplesPerPoint));
    if (sampleIndex < 0) {  // a value from a session that the list does not offer
        samples_->addItem(QLocale().toString(s.samplesPerPoint), QVariant::fromValue(s.samplesPerPoint));
        sampleIndex = samples_->count() - 1;
    }
    samples_->setCurrentIndex(sampleIndex);
    component_->setRange(0, k - 1);
    component_->setValue(s.component);
    batch_->setValue(s.batch);
    learningRate_->setValue(s.learningRate);
    steps_->setValue(s.steps);
    anneal_->setChecked(s.anneal);
    schedule_->setCurrentIndex(schedule_->findData(static_cast<int>(s.schedule)));
    schedule_->setEnabled(s.anneal);
    annealRate_->setEnabled(s.anneal && s.schedule == AnnealSchedule::Jang);
    tauMin_->setEnabled(s.anneal && s.schedule == AnnealSchedule::Jang);
    annealRate_->setValue(s.annealRate);
    tauMin_->setValue(s.tauMin);
    showing_ = false;
}

void GradientLabPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // A style sheet fixes a widget's font when it is polished: presentation mode's larger font would pass the
    // estimator boxes by.
    if (event->type() != QEvent::FontChange) return;
    for (QCheckBox* box : estimators_) {
        if (box != nullptr) box->setFont(font());
    }
}

}  // namespace gumbel::ui
