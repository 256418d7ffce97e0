#include "UploadSync.h"

#include "Session.h"
#include "XmppLogging.h"

#include <QDomElement>
#include <QLocale>
#include <QMimeDatabase>
#include <QPromise>
#include <QScopeGuard>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppError.h>
#include <QXmppHttpUploadIq.h>
#include <QXmppStanza.h>
#include <QXmppTask.h>
#include <QXmppUploadRequestManager.h>

#include <memory>

namespace Natter {

namespace {
const QString UploadNs = QStringLiteral("urn:xmpp:http:upload:0");

// The limit in the XEP-0363 form of the service's disco#info; 0 when absent. Read from the raw
// answer: servers that also speak the legacy namespace send one form per namespace, and
// QXmppDiscoveryIq keeps only the first.
qint64 announcedLimit(const QDomElement &iq)
{
    const QDomElement query = iq.firstChildElement(QStringLiteral("query"));
    for (QDomElement x = query.firstChildElement(QStringLiteral("x")); !x.isNull();
         x = x.nextSiblingElement(QStringLiteral("x"))) {
        QXmppDataForm form;
        form.parse(x);
        if (form.formType() != UploadNs)
            continue;
        const auto fields = form.fields();
        for (const QXmppDataForm::Field &field : fields) {
            if (field.key() == u"max-file-size")
                return qMax<qint64>(0, field.value().toString().toLongLong());
        }
    }
    return 0;
}

bool isUploadService(const QXmppDiscoveryIq &info)
{
    if (!info.features().contains(UploadNs))
        return false;
    const auto identities = info.identities();
    return std::any_of(identities.cbegin(), identities.cend(), [](const auto &identity) {
        return identity.category() == u"store" && identity.type() == u"file";
    });
}

QFuture<UploadSlot> ready(const QString &error)
{
    QPromise<UploadSlot> promise;
    promise.start();
    promise.addResult(UploadSlot { {}, {}, {}, error });
    promise.finish();
    return promise.future();
}
} // namespace

UploadSync::UploadSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_disco(session->client()->findExtension<QXmppDiscoveryManager>())
    , m_requests(session->client()->findExtension<QXmppUploadRequestManager>())
{
    if (!m_disco)
        m_disco = session->client()->addNewExtension<QXmppDiscoveryManager>();
    if (!m_requests)
        m_requests = session->client()->addNewExtension<QXmppUploadRequestManager>();
    connect(session, &Session::connected, this, &UploadSync::discover);
    connect(session, &Session::disconnected, this, &UploadSync::reset);
    if (session->state() == ConnectionState::Connected)
        discover();
}

UploadSync::~UploadSync() = default;

qint64 UploadSync::sizeLimit() const
{
    return m_serverMax > 0 ? qMin(m_serverMax, MaxFileSize) : MaxFileSize;
}

QString UploadSync::sizeError(qint64 size) const
{
    const QString limit
        = QLocale().formattedDataSize(sizeLimit(), 0, QLocale::DataSizeTraditionalFormat);
    if (size <= sizeLimit())
        return {};
    if (m_serverMax > 0 && m_serverMax <= MaxFileSize)
        return tr("The file is larger than the server accepts (max %1).").arg(limit);
    return tr("The file is larger than Natter sends (max %1).").arg(limit);
}

void UploadSync::reset()
{
    ++m_generation;
    const bool wasAvailable = available();
    m_serviceJid.clear();
    m_serverMax = 0;
    m_pendingQueries = 0;
    m_discovered = false;
    m_interrupted = false;
    if (wasAvailable)
        Q_EMIT availableChanged();
}

void UploadSync::discover()
{
    reset();
    const quint64 generation = m_generation;
    const QString domain = m_session->settings().jid.domain();
    addHost(domain);
    // The server itself may offer uploads; usually a component it lists does.
    inspect(domain, generation);
    ++m_pendingQueries;
    m_disco->requestDiscoItems(domain).then(
        this, [this, generation](QXmppDiscoveryManager::ItemsResult &&result) {
            if (generation != m_generation)
                return;
            if (const auto *items = std::get_if<QList<QXmppDiscoveryIq::Item>>(&result)) {
                for (const auto &item : *items) {
                    if (item.node().isEmpty() && !item.jid().contains(u'@'))
                        inspect(item.jid(), generation);
                }
            } else {
                noteFailure(std::get<QXmppError>(result));
            }
            queryAnswered();
        });
}

void UploadSync::queryAnswered()
{
    // Every answer is in: from now on "not available" means the server offers no uploads. Not
    // so when a query died with the stream (a disconnect, or the session closing).
    if (--m_pendingQueries > 0 || m_discovered || m_interrupted)
        return;
    m_discovered = true;
    if (!available())
        Q_EMIT availableChanged();
}

void UploadSync::noteFailure(const QXmppError &error)
{
    // The server's own "no" (an error stanza) is an answer; anything else is a lost question.
    if (!error.holdsType<QXmppStanza::Error>())
        m_interrupted = true;
}

void UploadSync::inspect(const QString &jid, quint64 generation)
{
    QXmppDiscoveryIq request;
    request.setType(QXmppIq::Get);
    request.setQueryType(QXmppDiscoveryIq::InfoQuery);
    request.setTo(jid);
    ++m_pendingQueries;
    m_session->client()->sendIq(std::move(request)).then(this, [this, jid, generation](auto reply) {
        if (generation != m_generation)
            return;
        const auto answered = qScopeGuard([this] { queryAnswered(); });
        const auto *element = std::get_if<QDomElement>(&reply);
        if (!element)
            noteFailure(std::get<QXmppError>(reply));
        if (!element || available())
            return;
        QXmppDiscoveryIq info;
        info.parse(*element);
        if (info.type() != QXmppIq::Result || !isUploadService(info))
            return;
        m_serviceJid = jid;
        m_serverMax = announcedLimit(*element);
        qCInfo(lcXmpp) << "upload service" << jid << "max" << m_serverMax;
        addHost(jid);
        Q_EMIT availableChanged();
    });
}

void UploadSync::addHost(const QString &host)
{
    const QString lower = host.toLower();
    if (lower.isEmpty() || m_hosts.contains(lower))
        return;
    m_hosts.append(lower);
    Q_EMIT hostsChanged();
}

QFuture<UploadSlot> UploadSync::requestSlot(
    const QString &fileName, qint64 size, const QString &mimeType)
{
    if (!available())
        return ready(tr("Your server does not offer file uploads right now. Try again once "
                        "you are connected."));
    if (const QString error = sizeError(size); !error.isEmpty())
        return ready(error);
    if (size <= 0)
        return ready(tr("The file is empty, so there is nothing to send."));

    auto promise = std::make_shared<QPromise<UploadSlot>>();
    promise->start();
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
    m_requests->requestSlot(fileName, size, type, m_serviceJid)
        .then(this, [this, promise](QXmppUploadRequestManager::SlotResult &&result) {
            UploadSlot slot;
            if (const auto *granted = std::get_if<QXmppHttpUploadSlotIq>(&result)) {
                slot = toSlot(granted->putUrl(), granted->getUrl(), granted->putHeaders());
            } else {
                const auto &error = std::get<QXmppError>(result);
                const auto stanzaError = error.value<QXmppStanza::Error>();
                const auto condition
                    = stanzaError ? stanzaError->condition() : QXmppStanza::Error::NoCondition;
                qCInfo(lcXmpp) << "upload slot refused:" << error.description;
                if (condition == QXmppStanza::Error::NotAcceptable)
                    slot.error = tr("The server refused the file as too large.");
                else if (condition == QXmppStanza::Error::ResourceConstraint)
                    slot.error = tr("Your storage on the server is full. Try again later.");
                else if (condition == QXmppStanza::Error::Forbidden
                    || condition == QXmppStanza::Error::NotAllowed)
                    slot.error = tr("Your server does not allow you to send files.");
                else
                    slot.error = tr("The server could not take the file (%1). Try again later.")
                                     .arg(error.description);
            }
            promise->addResult(slot);
            promise->finish();
        });
    return promise->future();
}

UploadSlot UploadSync::toSlot(
    const QUrl &putUrl, const QUrl &getUrl, const QMap<QString, QString> &headers)
{
    UploadSlot slot;
    // XEP-0363 requires https for both; files must not cross the network in clear.
    if (putUrl.scheme() != u"https" || getUrl.scheme() != u"https" || putUrl.host().isEmpty()
        || getUrl.host().isEmpty()) {
        slot.error = tr("The server offered an unencrypted or invalid upload address, so the "
                        "file was not sent.");
        return slot;
    }
    slot.putUrl = putUrl;
    slot.getUrl = getUrl;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        const QString name = it.key().toLower();
        const bool allowed = name == u"authorization" || name == u"cookie" || name == u"expires";
        if (allowed && !it.value().contains(u'\n') && !it.value().contains(u'\r'))
            slot.putHeaders.append({ it.key().toLatin1(), it.value().toUtf8() });
    }
    addHost(putUrl.host());
    addHost(getUrl.host());
    return slot;
}

} // namespace Natter
