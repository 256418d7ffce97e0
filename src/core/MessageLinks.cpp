#include "MessageLinks.h"

#include "HostSpoofCheck.h"
#include "XmppUri.h"

#include <QSet>
#include <QUrl>

#include <array>

using namespace Qt::StringLiterals;

namespace Natter::MessageLinks {

namespace {
constexpr std::array Schemes = { "https://"_L1, "http://"_L1, "xmpp:"_L1, "mailto:"_L1 };

bool isWeb(const QUrl &url)
{
    return url.scheme() == u"http" || url.scheme() == u"https";
}

// Characters that end a link; quotes and angle brackets never belong to one in chat text, and
// neither do invisible format characters (a bidi override would make it read backwards).
bool isUrlChar(QChar c)
{
    return !c.isSpace() && c.category() != QChar::Other_Control
        && c.category() != QChar::Other_Format && !QStringView(u"<>\"'`{}|\\^").contains(c);
}

// Drops sentence punctuation and closing brackets that have no opening partner in the link.
qsizetype trimmedEnd(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype round = 0;
    qsizetype square = 0;
    for (qsizetype i = start; i < end; ++i) {
        const QChar c = text[i];
        round += c == u'(' ? 1 : c == u')' ? -1 : 0;
        square += c == u'[' ? 1 : c == u']' ? -1 : 0;
    }
    while (end > start) {
        const QChar last = text[end - 1];
        const bool unmatchedRound = last == u')' && round < 0;
        const bool unmatchedSquare = last == u']' && square < 0;
        if (!unmatchedRound && !unmatchedSquare && !QStringView(u".,;:!?*_~").contains(last))
            break;
        round += unmatchedRound ? 1 : 0;
        square += unmatchedSquare ? 1 : 0;
        --end;
    }
    return end;
}

// The link's target when candidate is a usable address, or an empty string.
QString targetOf(const QString &candidate)
{
    const QUrl url(candidate, QUrl::TolerantMode);
    if (!url.isValid() || !isAllowed(url))
        return {};
    if (isWeb(url) && url.host().isEmpty())
        return {};
    if (url.scheme() == u"mailto" && !url.path().contains(u'@'))
        return {};
    if (url.scheme() == u"xmpp" && !XmppUri::parse(candidate))
        return {};
    return url.toString(QUrl::FullyEncoded);
}

qsizetype schemeAt(QStringView text, qsizetype i)
{
    // A scheme glued to a word ("foohttp://") is not the start of a link.
    if (i > 0 && (text[i - 1].isLetterOrNumber() || text[i - 1] == u'+' || text[i - 1] == u'-'))
        return 0;
    for (const QLatin1StringView scheme : Schemes) {
        if (text.sliced(i).startsWith(scheme, Qt::CaseInsensitive))
            return scheme.size();
    }
    return 0;
}

// Lower-case ACE host without a trailing dot or "www.", which its domain's owner controls.
QString comparableHost(const QUrl &url)
{
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.startsWith(u"www."))
        host.remove(0, 4);
    return host;
}

// The shown text read as an address of the same kind as target, or an invalid URL.
QUrl shownUrl(const QString &text, const QUrl &target)
{
    const bool hasScheme = text.contains(u"://") || text.startsWith(u"xmpp:", Qt::CaseInsensitive)
        || text.startsWith(u"mailto:", Qt::CaseInsensitive);
    if (hasScheme)
        return QUrl(text, QUrl::StrictMode);
    const QString separator = isWeb(target) ? u"://"_s : u":"_s;
    return QUrl(target.scheme() + separator + text, QUrl::StrictMode);
}
} // namespace

bool isAllowed(const QUrl &url)
{
    static const QSet<QString> allowed { u"http"_s, u"https"_s, u"xmpp"_s, u"mailto"_s };
    return allowed.contains(url.scheme().toLower());
}

QList<Link> find(QStringView text)
{
    QList<Link> links;
    if (!text.contains(u':'))
        return links;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t first = text[i].toLower().unicode();
        if (first != u'h' && first != u'x' && first != u'm')
            continue;
        const qsizetype schemeLength = schemeAt(text, i);
        if (schemeLength == 0)
            continue;
        qsizetype end = i + schemeLength;
        while (end < text.size() && isUrlChar(text[end]))
            ++end;
        end = trimmedEnd(text, i + schemeLength, end);
        if (end == i + schemeLength)
            continue;
        QString href = targetOf(text.sliced(i, end - i).toString());
        if (href.isEmpty())
            continue;
        links.append({ i, end, std::move(href) });
        i = end - 1;
    }
    return links;
}

QStringList targets(QStringView text)
{
    QStringList hrefs;
    for (const QStringView line : text.tokenize(u'\n')) {
        for (const Link &link : find(line)) {
            if (!hrefs.contains(link.href))
                hrefs.append(link.href);
        }
    }
    return hrefs;
}

bool needsConfirmation(const QString &shownText, const QString &href)
{
    const QUrl target(href, QUrl::StrictMode);
    if (!target.isValid() || !isAllowed(target) || !target.userInfo().isEmpty())
        return true;
    if (isWeb(target)
        && (target.host().isEmpty()
            || HostSpoofCheck::isLookAlike(target.host(QUrl::FullyEncoded))))
        return true;
    const QString text = shownText.trimmed();
    if (text.isEmpty() || text.endsWith(u'…') || text.endsWith(u"..."))
        return true;
    const QUrl shown = shownUrl(text, target);
    if (!shown.isValid() || !shown.userInfo().isEmpty())
        return true;
    if (isWeb(target))
        return !isWeb(shown) || comparableHost(shown) != comparableHost(target);
    // xmpp: and mailto: name an address in the path; the query (";body=…") may differ.
    return shown.scheme().toLower() != target.scheme()
        || shown.path().compare(target.path(), Qt::CaseInsensitive) != 0;
}

} // namespace Natter::MessageLinks
