#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QDomElement;
class QXmppBlockingManager;
class QXmppDiscoveryManager;

namespace Natter {

class Session;
class StanzaFilterExtension;

// The block list (XEP-0191): the server drops messages and presence from a blocked JID and hides
// our presence from it; in case it lets one through (or before it has applied a change), this
// class also drops every message and presence from a blocked JID before any other part of the
// client sees it. Fetched at each connect; later changes arrive as pushes.
class BlockingSync : public QObject
{
    Q_OBJECT

public:
    explicit BlockingSync(Session *session, QObject *parent = nullptr);
    ~BlockingSync() override;

    // Drops stanzas from these bare JIDs from now on (the stored list, before connecting).
    void setFiltered(const QStringList &jids);

    // Return false when the session cannot send right now. reportSpam adds a spam report
    // (XEP-0377) to the block, for a server that takes reports (see reportsSupported).
    bool block(const QString &jid, bool reportSpam = false);
    bool unblock(const QString &jid);

    // The server advertises urn:xmpp:reporting:1 in its disco#info (learnt at each connect).
    bool reportsSupported() const { return m_reportsSupported; }

Q_SIGNALS:
    void reportsSupportedChanged();
    void blocklistReceived(const QStringList &jids);
    void blocked(const QStringList &jids);
    void unblocked(const QStringList &jids);
    void requestFailed(const QString &jid, const QString &reason);

private:
    void fetch();
    void discoverReporting();
    void setReportsSupported(bool supported);
    bool isFiltered(const QDomElement &stanza) const;

    Session *m_session;
    QXmppBlockingManager *m_manager;
    QXmppDiscoveryManager *m_disco;
    bool m_reportsSupported = false;
    QPointer<StanzaFilterExtension> m_filter;
    QSet<QString> m_filtered;
};

} // namespace Natter
