#include "FocusScroll.h"

#include <QQuickItem>

namespace Natter {

FocusScroll::FocusScroll(QObject *parent)
    : QObject(parent)
{ }

void FocusScroll::reveal(QQuickItem *flickable, QQuickItem *item) const
{
    if (!flickable || !item)
        return;
    // Flickable's contentItem is the parent of what it scrolls.
    const auto *content = flickable->property("contentItem").value<QQuickItem *>();
    if (!content || !content->isAncestorOf(item))
        return;
    const QRectF rect = item->mapRectToItem(content, item->boundingRect());
    const qreal viewHeight = flickable->height();
    const qreal top = flickable->property("contentY").toReal();
    const qreal originY = flickable->property("originY").toReal();
    const qreal contentHeight = flickable->property("contentHeight").toReal();
    qreal target = top;
    if (rect.top() - Margin < top)
        target = rect.top() - Margin;
    else if (rect.bottom() + Margin > top + viewHeight)
        target = qMin(rect.bottom() + Margin - viewHeight, rect.top() - Margin);
    target = qBound(originY, target, qMax(originY, originY + contentHeight - viewHeight));
    if (!qFuzzyCompare(target, top))
        flickable->setProperty("contentY", target);
}

} // namespace Natter
