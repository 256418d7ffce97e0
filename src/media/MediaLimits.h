#pragma once

#include <QtGlobal>

// Hard limits on what media decoding may cost. Declared sizes are checked against these before
// anything is allocated; a file or message that asks for more is refused, not trimmed.
namespace Natter::MediaLimits {

// A full-resolution decode (the viewer, compression) never exceeds 100 megapixels.
inline constexpr qint64 MaxFullDecodePixels = 100'000'000;
// No image wider or taller than this is displayed, even scaled (a 1 × 10^6 strip is hostile).
inline constexpr int MaxDisplayEdge = 16384;
// Thumbnails that arrive in messages (XEP-0264 via Bits of Binary) are small by definition.
inline constexpr int MaxThumbnailEdge = 1024;
inline constexpr qint64 MaxThumbnailBytes = 128 * 1024;
// QImageReader's global allocation limit: no single decoded image may take more than this.
inline constexpr int AllocationLimitMb = 256;

// What we send as a thumbnail: long edge and byte budget (lower quality until it fits).
inline constexpr int ThumbnailLongEdge = 256;
inline constexpr qint64 ThumbnailTargetBytes = 12 * 1024;
// The "compressed" send option: long edge and JPEG quality.
inline constexpr int CompressedLongEdge = 1600;
inline constexpr int CompressedQuality = 80;

// File names we store: at most this many UTF-8 bytes, extension included.
inline constexpr int MaxFileNameBytes = 120;

} // namespace Natter::MediaLimits
