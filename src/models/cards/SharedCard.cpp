#include "SharedCard.h"

namespace Natter {

static_assert(int(SharedCard::Kind::Contact) == int(MessageCard::Kind::Contact));

void SharedCard::setBody(const QString &body)
{
    if (m_body == body)
        return;
    m_body = body;
    m_card = MessageCard::fromBody(body);
    Q_EMIT changed();
}

QString SharedCard::coordinatesText() const
{
    return m_card.kind() == MessageCard::Kind::Location ? m_card.location().coordinatesText()
                                                        : QString();
}

QString SharedCard::geoUri() const
{
    return m_card.kind() == MessageCard::Kind::Location ? m_card.location().toString() : QString();
}

QString SharedCard::chatUri() const
{
    return m_card.kind() == MessageCard::Kind::Contact ? MessageCard::contactUri(m_card.jid(), {})
                                                       : QString();
}

} // namespace Natter
