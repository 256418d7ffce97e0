#include "XmppUri.h"

#include "PercentEncoding.h"

#include <QCoreApplication>

namespace Natter {

namespace {
using PercentEncoding::decode;
using PercentEncoding::encode;
using PercentEncoding::hasRawSpaceOrControl;

const QString Scheme = QStringLiteral("xmpp:");

// lupdate files tr() in members here under "Natter::XmppUri"; the same context finds the
// translation.
QString tr(const char *text)
{
    return QCoreApplication::translate("Natter::XmppUri", text);
}

QString encodeJid(const Jid &jid)
{
    QString out = jid.node().isEmpty() ? QString() : encode(jid.node()) + u'@';
    out += encode(jid.domain());
    if (!jid.resource().isEmpty())
        out += u'/' + encode(jid.resource());
    return out;
}

// XEP-0147 query types are plain words such as "message" or "roster".
bool isValidAction(const QString &action)
{
    for (QChar c : action) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'.' && c != u'_' && c != u'~')
            return false;
    }
    return true;
}
} // namespace

std::optional<XmppUri> XmppUri::parse(const QString &text, QString *error)
{
    auto failWith = [error](const QString &reason) -> std::optional<XmppUri> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QString badEscape = tr("The link contains an invalid %-escape.");

    const QString input = text.trimmed();
    if (input.isEmpty())
        return failWith(tr("The link is empty."));
    if (!input.startsWith(Scheme, Qt::CaseInsensitive))
        return failWith(tr("'%1' is not an xmpp: link.").arg(input));
    if (hasRawSpaceOrControl(input))
        return failWith(tr("The link contains spaces or control characters."));

    QStringView rest = QStringView(input).mid(Scheme.size());
    rest = rest.left(rest.indexOf(u'#')); // A fragment says nothing about what to open.
    const qsizetype question = rest.indexOf(u'?');
    const QStringView query = question >= 0 ? rest.mid(question + 1) : QStringView();
    QStringView path = rest.left(question);

    XmppUri uri;
    if (path.startsWith(u"//")) {
        const qsizetype slash = path.indexOf(u'/', 2);
        if (slash < 0)
            return failWith(tr("The link names an account but no contact or group to open."));
        const auto account = decode(path.mid(2, slash - 2));
        if (!account)
            return failWith(badEscape);
        QString reason;
        const auto accountJid = Jid::parse(*account, &reason);
        if (!accountJid)
            return failWith(tr("The account in the link is not valid: %1").arg(reason));
        uri.m_account = *accountJid;
        path = path.mid(slash + 1);
    }
    if (path.isEmpty())
        return failWith(tr("The link contains no address."));
    const auto address = decode(path);
    if (!address)
        return failWith(badEscape);
    QString reason;
    const auto jid = Jid::parse(*address, &reason);
    if (!jid)
        return failWith(tr("The address in the link is not valid: %1").arg(reason));
    uri.m_jid = *jid;

    const QList<QStringView> parts = query.split(u';', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return uri;
    if (query.startsWith(u';'))
        return failWith(tr("The link has parameters but no action."));
    const auto action = decode(parts.first());
    if (!action)
        return failWith(badEscape);
    if (!isValidAction(*action))
        return failWith(tr("'%1' is not a valid action.").arg(parts.first()));
    uri.m_action = *action;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype equals = parts[i].indexOf(u'=');
        if (equals <= 0)
            return failWith(tr("The parameter '%1' is not of the form key=value.").arg(parts[i]));
        const auto key = decode(parts[i].left(equals));
        const auto value = decode(parts[i].mid(equals + 1));
        if (!key || !value)
            return failWith(badEscape);
        uri.m_parameters.append({ *key, *value });
    }
    return uri;
}

QString XmppUri::value(const QString &key) const
{
    for (const auto &[name, value] : m_parameters) {
        if (name == key)
            return value;
    }
    return {};
}

QString XmppUri::toString() const
{
    QString out = Scheme;
    if (m_account.isValid())
        out += u"//" + encodeJid(m_account) + u'/';
    out += encodeJid(m_jid);
    if (!m_action.isEmpty()) {
        out += u'?' + encode(m_action);
        for (const auto &[key, value] : m_parameters)
            out += u';' + encode(key) + u'=' + encode(value);
    }
    return out;
}

} // namespace Natter
