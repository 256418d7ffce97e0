#include "MessageMarkup.h"

#include "EmojiText.h"
#include "FindWords.h"
#include "FormatCharacters.h"
#include "MessageLinks.h"

#include <QList>
#include <QScopedValueRollback>
#include <QStringList>

#include <algorithm>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace Natter::MessageMarkup {

namespace {
// A grey that reads on light and dark bubbles alike; markers and quotes use it.
constexpr auto DimOpen = "<font color=\"#8696a0\">"_L1;
constexpr auto DimClose = "</font>"_L1;

// A mention reads as a name on light and dark bubbles alike; one naming us also gets a
// translucent amber mark, as chat apps show "you were mentioned".
constexpr auto MentionOpen = "<span style=\"color:#2a8bd8;font-weight:600\">"_L1;
constexpr auto OwnMentionOpen
    = "<span style=\"color:#2a8bd8;font-weight:700;background-color:rgba(255,171,0,90)\">"_L1;
constexpr auto MentionClose = "</span>"_L1;

// The mentions of the body being rendered, as ranges of the shown text. Every piece of text
// handed to appendText is a view into that one string, so its place is where its view starts.
struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QLatin1StringView open;
};
struct Highlights
{
    QStringView text;
    QList<Span> ranges; // in order, never overlapping
};

// A find match stands out on light and dark bubbles alike, as a marker pen does on paper.
constexpr auto MatchOpen
    = "<span style=\"background-color:#ffd54f;color:#111b21;font-weight:700\">"_L1;
thread_local const Highlights *t_highlights = nullptr;

constexpr std::array Directives = { u'*', u'_', u'~', u'`' };
constexpr std::array<QLatin1StringView, 4> OpenTags = { "<b>"_L1, "<i>"_L1, "<s>"_L1, "<code>"_L1 };
constexpr std::array<QLatin1StringView, 4> CloseTags
    = { "</b>"_L1, "</i>"_L1, "</s>"_L1, "</code>"_L1 };
constexpr int CodeDirective = 3;

int directiveIndex(QChar c)
{
    for (std::size_t i = 0; i < Directives.size(); ++i) {
        if (c == Directives[i])
            return int(i);
    }
    return -1;
}

void appendEscaped(QString &out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += "&amp;"_L1;
            break;
        case u'<':
            out += "&lt;"_L1;
            break;
        case u'>':
            out += "&gt;"_L1;
            break;
        case u'"':
            out += "&quot;"_L1;
            break;
        case u'\'':
            out += "&#39;"_L1;
            break;
        default:
            out += c;
        }
    }
}

QString emojiSpan()
{
    static const QString span = []() -> QString {
        QStringList quoted;
        for (const char *family : EmojiText::FontFamilies)
            quoted << u'\'' + QLatin1StringView(family) + u'\'';
        return "<span style=\"font-family:"_L1 + quoted.join(u',') + "\">"_L1;
    }();
    return span;
}

// Escaped text, with emoji runs set in a colour emoji font (see EmojiText).
void appendRun(QString &out, QStringView text)
{
    const bool mayHaveEmoji = std::any_of(
        text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x2300 || c.isSurrogate(); });
    if (!mayHaveEmoji) {
        appendEscaped(out, text);
        return;
    }
    qsizetype done = 0;
    for (const EmojiText::Run &run : EmojiText::runs(text)) {
        appendEscaped(out, text.sliced(done, run.start - done));
        out += emojiSpan();
        appendEscaped(out, text.sliced(run.start, run.end - run.start));
        out += "</span>"_L1;
        done = run.end;
    }
    appendEscaped(out, text.sliced(done));
}

// Escaped text in which each bidi control shows as a dimmed "‹RLO›" instead of reordering
// what follows: the one place bodies neutralise them.
void appendUnmarkedText(QString &out, QStringView text)
{
    qsizetype done = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QLatin1StringView name = FormatCharacters::abbreviation(text[i].unicode());
        if (name.isEmpty())
            continue;
        appendRun(out, text.sliced(done, i - done));
        out += DimOpen + u'‹' + name + u'›' + DimClose;
        done = i + 1;
    }
    appendRun(out, text.sliced(done));
}

