#pragma once

#include <QHash>
#include <QList>
#include <QXmppClientExtension.h>
#include <QXmppMessage.h>

namespace Natter {

// Collects the <result/> messages of our own archive queries; drops every other one.
class ArchiveCollector : public QXmppClientExtension
{
    Q_OBJECT

public:
    using QXmppClientExtension::handleStanza;
    bool handleStanza(const QDomElement &stanza) override;

    void expect(const QString &queryId) { m_results.insert(queryId, {}); }
    // The results collected for queryId, in arrival order; forgets the query.
    QList<std::pair<QString, QXmppMessage>> take(const QString &queryId);
    int dropped() const { return m_dropped; }

private:
    QHash<QString, QList<std::pair<QString, QXmppMessage>>> m_results;
    int m_dropped = 0;
};

} // namespace Natter
