#pragma once

#include <QXmppPubSubBaseItem.h>

namespace Natter {

// An item of the XEP-0084 data node: the image bytes, keyed by their SHA-1.
class AvatarDataItem : public QXmppPubSubBaseItem
{
public:
    explicit AvatarDataItem(const QString &id = {}, const QByteArray &bytes = {})
        : QXmppPubSubBaseItem(id)
        , m_bytes(bytes)
    { }

    const QByteArray &bytes() const { return m_bytes; }

protected:
    void parsePayload(const QDomElement &payload) override;
    void serializePayload(QXmlStreamWriter *writer) const override;

private:
    QByteArray m_bytes;
};

} // namespace Natter
