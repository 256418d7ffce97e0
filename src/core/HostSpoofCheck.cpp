#include "HostSpoofCheck.h"

#include <QUrl>

#include <algorithm>
#include <memory>
#include <unicode/uspoof.h>

namespace Natter::HostSpoofCheck {

namespace {
struct SpoofCheckerClose
{
    void operator()(USpoofChecker *checker) const { uspoof_close(checker); }
};
using SpoofChecker = std::unique_ptr<USpoofChecker, SpoofCheckerClose>;

// Configured once; ICU allows concurrent checks on a checker that is no longer changed.
const USpoofChecker *checker()
{
    static const SpoofChecker instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        SpoofChecker made(uspoof_open(&status));
        // Highly restrictive: one script per label, or Latin with Han/Kana/Hangul as CJK names
        // use; invisible characters and digits from several number systems are refused too.
        uspoof_setChecks(made.get(),
            USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE | USPOOF_MIXED_NUMBERS
                | USPOOF_HIDDEN_OVERLAY,
            &status);
        uspoof_setRestrictionLevel(made.get(), USPOOF_HIGHLY_RESTRICTIVE);
        return U_SUCCESS(status) ? std::move(made) : SpoofChecker();
    }();
    return instance.get();
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// A non-ASCII label whose UTS #39 skeleton is plain ASCII reads as some ASCII label: the
// whole-script confusable that a restriction level alone lets through.
bool hasAsciiSkeleton(const USpoofChecker *spoof, QStringView label)
{
    UErrorCode status = U_ZERO_ERROR;
    const auto *text = reinterpret_cast<const UChar *>(label.utf16());
    const int32_t length
        = uspoof_getSkeleton(spoof, 0, text, int32_t(label.size()), nullptr, 0, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
        return true;
    QString skeleton(length, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    uspoof_getSkeleton(spoof, 0, text, int32_t(label.size()),
        reinterpret_cast<UChar *>(skeleton.data()), length, &status);
    return U_FAILURE(status) || isAscii(skeleton);
}

bool isLookAlikeLabel(const USpoofChecker *spoof, QStringView label)
{
    if (isAscii(label))
        return false;
    UErrorCode status = U_ZERO_ERROR;
    const int32_t failed = uspoof_check2(spoof, reinterpret_cast<const UChar *>(label.utf16()),
        int32_t(label.size()), nullptr, &status);
    return U_FAILURE(status) || failed != 0 || hasAsciiSkeleton(spoof, label);
}
} // namespace

bool isLookAlike(const QString &aceHost)
{
    const QString host = aceHost.toLower();
    if (!host.startsWith(u"xn--") && !host.contains(u".xn--"))
        return !isAscii(host); // an ACE host is ASCII; anything else was not decoded right
    const USpoofChecker *spoof = checker();
    if (!spoof)
        return true; // no ICU data: ask rather than guess
    const QString unicode = QUrl::fromAce(host.toLatin1(), QUrl::IgnoreIDNWhitelist);
    for (const QStringView label : QStringView(unicode).split(u'.')) {
        // A label Qt could not decode is no valid IDN; nothing honest needs one.
        if (label.startsWith(u"xn--") || isLookAlikeLabel(spoof, label))
            return true;
    }
    return false;
}

} // namespace Natter::HostSpoofCheck
