#pragma once

#include <QString>

// Whether a host name could pass for another one (UTS #39, through ICU's spoof checker): a
// label mixing scripts in a way no real name needs ("аpple", Latin with Cyrillic), or a label
// written wholly in another script that still reads as ASCII ("аррӏе", all Cyrillic).
namespace Natter::HostSpoofCheck {

// aceHost is a host in ACE form (QUrl::host(QUrl::FullyEncoded)). Pure ASCII hosts without
// "xn--" labels are never look-alikes and cost no ICU call.
bool isLookAlike(const QString &aceHost);

} // namespace Natter::HostSpoofCheck
