#include "Jid.h"

#include <QCoreApplication>

namespace Natter {

namespace {
constexpr qsizetype MaxPartBytes = 1023; // RFC 7622, section 3.1

bool hasForbiddenNodeChar(const QString &node)
{
    static const QString forbidden = QStringLiteral("\"&'/:<>@");
    for (QChar c : node) {
        if (c.isSpace() || forbidden.contains(c) || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool isValidDomain(const QString &domain)
{
    if (domain.isEmpty() || domain.startsWith(u'.') || domain.endsWith(u'.')
        || domain.contains(QStringLiteral("..")))
        return false;
    for (QChar c : domain) {
        if (c.isSpace() || c == u'@' || c == u'/' || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

// lupdate files tr() in members here under "Natter::Jid"; the same context finds the translation.
QString tr(const char *text)
{
    return QCoreApplication::translate("Natter::Jid", text);
}
} // namespace

std::optional<Jid> Jid::parse(const QString &text, QString *error)
{
    auto failWith = [error](const QString &reason) -> std::optional<Jid> {
        if (error)
            *error = reason;
        return std::nullopt;
    };

    const QString input = text.trimmed();
    if (input.isEmpty())
        return failWith(tr("Enter an address like name@example.org."));

    Jid jid;
    QString rest = input;
    const qsizetype slash = rest.indexOf(u'/');
    if (slash >= 0) {
        jid.m_resource = rest.mid(slash + 1);
        rest.truncate(slash);
        if (jid.m_resource.isEmpty())
            return failWith(tr("The part after '/' is empty."));
    }
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        jid.m_node = rest.left(at).toLower();
        rest = rest.mid(at + 1);
        if (jid.m_node.isEmpty())
            return failWith(tr("The name before '@' is empty."));
        if (hasForbiddenNodeChar(jid.m_node))
            return failWith(tr("The name before '@' contains a character that is not allowed."));
    }
    jid.m_domain = rest.toLower();
    if (!isValidDomain(jid.m_domain))
        return failWith(tr("'%1' is not a valid server name.").arg(rest));
    if (jid.m_node.toUtf8().size() > MaxPartBytes || jid.m_domain.toUtf8().size() > MaxPartBytes
        || jid.m_resource.toUtf8().size() > MaxPartBytes)
        return failWith(tr("The address is too long."));
    return jid;
}

QString Jid::bare() const
{
    return m_node.isEmpty() ? m_domain : m_node + u'@' + m_domain;
}

QString Jid::full() const
{
    return m_resource.isEmpty() ? bare() : bare() + u'/' + m_resource;
}

Jid Jid::withResource(const QString &resource) const
{
    Jid copy = *this;
    copy.m_resource = resource;
    return copy;
}

} // namespace Natter
