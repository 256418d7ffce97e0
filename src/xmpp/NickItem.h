#pragma once

#include <QXmppPubSubBaseItem.h>

namespace Natter {

// An item of the XEP-0172 node: the name a person chose for themselves, as sent (unsanitised).
class NickItem : public QXmppPubSubBaseItem
{
public:
    explicit NickItem(const QString &nick = {});

    const QString &nick() const { return m_nick; }

    static bool isItem(const QDomElement &element);

protected:
    void parsePayload(const QDomElement &payload) override;
    void serializePayload(QXmlStreamWriter *writer) const override;

private:
    QString m_nick;
};

} // namespace Natter