// appendUnmarkedText, with the mentions and find matches that fall in text highlighted.
void appendText(QString &out, QStringView text)
{
    const Highlights *h = t_highlights;
    if (!h || h->ranges.isEmpty() || text.data() < h->text.data()
        || text.data() + text.size() > h->text.data() + h->text.size()) {
        appendUnmarkedText(out, text);
        return;
    }
    const qsizetype start = text.data() - h->text.data();
    qsizetype done = 0;
    for (const Span &m : h->ranges) {
        const qsizetype begin = std::max(m.begin - start, done);
        const qsizetype end = std::min(m.end - start, text.size());
        if (begin >= end)
            continue;
        appendUnmarkedText(out, text.sliced(done, begin - done));
        out += m.open;
        appendUnmarkedText(out, text.sliced(begin, end - begin));
        out += MentionClose;
        done = end;
    }
    appendUnmarkedText(out, text.sliced(done));
}

void appendDimmed(QString &out, QStringView text)
{
    out += DimOpen;
    appendText(out, text);
    out += DimClose;
}

QString dimmed(QStringView text)
{
    QString out;
    appendDimmed(out, text);
    return out;
}

QString textHtml(QStringView text)
{
    QString out;
    appendText(out, text);
    return out;
}

// One line of text with its XEP-0393 spans and links. Spans never cross lines, so a line is
// the whole world of a span. Closing positions are precomputed so that a line full of openers
// that never close still renders in linear time.
class StyledLine
{
public:
    explicit StyledLine(QStringView line)
        : m_line(line)
        , m_links(MessageLinks::find(line))
        , m_linkAt(m_links.isEmpty() ? 0 : std::size_t(line.size()), -1)
    {
        for (qsizetype k = 0; k < m_links.size(); ++k) {
            for (qsizetype i = m_links[k].start; i < m_links[k].end; ++i)
                m_linkAt[std::size_t(i)] = int(k);
        }
        for (std::size_t d = 0; d < Directives.size(); ++d) {
            if (line.contains(Directives[d]))
                m_nextClose[d] = closingPositions(Directives[d]);
        }
    }

    QString html() const
    {
        QString out;
        out.reserve(m_line.size() + m_line.size() / 4);
        render(0, m_line.size(), out);
        return out;
    }

private:
    int linkAt(qsizetype i) const { return m_linkAt.empty() ? -1 : m_linkAt[std::size_t(i)]; }

    // For each position, the first at or after it where directive may close a span: not
    // preceded by whitespace and not inside a link. m_line.size() when there is none.
    std::vector<qsizetype> closingPositions(QChar directive) const
    {
        const qsizetype n = m_line.size();
        std::vector<qsizetype> next(std::size_t(n) + 1, n);
        for (qsizetype i = n - 1; i >= 0; --i) {
            const bool closes
                = m_line[i] == directive && i > 0 && !m_line[i - 1].isSpace() && linkAt(i) < 0;
            next[std::size_t(i)] = closes ? i : next[std::size_t(i) + 1];
        }
        return next;
    }

    // XEP-0393: an opener starts the line, follows whitespace or directly follows a different
    // opener ("*_both_*"), and is not followed by whitespace.
    bool canOpen(qsizetype i, qsizetype from) const
    {
        if (i + 1 >= m_line.size() || m_line[i + 1].isSpace())
            return false;
        if (i == 0 || m_line[i - 1].isSpace())
            return true;
        return i == from && directiveIndex(m_line[i - 1]) >= 0 && m_line[i - 1] != m_line[i];
    }

    // The closing position for an opener at open inside [.., to), or -1. Spans are never empty.
    qsizetype closing(int directive, qsizetype open, qsizetype to) const
    {
        if (m_nextClose[std::size_t(directive)].empty())
            return -1;
        const qsizetype close
            = m_nextClose[std::size_t(directive)][std::size_t(qMin(open + 2, m_line.size()))];
        return close < to ? close : -1;
    }

