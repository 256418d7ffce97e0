#pragma once

#include <QXmppClientExtension.h>
#include <QXmppMessageHandler.h>

#include <functional>

namespace Natter {

// Takes the client's incoming messages from QXmpp's message pipeline, where each stanza is
// parsed into a QXmppMessage once. Handled there, the client does not parse it a second time for
// QXmppClient::messageReceived (which therefore stays silent for what the handler takes).
// QXmpp's handler interface has no virtual destructor; the client deletes extensions through
// QXmppClientExtension, whose destructor is virtual.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
class MessageHandlerExtension : public QXmppClientExtension, public QXmppMessageHandler
{
    Q_OBJECT

public:
    // Returns true when the message was taken.
    using Handler = std::function<bool(const QXmppMessage &message)>;

    explicit MessageHandlerExtension(const Handler &handler)
        : m_handler(handler)
    { }

    bool handleMessage(const QXmppMessage &message) override { return m_handler(message); }

private:
    Handler m_handler;
};
#pragma GCC diagnostic pop

} // namespace Natter
