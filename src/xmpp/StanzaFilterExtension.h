#pragma once

#include <QXmppClientExtension.h>

#include <functional>

namespace Natter {

// Sees every incoming stanza before the rest of the client and swallows those the predicate
// rejects, so no other manager, signal or *Sync class ever receives them.
class StanzaFilterExtension : public QXmppClientExtension
{
    Q_OBJECT

public:
    // Returns true for a stanza to drop.
    using Predicate = std::function<bool(const QDomElement &stanza)>;

    explicit StanzaFilterExtension(const Predicate &drop)
        : m_drop(drop)
    { }

    using QXmppClientExtension::handleStanza;
    bool handleStanza(const QDomElement &stanza) override { return m_drop(stanza); }

private:
    Predicate m_drop;
};

} // namespace Natter
