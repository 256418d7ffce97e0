#pragma once

#include <QXmppIq.h>

namespace Natter {

// A roster get that always carries 'ver' (RFC 6121 §2.6.2), also the empty one that asks for
// versioning without a cached roster. QXmppRosterIq leaves an empty 'ver' out, and without it
// the server never starts versioning.
class RosterRequestIq : public QXmppIq
{
public:
    explicit RosterRequestIq(const QString &version)
        : QXmppIq(QXmppIq::Get)
        , m_version(version)
    { }

protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override;

private:
    QString m_version;
};

} // namespace Natter