    void render(qsizetype from, qsizetype to, QString &out) const
    {
        qsizetype plain = from; // start of the run of plain text not yet written
        const auto flush
            = [&](qsizetype upTo) { appendText(out, m_line.sliced(plain, upTo - plain)); };
        for (qsizetype i = from; i < to;) {
            const int link = linkAt(i);
            if (link >= 0 && m_links[link].start == i && m_links[link].end <= to) {
                flush(i);
                const MessageLinks::Link &l = m_links[link];
                out += "<a href=\""_L1 + escaped(l.href) + "\">"_L1;
                appendText(out, m_line.sliced(l.start, l.end - l.start));
                out += "</a>"_L1;
                i = plain = l.end;
                continue;
            }
            const int directive = directiveIndex(m_line[i]);
            const qsizetype close
                = directive >= 0 && canOpen(i, from) ? closing(directive, i, to) : -1;
            if (close < 0) {
                ++i;
                continue;
            }
            flush(i);
            out += OpenTags[std::size_t(directive)];
            appendDimmed(out, m_line.sliced(i, 1));
            if (directive == CodeDirective)
                appendText(out, m_line.sliced(i + 1, close - i - 1)); // no styling in code
            else
                render(i + 1, close, out);
            appendDimmed(out, m_line.sliced(close, 1));
            out += CloseTags[std::size_t(directive)];
            i = plain = close + 1;
        }
        flush(to);
    }

    QStringView m_line;
    QList<MessageLinks::Link> m_links;
    std::vector<int> m_linkAt; // index into m_links for each character, -1 outside links
    std::array<std::vector<qsizetype>, Directives.size()> m_nextClose;
};

// Renders lines as XEP-0393 blocks; appends exactly one HTML line to out per input line.
void renderBlocks(const QList<QStringView> &lines, int depth, QStringList &out)
{
    for (qsizetype i = 0; i < lines.size();) {
        const QStringView line = lines[i];
        if (line.startsWith(u"```")) {
            // Preformatted: up to a line of just ``` or the end of the enclosing block.
            out << dimmed(line);
            for (++i; i < lines.size() && lines[i] != u"```"; ++i)
                out << "<code>"_L1 + textHtml(lines[i]) + "</code>"_L1;
            if (i < lines.size())
                out << dimmed(lines[i++]);
            continue;
        }
        if (line.startsWith(u'>') && depth < MaxQuoteDepth) {
            // A quote holds blocks of its own, once its ">" and the whitespace after it go.
            QList<QStringView> markers;
            QList<QStringView> inner;
            for (; i < lines.size() && lines[i].startsWith(u'>'); ++i) {
                qsizetype n = 1;
                while (n < lines[i].size() && (lines[i][n] == u' ' || lines[i][n] == u'\t'))
                    ++n;
                markers << lines[i].first(n);
                inner << lines[i].sliced(n);
            }
            QStringList quoted;
            renderBlocks(inner, depth + 1, quoted);
            for (qsizetype k = 0; k < quoted.size(); ++k)
                out << dimmed(markers[k]) + DimOpen + quoted[k] + DimClose;
            continue;
        }
        // Most lines have neither spans nor links and skip the parser.
        const bool plain = !line.contains(u':')
            && std::none_of(
                Directives.begin(), Directives.end(), [line](QChar d) { return line.contains(d); });
        out << (plain ? textHtml(line) : StyledLine(line).html());
        ++i;
    }
}

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}
} // namespace

namespace {
// shownText, and where each of body's indexes (and its end) lands in it.
QString shownTextMapped(const QString &body, QList<qsizetype> *map);
} // namespace

QString shownText(const QString &body)
{
    return shownTextMapped(body, nullptr);
}

