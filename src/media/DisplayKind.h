#pragma once

namespace Natter {

// How a bubble shows an attachment. (The lead may move this to core as MediaKind.)
enum class DisplayKind { Image, Video, Audio, Document };

} // namespace Natter
