#pragma once

#include "AudioPlayer.h"
#include "MediaService.h"
#include "VoiceRecorder.h"
#include "WaveformCache.h"

#include <QObject>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

// MediaService lives in a library without Qt Quick; pages reach it as session.media.
struct MediaServiceForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::MediaService)
    QML_NAMED_ELEMENT(MediaService)
    QML_UNCREATABLE("Owned by the AccountSession: use session.media")
};

// The voice-note recorder and the shared audio player, reached as session.media.recorder and
// session.media.player.
struct VoiceRecorderForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::VoiceRecorder)
    QML_NAMED_ELEMENT(VoiceRecorder)
    QML_UNCREATABLE("Owned by the MediaService: use session.media.recorder")
};

struct AudioPlayerForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::AudioPlayer)
    QML_NAMED_ELEMENT(AudioPlayer)
    QML_UNCREATABLE("Owned by the MediaService: use session.media.player")
};

struct WaveformCacheForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::WaveformCache)
    QML_NAMED_ELEMENT(WaveformCache)
    QML_UNCREATABLE("Owned by the MediaService: use session.media.waveforms")
};
