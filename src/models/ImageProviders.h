#pragma once

class QQmlEngine;

namespace Natter {

class AccountSession;

// Adds the image providers Main.qml loads from ("image://thumbnail/…", "image://round/…") to
// engine: the app, the benchmark window and the GUI tests load the same QML the same way.
void addImageProviders(QQmlEngine &engine, AccountSession *session);

} // namespace Natter
