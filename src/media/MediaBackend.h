#pragma once

namespace Natter {

// Picks the Qt Multimedia backend before the first media object exists. On Linux, Qt 6.4 loads
// GStreamer by default, which needs a plugin set Debian does not install with Qt and cannot
// record AAC without gstreamer1.0-libav; the FFmpeg backend records, plays, decodes and renders
// poster frames with only the libav* libraries Qt already depends on. Other platforms keep their
// native backend (Media Foundation, AVFoundation), which records AAC in MP4 as well.
class MediaBackend
{
public:
    // Call before QCoreApplication; an explicit QT_MEDIA_BACKEND in the environment wins.
    static void select();
};

} // namespace Natter
