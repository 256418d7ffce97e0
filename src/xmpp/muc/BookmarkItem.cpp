#include "BookmarkItem.h"

#include <QDomElement>
#include <QXmlStreamWriter>

namespace Natter {

namespace {
const QString BookmarksNs = QStringLiteral("urn:xmpp:bookmarks:1");

bool isConference(const QDomElement &payload)
{
    return payload.tagName() == u"conference" && payload.namespaceURI() == BookmarksNs;
}
} // namespace

BookmarkItem::BookmarkItem(const Bookmark &bookmark)
    : QXmppPubSubBaseItem(bookmark.room)
    , m_bookmark(bookmark)
{ }

Bookmark BookmarkItem::bookmark() const
{
    Bookmark bookmark = m_bookmark;
    bookmark.room = id();
    return bookmark;
}

bool BookmarkItem::isItem(const QDomElement &element)
{
    return QXmppPubSubBaseItem::isItem(element, isConference);
}

Bookmark BookmarkItem::parseConference(const QDomElement &conference)
{
    Bookmark bookmark;
    bookmark.name = conference.attribute(QStringLiteral("name"));
    // xs:boolean, absent meaning false in both XEPs.
    const QString autojoin = conference.attribute(QStringLiteral("autojoin"));
    bookmark.autojoin = autojoin == u"true" || autojoin == u"1";
    bookmark.nick = conference.firstChildElement(QStringLiteral("nick")).text();
    bookmark.password = conference.firstChildElement(QStringLiteral("password")).text();
    return bookmark;
}

void BookmarkItem::parsePayload(const QDomElement &payload)
{
    if (isConference(payload))
        m_bookmark = parseConference(payload);
}

void BookmarkItem::serializePayload(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("conference"));
    writer->writeDefaultNamespace(BookmarksNs);
    if (!m_bookmark.name.isEmpty())
        writer->writeAttribute(QStringLiteral("name"), m_bookmark.name);
    writer->writeAttribute(QStringLiteral("autojoin"),
        m_bookmark.autojoin ? QStringLiteral("true") : QStringLiteral("false"));
    if (!m_bookmark.nick.isEmpty())
        writer->writeTextElement(QStringLiteral("nick"), m_bookmark.nick);
    if (!m_bookmark.password.isEmpty())
        writer->writeTextElement(QStringLiteral("password"), m_bookmark.password);
    writer->writeEndElement();
}

} // namespace Natter
