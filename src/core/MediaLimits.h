#pragma once

#include <QtGlobal>

namespace Natter::MediaLimits {

// What a message may declare about a file before Natter believes it. Anything outside these
// bounds is treated as unknown or refused; nothing is ever allocated from a declared number.
constexpr qint64 MaxFileBytes = 100 * 1024 * 1024; // the most Natter sends or downloads
constexpr int MaxDeclaredEdge = 65'535 - 1; // pixels of an image or video, per edge
constexpr qint64 MaxDurationMs = 24LL * 60 * 60 * 1000;
constexpr int MaxThumbnailEdge = 1024; // a larger "thumbnail" is refused
constexpr int MaxThumbnailBytes = 48 * 1024;
constexpr int MaxFilesPerMessage = 10;
constexpr int MaxUrlLength = 4096;
constexpr int MaxFileNameLength = 255;
constexpr int MaxDescriptionLength = 4096;

} // namespace Natter::MediaLimits
