#pragma once

#include "MucTypes.h"

#include <QXmppPubSubBaseItem.h>

namespace Natter {

// An item of the XEP-0402 node urn:xmpp:bookmarks:1: one group, keyed by the room's bare JID
// (the item id). Parsed as sent; BookmarkSync validates and tames what it reads.
class BookmarkItem : public QXmppPubSubBaseItem
{
public:
    BookmarkItem() = default;
    explicit BookmarkItem(const Bookmark &bookmark);

    // The room is the item's id.
    Bookmark bookmark() const;

    static bool isItem(const QDomElement &element);
    // A <conference/> of either XEP: the same attributes and children in both.
    static Bookmark parseConference(const QDomElement &conference);

protected:
    void parsePayload(const QDomElement &payload) override;
    void serializePayload(QXmlStreamWriter *writer) const override;

private:
    Bookmark m_bookmark;
};

} // namespace Natter