namespace {
QString shownTextMapped(const QString &body, QList<qsizetype> *map)
{
    QStringView text = body;
    const bool cut = text.size() > MaxShownLength;
    if (cut) {
        // Never split a surrogate pair: half an emoji renders as a replacement box.
        const bool splitsPair = text[MaxShownLength - 1].isHighSurrogate();
        text = text.first(MaxShownLength - (splitsPair ? 1 : 0));
    }
    QString out;
    out.reserve(text.size() + 1);
    int marks = 0;
    for (qsizetype i = 0; i < text.size();) {
        const bool pair
            = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        const qsizetype length = pair ? 2 : 1;
        const char32_t c = pair ? QChar::surrogateToUcs4(text[i], text[i + 1]) : text[i].unicode();
        // Format characters (ZWJ, tags) neither end nor extend a stack of marks.
        const bool format = QChar::category(c) == QChar::Other_Format;
        if (isMark(c))
            ++marks;
        else if (!format)
            marks = 0;
        // Invisible ones that no script needs go; bidi controls stay, to be shown as markers.
        const bool invisible
            = format && !FormatCharacters::isKeptInBody(c) && !FormatCharacters::isBidiControl(c);
        if (map) {
            for (qsizetype k = 0; k < length; ++k)
                map->append(out.size());
        }
        if (marks <= MaxMarksPerCharacter && !invisible)
            out += text.sliced(i, length);
        i += length;
    }
    if (map) {
        // What the cut leaves out maps to the end, so a mention there is dropped.
        while (map->size() <= body.size())
            map->append(out.size());
    }
    if (cut)
        out += u'…';
    return out;
}

// The mentions as ranges of the shown text; those the cut or the removed characters emptied go.
QList<Mention> shownRanges(const QList<Mention> &mentions, const QList<qsizetype> &map)
{
    QList<Mention> out;
    for (Mention m : mentions) {
        if (m.begin < 0 || m.end > map.size() - 1 || m.begin >= m.end)
            continue;
        m.begin = map[m.begin];
        m.end = map[m.end];
        if (m.begin < m.end)
            out.append(m);
    }
    return out;
}
} // namespace

namespace {
QList<Span> matchSpans(QStringView text, const QStringList &words)
{
    QList<Span> spans;
    for (const auto &[begin, end] : FindWords::matches(text, words))
        spans.append({ begin, end, MatchOpen });
    return spans;
}

// Mentions and matches in text order; where two overlap, the earlier one wins, and of two that
// start together the match (what the person looks for now).
QList<Span> orderedSpans(const QList<Mention> &mentions, QList<Span> matches)
{
    for (const Mention &m : mentions)
        matches.append({ m.begin, m.end, m.ours ? OwnMentionOpen : MentionOpen });
    std::stable_sort(matches.begin(), matches.end(),
        [](const Span &a, const Span &b) { return a.begin < b.begin; });
    QList<Span> out;
    for (const Span &span : std::as_const(matches)) {
        if (out.isEmpty() || span.begin >= out.constLast().end)
            out.append(span);
    }
    return out;
}
} // namespace

QString toHtml(const QString &body, const QList<Mention> &mentions, const QStringList &matches)
{
    QList<qsizetype> map;
    const QString text = shownTextMapped(body, mentions.isEmpty() ? nullptr : &map);
    if (text.isEmpty())
        return {};
    const Highlights highlights { text,
        orderedSpans(shownRanges(mentions, map), matchSpans(text, matches)) };
    const QScopedValueRollback<const Highlights *> current(t_highlights, &highlights);
    QList<QStringView> lines = QStringView(text).split(u'\n');
    for (QStringView &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    QStringList html;
    html.reserve(lines.size());
    renderBlocks(lines, 0, html);
    // pre-wrap keeps runs of spaces and still wraps long lines at the bubble's width.
    return "<div style=\"white-space:pre-wrap\">"_L1 + html.join("<br>"_L1) + "</div>"_L1;
}

QString linkText(const QString &body, const QString &href)
{
    const QString text = shownText(body);
    for (const QStringView line : QStringView(text).tokenize(u'\n')) {
        for (const MessageLinks::Link &link : MessageLinks::find(line)) {
            if (link.href == href)
                return line.sliced(link.start, link.end - link.start).toString();
        }
    }
    return {};
}

bool linkNeedsConfirmation(const QString &shownText, const QString &href)
{
    return MessageLinks::needsConfirmation(shownText, href);
}

QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    appendEscaped(out, text);
    return out;
}

} // namespace Natter::MessageMarkup
