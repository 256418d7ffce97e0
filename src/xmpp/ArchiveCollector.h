#pragma once

#include <QHash>
#include <QList>
#include <QXmppClientExtension.h>
#include <QXmppMessage.h>

#include <functional>

namespace Natter {

// Collects the <result/> messages of the archive queries we sent (our own archive's or a room's);
// drops every other one.
class ArchiveCollector : public QXmppClientExtension
{
    Q_OBJECT

public:
    using QXmppClientExtension::handleStanza;
    bool handleStanza(const QDomElement &stanza) override;

    // Results for queryId count only from archive (a room's bare JID; empty: our own archive).
    void expect(const QString &queryId, const QString &archive = {})
    {
        m_results.insert(queryId, {});
        m_archives.insert(queryId, archive);
    }
    bool hasResult(const QString &queryId, const QString &archiveId) const;
    // Calls done once the result archiveId of queryId is in. Under load a server may answer the
    // query before the last results arrive; the page is complete only with its last message.
    void whenReceived(const QString &queryId, const QString &archiveId, std::function<void()> done);
    // The results collected for queryId, in arrival order; forgets the query.
    QList<std::pair<QString, QXmppMessage>> take(const QString &queryId);
    int dropped() const { return m_dropped; }

private:
    QHash<QString, QList<std::pair<QString, QXmppMessage>>> m_results;
    QHash<QString, QString> m_archives; // queryId → the archive asked
    QHash<QString, std::pair<QString, std::function<void()>>> m_waiting; // queryId → (id, done)
    int m_dropped = 0;
};

} // namespace Natter
