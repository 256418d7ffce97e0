#pragma once

#include "AvatarInfo.h"

#include <QXmppPubSubBaseItem.h>

namespace Natter {

// An item of the XEP-0084 metadata node: what the avatar is, without its bytes.
class AvatarMetadataItem : public QXmppPubSubBaseItem
{
public:
    explicit AvatarMetadataItem(const AvatarInfo &info = {})
        : QXmppPubSubBaseItem(info.hash)
        , m_info(info)
    { }

    const AvatarInfo &info() const { return m_info; }

protected:
    void parsePayload(const QDomElement &payload) override;
    void serializePayload(QXmlStreamWriter *writer) const override;

private:
    AvatarInfo m_info;
};

} // namespace Natter
