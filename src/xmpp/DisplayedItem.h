#pragma once

#include "DisplayedPoint.h"

#include <QXmppPubSubBaseItem.h>

namespace Natter {

// An item of the node urn:xmpp:mds:displayed:0, keyed by the chat's bare JID (the item id).
// Parsed as sent; MdsSync validates it.
class DisplayedItem : public QXmppPubSubBaseItem
{
public:
    DisplayedItem() = default;
    explicit DisplayedItem(const DisplayedPoint &point);

    DisplayedPoint point() const;

    static bool isItem(const QDomElement &element);

protected:
    void parsePayload(const QDomElement &payload) override;
    void serializePayload(QXmlStreamWriter *writer) const override;

private:
    DisplayedPoint m_point;
};

} // namespace Natter
