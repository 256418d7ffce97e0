#pragma once

#include <QXmppClientExtension.h>

namespace Natter {

// Runs before QXmpp's own handlers and drops forwarded messages that claim an authority they do
// not have: a carbon from anyone but our own bare JID, or an archive result that is not from our
// own archive. Only src/xmpp sees this class.
class CarbonGuard : public QXmppClientExtension
{
    Q_OBJECT

public:
    using QXmppClientExtension::handleStanza;
    bool handleStanza(const QDomElement &stanza) override;
    int dropped() const { return m_dropped; }

private:
    int m_dropped = 0;
};

} // namespace Natter
