#pragma once

#include <QObject>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// Keeps the keyboard focus in sight: Tab into a control below the fold of a scrolling page and
// the page scrolls to it, as a Qt 6.4 Flickable does not do by itself.
class FocusScroll : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    static constexpr qreal Margin = 12;

    explicit FocusScroll(QObject *parent = nullptr);

    // Scrolls flickable (a Flickable, e.g. a ScrollView's contentItem) the least that shows
    // item with a small margin; nothing when item is not inside it or already in sight.
    Q_INVOKABLE void reveal(QQuickItem *flickable, QQuickItem *item) const;
};

} // namespace Natter
