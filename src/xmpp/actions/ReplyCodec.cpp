#include "ReplyCodec.h"

#include "XmppLogging.h"

#include <QXmppFallback.h>
#include <QXmppMessage.h>

#include <algorithm>
#include <limits>

namespace Natter {

namespace {
const QString ReplyNamespace = QStringLiteral("urn:xmpp:reply:0");
// More fallback ranges than this on one stanza are not a quote but an attack on our loop.
constexpr int MaxFallbackRanges = 8;

// The UTF-16 index of code point cp in text; text.size() when cp is past the end.
qsizetype utf16Index(QStringView text, qint64 cp)
{
    qsizetype i = 0;
    for (qint64 n = 0; n < cp && i < text.size(); ++n)
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
    return i;
}

qint64 codePointCount(const QString &text)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < text.size(); ++n)
        i = utf16Index(QStringView(text).mid(i), 1) + i;
    return n;
}
} // namespace

QString ReplyCodec::withoutRange(const QString &body, qint64 start, qint64 end)
{
    if (start < 0 || end <= start)
        return body;
    const qsizetype from = utf16Index(body, start);
    const qsizetype to = utf16Index(body, end);
    if (from >= body.size())
        return body;
    return body.left(from) + body.mid(to);
}

namespace {
// The reply's fallback ranges in the body, in code points: clamped to it, without overlaps,
// last first. Empty unless the stanza is a usable reply.
QList<std::pair<qint64, qint64>> fallbackRanges(const QXmppMessage &stanza)
{
    QList<std::pair<qint64, qint64>> ranges;
    const auto reply = stanza.reply();
    if (!reply || reply->id.isEmpty() || reply->id.size() > ReplyCodec::MaxRefLength)
        return ranges;
    const qint64 length = codePointCount(stanza.body());
    for (const QXmppFallback &fallback : stanza.fallbackMarkers()) {
        if (fallback.forNamespace() != ReplyNamespace)
            continue;
        for (const auto &reference : fallback.references()) {
            if (reference.element != QXmppFallback::Body || ranges.size() >= MaxFallbackRanges)
                continue;
            // A <body/> without a range marks the whole body (XEP-0428).
            const auto range = reference.range.value_or(QXmppFallback::Range { 0, 0 });
            const qint64 end = reference.range ? std::min<qint64>(range.end, length) : length;
            if (range.start < end)
                ranges.append({ range.start, end });
        }
    }
    std::sort(ranges.begin(), ranges.end(), [](auto a, auto b) { return a.first > b.first; });
    // Overlapping ranges would cut the text twice: each ends where the one after it starts.
    for (qsizetype i = 1; i < ranges.size(); ++i)
        ranges[i].second = std::min(ranges[i].second, ranges[i - 1].first);
    ranges.removeIf([](auto r) { return r.first >= r.second; });
    return ranges;
}
} // namespace

void ReplyCodec::read(const QXmppMessage &stanza, Message &message)
{
    const auto reply = stanza.reply();
    if (!reply)
        return;
    if (reply->id.isEmpty() || reply->id.size() > MaxRefLength
        || reply->to.size() > MaxAuthorLength) {
        qCInfo(lcXmpp) << "ignored a reply with an unusable reference";
        return;
    }
    message.replyRef = reply->id;
    message.replyAuthor = reply->to;
    // Last first, so the earlier ranges still count from the start of the body.
    for (const auto &[start, end] : fallbackRanges(stanza))
        message.body = withoutRange(message.body, start, end);
}

QList<Mention> ReplyCodec::shifted(const QList<Mention> &references, const QXmppMessage &stanza)
{
    const auto ranges = fallbackRanges(stanza);
    if (ranges.isEmpty())
        return references;
    QList<Mention> out;
    for (Mention m : references) {
        qint64 removedBefore = 0;
        bool inFallback = false;
        for (const auto &[start, end] : ranges) {
            if (m.begin < end && m.end > start)
                inFallback = true; // a mention in the quote is not one in the reply
            else if (end <= m.begin)
                removedBefore += end - start;
        }
        if (inFallback)
            continue;
        m.begin -= removedBefore;
        m.end -= removedBefore;
        out.append(m);
    }
    return out;
}

QList<Mention> ReplyCodec::shifted(const QList<Mention> &mentions, const Message &message)
{
    if (message.replyRef.isEmpty() || message.replyQuote.isEmpty())
        return mentions;
    QList<Mention> out = mentions;
    for (Mention &m : out) {
        m.begin += message.replyQuote.size();
        m.end += message.replyQuote.size();
    }
    return out;
}

void ReplyCodec::write(QXmppMessage &stanza, const Message &message)
{
    if (message.replyRef.isEmpty()) {
        stanza.setBody(message.body);
        return;
    }
    stanza.setReply(QXmpp::Reply { message.replyAuthor, message.replyRef });
    stanza.setBody(message.replyQuote + message.body);
    if (message.replyQuote.isEmpty())
        return;
    const auto end = uint32_t(codePointCount(message.replyQuote));
    stanza.setFallbackMarkers({ QXmppFallback(
        ReplyNamespace, { { QXmppFallback::Body, QXmppFallback::Range { 0, end } } }) });
}

} // namespace Natter
