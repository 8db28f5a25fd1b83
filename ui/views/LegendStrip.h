#pragma once
// A legend shared by several charts, drawn with the marks the charts use: a solid, dashed or dotted line in the
// pen width the charts draw at this font size, a translucent band, or a marker, each followed by its words. The
// entries flow into as many rows as the width needs (never "..."), in the widget's font, so presentation mode's
// larger font makes the legend larger too.
#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

namespace gumbel::ui {

class LegendStrip : public QWidget {
    Q_OBJECT
public:
    enum class Mark { Line, Dashed, Dotted, Band, Marker };
    struct Entry {
        Mark mark = Mark::Line;
        QColor color;
        QString text;
        bool operator==(const Entry& other) const { return mark == other.mark && color == other.color && text == other.text; }
    };

    explicit LegendStrip(QWidget* parent = nullptr);
    void setEntries(const QVector<Entry>& entries);
    const QVector<Entry>& entries() const { return entries_; }
    QString plainText() const;  // "text; text; ..." (accessibility, tests)

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Placed {
        int entry;
        QRect box;  // mark and text
    };
    QVector<Placed> layoutFor(int width) const;
    int markWidth() const;

    QVector<Entry> entries_;
};

}  // namespace gumbel::ui
