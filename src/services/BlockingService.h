#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

namespace Natter {

class BlockingSync;
class ContactStore;
class Session;

// The block list as the person sees it: the server's (XEP-0191), kept on disk so it shows and
// filters before the connection is up, and applied at once when the person blocks someone.
class BlockingService : public QObject
{
    Q_OBJECT

public:
    BlockingService(Session *session, ContactStore *store, const std::function<qint64()> &accountId,
        QObject *parent = nullptr);

    bool isBlocked(const QString &jid) const { return m_blocked.contains(jid); }
    QStringList blockedJids() const;
    // Reads the stored list (once the account's id is known).
    void load();

    // False when offline. reportSpam also reports the JID as spam where the server takes
    // reports (reportsSupported); elsewhere it only blocks.
    bool block(const QString &jid, bool reportSpam = false);
    bool reportsSupported() const;
    bool unblock(const QString &jid);

Q_SIGNALS:
    // jids were blocked or unblocked (the whole list when it was replaced).
    void blockedChanged(const QStringList &jids);
    void reportsSupportedChanged();

private:
    void replace(const QStringList &jids);
    void change(const QStringList &jids, bool blocked);
    void save();

    BlockingSync *m_sync;
    ContactStore *m_store;
    std::function<qint64()> m_accountId;
    QSet<QString> m_blocked;
};

} // namespace Natter
