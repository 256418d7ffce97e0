#include "BlockingSync.h"

#include "Session.h"
#include "SpamReportIq.h"
#include "StanzaFilterExtension.h"
#include "XmppLogging.h"

#include <QDomElement>
#include <QXmppBlockingManager.h>
#include <QXmppClient.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Natter {

namespace {
QStringList toList(const QVector<QString> &jids)
{
    QStringList list;
    for (const QString &jid : jids)
        list.append(jid.toLower());
    return list;
}
} // namespace

BlockingSync::BlockingSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_manager(session->client()->findExtension<QXmppBlockingManager>())
    , m_disco(session->client()->findExtension<QXmppDiscoveryManager>())
{
    if (!m_disco)
        m_disco = session->client()->addNewExtension<QXmppDiscoveryManager>();
    connect(session, &Session::connected, this, &BlockingSync::discoverReporting);
    if (!m_manager)
        m_manager = session->client()->addNewExtension<QXmppBlockingManager>();
    // First in line, before every other extension.
    m_filter = new StanzaFilterExtension([this](const QDomElement &e) { return isFiltered(e); });
    session->client()->insertExtension(0, m_filter);
    connect(session, &Session::connected, this, &BlockingSync::fetch);
    connect(m_manager, &QXmppBlockingManager::blocked, this, [this](const QVector<QString> &jids) {
        for (const QString &jid : toList(jids))
            m_filtered.insert(jid);
        Q_EMIT blocked(toList(jids));
    });
    connect(
        m_manager, &QXmppBlockingManager::unblocked, this, [this](const QVector<QString> &jids) {
            for (const QString &jid : toList(jids))
                m_filtered.remove(jid);
            Q_EMIT unblocked(toList(jids));
        });
}

BlockingSync::~BlockingSync()
{
    if (m_filter)
        m_session->client()->removeExtension(m_filter);
}

void BlockingSync::setFiltered(const QStringList &jids)
{
    m_filtered = QSet<QString>(jids.cbegin(), jids.cend());
}

bool BlockingSync::isFiltered(const QDomElement &stanza) const
{
    if (m_filtered.isEmpty())
        return false;
    const QString tag = stanza.tagName();
    if (tag != u"message" && tag != u"presence")
        return false;
    const QString from = stanza.attribute(QStringLiteral("from"));
    // XEP-0191 blocks a bare JID (all its resources) or a domain.
    return m_filtered.contains(QXmppUtils::jidToBareJid(from).toLower())
        || m_filtered.contains(QXmppUtils::jidToDomain(from).toLower())
        || m_filtered.contains(from);
}

void BlockingSync::fetch()
{
    m_manager->fetchBlocklist().then(this, [this](QXmppBlockingManager::BlocklistResult &&r) {
        if (const auto *list = std::get_if<QXmppBlocklist>(&r)) {
            setFiltered(toList(list->entries()));
            Q_EMIT blocklistReceived(toList(list->entries()));
            return;
        }
        qCWarning(lcXmpp) << "block list unavailable:" << std::get<QXmppError>(r).description;
    });
}

void BlockingSync::discoverReporting()
{
    m_disco->requestDiscoInfo(m_session->settings().jid.domain())
        .then(this, [this](QXmppDiscoveryManager::InfoResult &&r) {
            const auto *info = std::get_if<QXmppDiscoveryIq>(&r);
            setReportsSupported(
                info && info->features().contains(QString::fromLatin1(SpamReportIq::ReportingNs)));
        });
}

void BlockingSync::setReportsSupported(bool supported)
{
    if (m_reportsSupported == supported)
        return;
    m_reportsSupported = supported;
    Q_EMIT reportsSupportedChanged();
}

bool BlockingSync::block(const QString &jid, bool reportSpam)
{
    if (m_session->state() != ConnectionState::Connected)
        return false;
    // Filtered at once: the server may take a moment to apply the change.
    m_filtered.insert(jid);
    if (reportSpam && m_reportsSupported) {
        m_session->client()->sendIq(SpamReportIq(jid)).then(this, [this, jid](auto &&r) {
            if (const auto *error = std::get_if<QXmppError>(&r))
                Q_EMIT requestFailed(jid, error->description);
        });
        return true;
    }
    m_manager->block(jid).then(this, [this, jid](QXmppBlockingManager::Result &&r) {
        if (const auto *error = std::get_if<QXmppError>(&r))
            Q_EMIT requestFailed(jid, error->description);
    });
    return true;
}

bool BlockingSync::unblock(const QString &jid)
{
    if (m_session->state() != ConnectionState::Connected)
        return false;
    m_manager->unblock(jid).then(this, [this, jid](QXmppBlockingManager::Result &&r) {
        if (const auto *error = std::get_if<QXmppError>(&r))
            Q_EMIT requestFailed(jid, error->description);
    });
    return true;
}

} // namespace Natter
