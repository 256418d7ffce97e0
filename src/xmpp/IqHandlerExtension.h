#pragma once

#include <QStringList>
#include <QXmppClientExtension.h>
#include <QXmppIq.h>

#include <functional>

namespace Natter {

// Hands the IQ requests of one namespace to a *Sync class, which decides how to answer. The
// client owns the extension; the *Sync class removes it when it goes away first.
class IqHandlerExtension : public QXmppClientExtension
{
    Q_OBJECT

public:
    // Returns true when the request was answered.
    using Handler = std::function<bool(const QDomElement &iq)>;

    IqHandlerExtension(const QString &xmlns, const Handler &handler);

    // The error answer to request iq, addressed back to its sender (cancel type).
    static QXmppIq errorReply(const QDomElement &iq, QXmppStanza::Error::Condition condition);

    // What disco#info advertises for this extension; may change while connected.
    void setFeatures(const QStringList &features) { m_features = features; }
    QStringList discoveryFeatures() const override { return m_features; }

    using QXmppClientExtension::handleStanza;
    bool handleStanza(const QDomElement &stanza) override;

private:
    QString m_xmlns;
    Handler m_handler;
    QStringList m_features;
};

} // namespace Natter
