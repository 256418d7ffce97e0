#include "BlockingService.h"

#include "BlockingSync.h"
#include "ContactStore.h"

namespace Natter {

BlockingService::BlockingService(Session *session, ContactStore *store,
    const std::function<qint64()> &accountId, QObject *parent)
    : QObject(parent)
    , m_sync(new BlockingSync(session, this))
    , m_store(store)
    , m_accountId(accountId)
{
    connect(m_sync, &BlockingSync::reportsSupportedChanged, this,
        &BlockingService::reportsSupportedChanged);
    connect(m_sync, &BlockingSync::blocklistReceived, this, &BlockingService::replace);
    connect(m_sync, &BlockingSync::blocked, this,
        [this](const QStringList &jids) { change(jids, true); });
    connect(m_sync, &BlockingSync::unblocked, this,
        [this](const QStringList &jids) { change(jids, false); });
}

QStringList BlockingService::blockedJids() const
{
    QStringList jids = m_blocked.values();
    jids.sort();
    return jids;
}

void BlockingService::load()
{
    if (m_accountId() == 0)
        return;
    m_store->blockedJids(m_accountId()).then(this, [this](const QStringList &jids) {
        QStringList added;
        for (const QString &jid : jids)
            if (!m_blocked.contains(jid))
                added.append(jid);
        for (const QString &jid : std::as_const(added))
            m_blocked.insert(jid);
        m_sync->setFiltered(blockedJids());
        if (!added.isEmpty())
            Q_EMIT blockedChanged(added);
    });
}

bool BlockingService::reportsSupported() const
{
    return m_sync->reportsSupported();
}

bool BlockingService::block(const QString &jid, bool reportSpam)
{
    if (!m_sync->block(jid, reportSpam))
        return false;
    // Filter at once; the server's push confirms it.
    change({ jid }, true);
    return true;
}

bool BlockingService::unblock(const QString &jid)
{
    return m_sync->unblock(jid);
}

void BlockingService::replace(const QStringList &jids)
{
    QSet<QString> next(jids.cbegin(), jids.cend());
    QSet<QString> changed = next;
    changed.unite(m_blocked).subtract(QSet<QString>(next).intersect(m_blocked));
    m_blocked = next;
    save();
    if (!changed.isEmpty())
        Q_EMIT blockedChanged(changed.values());
}

void BlockingService::change(const QStringList &jids, bool blocked)
{
    QStringList changed;
    for (const QString &jid : jids) {
        if (blocked == m_blocked.contains(jid))
            continue;
        if (blocked)
            m_blocked.insert(jid);
        else
            m_blocked.remove(jid);
        changed.append(jid);
    }
    if (changed.isEmpty())
        return;
    save();
    Q_EMIT blockedChanged(changed);
}

void BlockingService::save()
{
    if (m_accountId() != 0)
        m_store->saveBlockedJids(m_accountId(), blockedJids());
}

} // namespace Natter
