#include "ArchiveCollector.h"

#include "XmppLogging.h"

#include <QDateTime>
#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <QXmppUtils.h>

namespace Natter {

namespace {
const QString MamNs = QStringLiteral("urn:xmpp:mam:2");
const QString ForwardNs = QStringLiteral("urn:xmpp:forward:0");
const QString DelayNs = QStringLiteral("urn:xmpp:delay");
} // namespace

bool ArchiveCollector::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != u"message")
        return false;
    const QDomElement result = stanza.firstChildElement(QStringLiteral("result"));
    if (result.isNull() || result.namespaceURI() != MamNs)
        return false;

    const QString queryId = result.attribute(QStringLiteral("queryid"));
    const QString from = stanza.attribute(QStringLiteral("from"));
    auto pending = m_results.find(queryId);
    const QString archive = m_archives.value(queryId);
    const bool fromArchive = archive.isEmpty()
        ? from.isEmpty() || from == client()->configuration().jidBare()
        : from.toLower() == archive;
    if (pending == m_results.end() || !fromArchive) {
        ++m_dropped;
        qCWarning(lcXmpp) << "dropped an archive result we did not ask for, from" << from;
        return true;
    }
    const QDomElement forwarded = result.firstChildElement(QStringLiteral("forwarded"));
    const QDomElement inner = forwarded.firstChildElement(QStringLiteral("message"));
    if (forwarded.namespaceURI() != ForwardNs || inner.isNull())
        return true;
    QXmppMessage message;
    message.parse(inner);
    // The archive's stamp is its receipt time; a <delay> inside the message is the sender's
    // claim and never counts, so without the archive's the message is as new as its arrival.
    const QDomElement delay = forwarded.firstChildElement(QStringLiteral("delay"));
    message.setStamp(delay.isNull() || delay.namespaceURI() != DelayNs
            ? QDateTime()
            : QXmppUtils::datetimeFromString(delay.attribute(QStringLiteral("stamp"))));
    const QString archiveId = result.attribute(QStringLiteral("id"));
    pending->append({ archiveId, message });
    auto waiting = m_waiting.find(queryId);
    if (waiting != m_waiting.end() && waiting->first == archiveId) {
        auto done = std::move(waiting->second);
        m_waiting.erase(waiting);
        done();
    }
    return true;
}

bool ArchiveCollector::hasResult(const QString &queryId, const QString &archiveId) const
{
    const auto results = m_results.value(queryId);
    return std::any_of(results.cbegin(), results.cend(),
        [&archiveId](const auto &result) { return result.first == archiveId; });
}

void ArchiveCollector::whenReceived(
    const QString &queryId, const QString &archiveId, std::function<void()> done)
{
    if (archiveId.isEmpty() || hasResult(queryId, archiveId))
        return done();
    m_waiting.insert(queryId, { archiveId, std::move(done) });
}

QList<std::pair<QString, QXmppMessage>> ArchiveCollector::take(const QString &queryId)
{
    m_waiting.remove(queryId);
    m_archives.remove(queryId);
    return m_results.take(queryId);
}

} // namespace Natter
