#pragma once

#include <QtGlobal>

namespace Natter::MediaLimits {

// What a message may declare about a file before Natter believes it. Anything outside these
// bounds is treated as unknown or refused; nothing is ever allocated from a declared number.
constexpr qint64 MaxFileBytes = qint64 { 100 } * 1024 * 1024; // the most Natter sends or downloads
constexpr int MaxDeclaredEdge = 65'535 - 1; // pixels of an image or video, per edge
constexpr qint64 MaxDurationMs = 24LL * 60 * 60 * 1000;
constexpr int MaxThumbnailEdge = 1024; // a larger "thumbnail" is refused
constexpr int MaxThumbnailBytes = 48 * 1024;
constexpr int MaxFilesPerMessage = 10;
constexpr int MaxUrlLength = 4096;
constexpr int MaxFileNameLength = 255;
constexpr int MaxDescriptionLength = 4096;

// Decoding images (src/media/ImageDecoder): checked against the header before any pixel is
// allocated, whatever the message declared.
constexpr qint64 MaxFullDecodePixels = 100'000'000; // a full-resolution decode
constexpr int MaxDisplayEdge = 16384; // pixels per edge of any image we show or send
constexpr int AllocationLimitMb = 256; // QImageReader's cap for one decoded image

// What Natter makes (src/media/Thumbnailer, OutgoingImage, FileNameSanitizer).
constexpr int ThumbnailLongEdge = 256; // sharp in a bubble, small on the wire
constexpr int ThumbnailTargetBytes = 12 * 1024; // quality, then size, go down until it fits
constexpr int CompressedLongEdge = 1600; // "send compressed": enough for any screen
constexpr int CompressedQuality = 80; // JPEG
constexpr int MaxFileNameBytes = 120; // UTF-8 bytes of a name in the media cache

} // namespace Natter::MediaLimits
