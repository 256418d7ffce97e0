<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountSession</name>
    <message numerus="yes">
        <location filename="../../src/services/AccountSession.cpp" line="+327"/>
        <source>Offline: %1 Retrying in %n s…</source>
        <translation>
            <numerusform>Offline: %1 Neuer Versuch in %n s…</numerusform>
            <numerusform>Offline: %1 Neuer Versuch in %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddContactBanner</name>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="+28"/>
        <source>%1 is not in your contacts.</source>
        <translation>%1 ist nicht in deinen Kontakten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 to your contacts</source>
        <translation>%1 zu deinen Kontakten hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>AddParticipantDialog</name>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="+17"/>
        <source>Add participants</source>
        <translation>Teilnehmende hinzufügen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name or address</source>
        <translation>Name oder Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or address of someone to add</source>
        <translation>Name oder Adresse einer Person, die du hinzufügen willst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Contacts to add</source>
        <translation>Kontakte zum Hinzufügen</translation>
    </message>
</context>
<context>
    <name>AttachmentRoles</name>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="+30"/>
        <location line="+75"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voice message</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="+35"/>
        <source>1 file to send</source>
        <translation>1 Datei zum Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files to send</source>
        <translation>%1 Dateien zum Senden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send images compressed</source>
        <translation>Bilder komprimiert senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all files</source>
        <translation>Alle Dateien entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Files to send</source>
        <translation>Zu sendende Dateien</translation>
    </message>
</context>
<context>
    <name>AttachmentTrayEntry</name>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="+98"/>
        <source>Add a caption</source>
        <translation>Bildunterschrift hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Caption for %1</source>
        <translation>Bildunterschrift für %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>AudioPlayback</name>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="+39"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Playback position</source>
        <translation>Wiedergabeposition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Can&apos;t play</source>
        <translation>Wiedergabe nicht möglich</translation>
    </message>
</context>
<context>
    <name>BlockedContactList</name>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="+11"/>
        <source>Blocked contacts</source>
        <translation>Blockierte Kontakte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unblock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unblock %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody is blocked.</source>
        <translation>Niemand ist blockiert.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="+23"/>
        <source>The server&apos;s certificate has changed</source>
        <translation>Das Zertifikat des Servers hat sich geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unverified certificate</source>
        <translation>Nicht überprüftes Zertifikat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This server now presents a different certificate from the one you trusted before. This can happen when the server renews it, but it can also mean someone is intercepting your connection. Only continue if you can confirm the new fingerprint with the server&apos;s operator.</source>
        <translation>Dieser Server zeigt jetzt ein anderes Zertifikat als das, dem du zuvor vertraut hast. Das kann passieren, wenn der Server es erneuert, es kann aber auch bedeuten, dass jemand deine Verbindung abhört. Fahre nur fort, wenn du den neuen Fingerabdruck beim Betreiber des Servers bestätigen kannst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natter could not verify this server&apos;s identity (%1). Only trust it if you can confirm the fingerprint with the server&apos;s operator.</source>
        <translation>Natter konnte die Identität dieses Servers nicht überprüfen (%1). Vertraue ihm nur, wenn du den Fingerabdruck beim Betreiber des Servers bestätigen kannst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
</context>
<context>
    <name>ChatActionDialog</name>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="+37"/>
        <source>Clear messages?</source>
        <translation>Chat leeren?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete group?</source>
        <translation>Gruppe löschen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete chat?</source>
        <translation>Chat löschen?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The messages and their downloaded files are removed from this computer only. The chat stays, and others still see the messages.</source>
        <translation>Die Nachrichten und ihre heruntergeladenen Dateien werden nur von diesem Computer entfernt. Der Chat bleibt bestehen, und andere sehen die Nachrichten weiterhin.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chat, its messages and their downloaded files are removed from this computer only. Others still see the messages; a new message brings the chat back.</source>
        <translation>Der Chat, seine Nachrichten und deren heruntergeladene Dateien werden nur von diesem Computer entfernt. Andere sehen die Nachrichten weiterhin; eine neue Nachricht bringt den Chat zurück.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave the group too</source>
        <translation>Gruppe ebenfalls verlassen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear messages</source>
        <translation>Chat leeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave and delete</source>
        <translation>Verlassen und löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ChatDelegate</name>
    <message numerus="yes">
        <location filename="../../ui/components/ChatDelegate.qml" line="+51"/>
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n ungelesen</numerusform>
            <numerusform>, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>typing…</source>
        <translation>schreibt…</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+65"/>
        <source>You: %1</source>
        <translation>Du: %1</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, marked unread</source>
        <translation>, als ungelesen markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+78"/>
        <source>Muted</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Unpin chat</source>
        <translation>Chat lösen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin chat</source>
        <translation>Chat anheften</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unarchive chat</source>
        <translation>Chat wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive chat</source>
        <translation>Chat archivieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unmute notifications</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear messages…</source>
        <translation>Chat leeren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete group…</source>
        <translation>Gruppe löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete chat…</source>
        <translation>Chat löschen…</translation>
    </message>
</context>
<context>
    <name>ChatFindBar</name>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="+46"/>
        <location line="+1"/>
        <source>Find in this chat</source>
        <translation>In diesem Chat suchen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Previous match (newer)</source>
        <translation>Vorheriger Treffer (neuer)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next match (older)</source>
        <translation>Nächster Treffer (älter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
</context>
<context>
    <name>ChatListPage</name>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="+63"/>
        <source>Back to chats</source>
        <translation>Zurück zu den Chats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message requests</source>
        <translation>Nachrichtenanfragen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account menu</source>
        <translation>Kontomenü</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starred messages</source>
        <translation>Markierte Nachrichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove account…</source>
        <translation>Konto entfernen…</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+1"/>
        <source>Search chats and messages</source>
        <translation>Chats und Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message requests (%1)</source>
        <translation>Nachrichtenanfragen (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Archived (%1)</source>
        <translation>Archiviert (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No archived chats</source>
        <translation>Keine archivierten Chats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No chats yet</source>
        <translation>Noch keine Chats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No message requests</source>
        <translation>Keine Nachrichtenanfragen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No messages found</source>
        <translation>Keine Nachrichten gefunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Messages found</source>
        <translation>Gefundene Nachrichten</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Remove account?</source>
        <translation>Konto entfernen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This signs you out of %1 and deletes its messages and media from this computer. The account on the server stays.</source>
        <translation>Damit meldest du dich von %1 ab und löschst dessen Nachrichten und Medien auf diesem Computer. Das Konto auf dem Server bleibt bestehen.</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="+98"/>
        <source>People to mention</source>
        <translation>Personen zum Erwähnen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mention %1</source>
        <translation>%1 erwähnen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cancel reply</source>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Editing</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel editing (Esc)</source>
        <translation>Bearbeiten abbrechen (Esc)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Insert emoji</source>
        <translation>Emoji einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files…</source>
        <translation>Dateien…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location…</source>
        <translation>Standort…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact…</source>
        <translation>Kontakt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a message</source>
        <translation>Nachricht schreiben</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record a voice note</source>
        <translation>Sprachnachricht aufnehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose files to send</source>
        <translation>Dateien zum Senden auswählen</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../ui/components/ConnectionBanner.qml" line="+39"/>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry connecting now</source>
        <translation>Jetzt erneut verbinden</translation>
    </message>
</context>
<context>
    <name>ContactAddress</name>
    <message>
        <location filename="../../src/core/ContactAddress.cpp" line="+32"/>
        <source>That is your own address.</source>
        <translation>Das ist deine eigene Adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a server, not a person. Add name@%1.</source>
        <translation>%1 ist ein Server, keine Person. Füge name@%1 hinzu.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../ui/components/ContactCard.qml" line="+81"/>
        <source>Message</source>
        <translation>Nachricht schreiben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="+55"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting for approval</source>
        <translation>wartet auf Bestätigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Actions for %1</source>
        <translation>Aktionen für %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unblock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
</context>
<context>
    <name>ContactInfoPage</name>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="+34"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact info</source>
        <translation>Kontaktinfo</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unblock %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block %1</source>
        <translation>%1 blockieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Shared media</source>
        <translation>Geteilte Medien</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="+31"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+123"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Contact settings</source>
        <translation>Kontakteinstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share my last seen</source>
        <translation>Meine „zuletzt online“-Zeit teilen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set my picture…</source>
        <translation>Mein Bild festlegen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked (%1)</source>
        <translation>Blockiert (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 wants to see when you are online</source>
        <translation>%1 möchte sehen, wann du online bist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept %1</source>
        <translation>%1 annehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block %1</source>
        <translation>%1 blockieren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No contacts yet. Add someone by their address.</source>
        <translation>Noch keine Kontakte. Füge jemanden über seine Adresse hinzu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name@example.org or xmpp: link</source>
        <translation>name@example.org oder xmpp:-Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact address</source>
        <translation>Kontaktadresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+62"/>
        <location line="+50"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Rename contact</source>
        <translation>Kontakt umbenennen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove contact?</source>
        <translation>Kontakt entfernen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 leaves your contacts, and you stop seeing each other online. Your chat stays.</source>
        <translation>%1 wird aus deinen Kontakten entfernt, und ihr seht nicht mehr, wann der andere online ist. Euer Chat bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose your picture</source>
        <translation>Wähle dein Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="+101"/>
        <source>Back to chats</source>
        <translation>Zurück zu den Chats</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contact info for %1</source>
        <translation>Kontaktinfo zu %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, private message through %2</source>
        <translation>%1, private Nachricht über %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group info for %1, %2</source>
        <translation>Gruppeninfo zu %1, %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>typing…</source>
        <translation>schreibt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private message through %1</source>
        <translation>Private Nachricht über %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Group menu</source>
        <translation>Gruppenmenü</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chat menu</source>
        <translation>Chatmenü</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find in chat</source>
        <translation>Im Chat suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unmute notifications</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group info</source>
        <translation>Gruppeninfo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact info</source>
        <translation>Kontaktinfo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear messages…</source>
        <translation>Chat leeren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete group…</source>
        <translation>Gruppe löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete chat…</source>
        <translation>Chat löschen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starred messages</source>
        <translation>Markierte Nachrichten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave group…</source>
        <translation>Gruppe verlassen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave %1?</source>
        <translation>%1 verlassen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will no longer receive this group&apos;s messages. Its history stays on this computer.</source>
        <translation>Du erhältst keine Nachrichten dieser Gruppe mehr. Ihr Verlauf bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a chat to start messaging</source>
        <translation>Wähle einen Chat, um zu schreiben</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Drop files to send them to %1</source>
        <translation>Dateien hier ablegen, um sie an %1 zu senden</translation>
    </message>
</context>
<context>
    <name>DeleteMessageDialog</name>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="+44"/>
        <source>Delete message?</source>
        <translation>Nachricht löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n messages?</source>
        <translation>
            <numerusform>%n Nachricht löschen?</numerusform>
            <numerusform>%n Nachrichten löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted for everyone, each message shows as &quot;This message was deleted&quot; to everyone in the chat, as far as their app supports it. Deleted for you, they go from this computer only.</source>
        <translation>Für alle gelöscht, erscheint jede Nachricht allen im Chat als „Diese Nachricht wurde gelöscht“, soweit ihre App das unterstützt. Für dich gelöscht, verschwinden sie nur von diesem Computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The messages are deleted from this computer. Others still see them.</source>
        <translation>Die Nachrichten werden von diesem Computer gelöscht. Andere sehen sie weiterhin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is deleted from this computer. Others still see it.</source>
        <translation>Die Nachricht wird von diesem Computer gelöscht. Andere sehen sie weiterhin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted for everyone, the message shows as &quot;This message was deleted&quot; to everyone in the chat, as far as their app supports it.</source>
        <translation>Für alle gelöscht, erscheint die Nachricht allen im Chat als „Diese Nachricht wurde gelöscht“, soweit ihre App das unterstützt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete for everyone</source>
        <translation>Für alle löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete for me</source>
        <translation>Für mich löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DeliveryTicks</name>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="+20"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>DocumentContent</name>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="+73"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The transfer failed.</source>
        <translation>Die Übertragung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
</context>
<context>
    <name>EditableLine</name>
    <message>
        <location filename="../../ui/components/EditableLine.qml" line="+76"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="+44"/>
        <location line="+1"/>
        <source>Search emoji</source>
        <translation>Emoji suchen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No emoji found</source>
        <translation>Keine Emoji gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No recent emoji</source>
        <translation>Keine zuletzt verwendeten Emoji</translation>
    </message>
</context>
<context>
    <name>ExecutableType</name>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="+100"/>
        <source>a Windows program</source>
        <translation>ein Windows-Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an installer</source>
        <translation>ein Installationsprogramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a script</source>
        <translation>ein Skript</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Linux launcher</source>
        <translation>ein Linux-Starter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a macOS program</source>
        <translation>ein macOS-Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Java program</source>
        <translation>ein Java-Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Linux program</source>
        <translation>ein Linux-Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Windows shortcut or setting</source>
        <translation>eine Windows-Verknüpfung oder -Einstellung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, although its name ends in .%2</source>
        <translation>%1, obwohl der Name auf .%2 endet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is %2. Opening it can run it on this computer with all your rights. Open it only if you expected it from this person.</source>
        <translation>„%1“ ist %2. Beim Öffnen kann es auf diesem Computer mit all deinen Rechten ausgeführt werden. Öffne es nur, wenn du es von dieser Person erwartet hast.</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message numerus="yes">
        <location filename="../../ui/components/ForwardDialog.qml" line="+32"/>
        <source>Forward %n messages</source>
        <translation>
            <numerusform>%n Nachricht weiterleiten</numerusform>
            <numerusform>%n Nachrichten weiterleiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward message</source>
        <translation>Nachricht weiterleiten</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+1"/>
        <source>Search chats and contacts</source>
        <translation>Chats und Kontakte durchsuchen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chats and contacts</source>
        <translation>Chats und Kontakte</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No chats yet</source>
        <translation>Noch keine Chats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No chat or contact matches</source>
        <translation>Kein passender Chat oder Kontakt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose up to %1 chats</source>
        <translation>Wähle bis zu %1 Chats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 chats chosen</source>
        <translation>%1 von %2 Chats ausgewählt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forward</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward to 1 chat</source>
        <translation>An 1 Chat weiterleiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward to %1 chats</source>
        <translation>An %1 Chats weiterleiten</translation>
    </message>
</context>
<context>
    <name>GroupInfoPage</name>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="+69"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group info</source>
        <translation>Gruppeninfo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change picture</source>
        <translation>Bild ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a group description</source>
        <translation>Gruppenbeschreibung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group description</source>
        <translation>Gruppenbeschreibung</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n Teilnehmer</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add participants</source>
        <translation>Teilnehmende hinzufügen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Leave group</source>
        <translation>Gruppe verlassen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+82"/>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Ban %1?</source>
        <translation>%1 verbannen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ban</source>
        <translation>Verbannen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 will be removed from %2 and cannot join it again.</source>
        <translation>%1 wird aus %2 entfernt und kann nicht wieder beitreten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will be removed from %2.</source>
        <translation>%1 wird aus %2 entfernt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Leave %1?</source>
        <translation>%1 verlassen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will no longer receive this group&apos;s messages. Its history stays on this computer.</source>
        <translation>Du erhältst keine Nachrichten dieser Gruppe mehr. Ihr Verlauf bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ends for everyone in it. Nobody can write there again. This cannot be undone.</source>
        <translation>%1 wird für alle Mitglieder beendet. Niemand kann dort mehr schreiben. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>HistoryBanner</name>
    <message>
        <location filename="../../ui/components/HistoryBanner.qml" line="+42"/>
        <source>Until this is fixed, Natter can neither show nor save messages. Fix it, then start Natter again.</source>
        <translation>Bis das behoben ist, kann Natter keine Nachrichten anzeigen oder speichern. Behebe es und starte Natter dann neu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss the history notice</source>
        <translation>Hinweis zum Verlauf schließen</translation>
    </message>
</context>
<context>
    <name>ImageContent</name>
    <message>
        <location filename="../../ui/components/ImageContent.qml" line="+89"/>
        <source>View picture</source>
        <translation>Bild ansehen</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="+123"/>
        <source>Older picture</source>
        <translation>Älteres Bild</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Newer picture</source>
        <translation>Neueres Bild</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>InvitationBanner</name>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="+86"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline the invitation to %1</source>
        <translation>Einladung zu %1 ablehnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Joining…</source>
        <translation>Trete bei…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join %1</source>
        <translation>%1 beitreten</translation>
    </message>
</context>
<context>
    <name>JoinGroupDialog</name>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="+31"/>
        <source>Join a group</source>
        <translation>Einer Gruppe beitreten</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+6"/>
        <source>Group address or link</source>
        <translation>Gruppenadresse oder Link</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>e.g. family@groups.example.org</source>
        <translation>z. B. familie@groups.example.org</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Your nickname in the group</source>
        <translation>Dein Spitzname in der Gruppe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password (only if the group has one)</source>
        <translation>Passwort (nur wenn die Gruppe eins hat)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group password</source>
        <translation>Gruppenpasswort</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Joining…</source>
        <translation>Trete bei…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../../src/services/Keychain.cpp" line="+62"/>
        <source>No keychain is available on this system, so Natter will not remember your password and will ask for it at each start.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar. Natter kann dein Passwort daher nicht speichern und fragt bei jedem Start danach.</translation>
    </message>
</context>
<context>
    <name>LinkConfirmDialog</name>
    <message>
        <location filename="../../ui/components/LinkConfirmDialog.qml" line="+23"/>
        <source>Open this link?</source>
        <translation>Diesen Link öffnen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The link leads somewhere other than it shows:

%1</source>
        <translation>Der Link führt woanders hin, als er anzeigt:

%1</translation>
    </message>
</context>
<context>
    <name>LocationCard</name>
    <message>
        <location filename="../../ui/components/LocationCard.qml" line="+68"/>
        <source>Open in maps</source>
        <translation>Auf der Karte öffnen</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="+20"/>
        <source>Share a location</source>
        <translation>Standort teilen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paste a geo: or map link, or type the coordinates in degrees.</source>
        <translation>Füge einen geo:- oder Kartenlink ein oder gib die Koordinaten in Grad ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>geo:52.52,13.405 or a map link</source>
        <translation>geo:52.52,13.405 oder ein Kartenlink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location link</source>
        <translation>Standortlink</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Latitude, e.g. 52.52</source>
        <translation>Breitengrad, z. B. 52.52</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Longitude, e.g. 13.405</source>
        <translation>Längengrad, z. B. 13.405</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of the place (optional)</source>
        <translation>Name des Ortes (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the place</source>
        <translation>Name des Ortes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Location: %1</source>
        <translation>Standort: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="+23"/>
        <source>Natter — %1</source>
        <translation>Natter — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Natter</source>
        <translation>Natter</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keep Natter running?</source>
        <translation>Natter weiterlaufen lassen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Natter can stay in the tray when you close its window, so that messages and notifications keep arriving. You can change this later in Settings.</source>
        <translation>Natter kann im Infobereich bleiben, wenn du das Fenster schließt, damit Nachrichten und Benachrichtigungen weiter ankommen. Du kannst das später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="+106"/>
        <source>You, %1: %2</source>
        <translation>Du, %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, not sent</source>
        <translation>, nicht gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, </source>
        <translation>%1, </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+346"/>
        <location line="+5"/>
        <source>This message was deleted</source>
        <translation>Diese Nachricht wurde gelöscht</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>, edited</source>
        <translation>, bearbeitet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forwarded, </source>
        <translation>Weitergeleitet, </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, starred</source>
        <translation>, mit Stern markiert</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>1 unread message</source>
        <translation>1 ungelesene Nachricht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 unread messages</source>
        <translation>%1 ungelesene Nachrichten</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+2"/>
        <source>React</source>
        <translation>Reagieren</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+4"/>
        <source>Forwarded</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Starred</source>
        <translation>Mit Stern markiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>MessageInfoDialog</name>
    <message>
        <location filename="../../ui/components/MessageInfoDialog.qml" line="+23"/>
        <source>Message info</source>
        <translation>Nachrichteninfo</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sent %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edited. Earlier versions:</source>
        <translation>Bearbeitet. Frühere Fassungen:</translation>
    </message>
</context>
<context>
    <name>MessageListView</name>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="+155"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unselect</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the original</source>
        <translation>Original anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forward…</source>
        <translation>Weiterleiten…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+113"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Open in maps</source>
        <translation>Auf der Karte öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry sending</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>View picture</source>
        <translation>Bild ansehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message info</source>
        <translation>Nachrichteninfo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message %1 privately</source>
        <translation>%1 privat schreiben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>React…</source>
        <translation>Reagieren …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unstar</source>
        <translation>Stern entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Star</source>
        <translation>Mit Stern markieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete for me</source>
        <translation>Für mich löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete for everyone</source>
        <translation>Für alle löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forwarded to 1 chat</source>
        <translation>An 1 Chat weitergeleitet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forwarded to %1 chats</source>
        <translation>An %1 Chats weitergeleitet</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The original message is not in this chat&apos;s history.</source>
        <translation>Die ursprüngliche Nachricht ist nicht im Verlauf dieses Chats.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Jump to the newest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
</context>
<context>
    <name>MessageRequestBanner</name>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="+34"/>
        <source>%1 is not in your contacts</source>
        <translation>%1 ist nicht in deinen Kontakten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They don&apos;t know that you have seen their messages. Replying accepts the request.</source>
        <translation>Diese Person erfährt nicht, dass du ihre Nachrichten gesehen hast. Mit einer Antwort nimmst du die Anfrage an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add to contacts</source>
        <translation>Zu Kontakten hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 to your contacts</source>
        <translation>%1 zu deinen Kontakten hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report spam</source>
        <translation>Als Spam melden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Report spam and block?</source>
        <translation>Als Spam melden und blockieren?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block?</source>
        <translation>Blockieren?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 will not be able to message you. The request leaves your list.</source>
        <translation>%1 kann dir dann keine Nachrichten mehr schicken. Die Anfrage verschwindet aus deiner Liste.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is reported to your server as spam and blocked.</source>
        <translation>%1 wird deinem Server als Spam gemeldet und blockiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your server does not take spam reports: %1 will only be blocked.</source>
        <translation>Dein Server nimmt keine Spam-Meldungen an: %1 wird nur blockiert.</translation>
    </message>
</context>
<context>
    <name>MuteMenu</name>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="+14"/>
        <source>Mute notifications</source>
        <translation>Benachrichtigungen stummschalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For 8 hours</source>
        <translation>Für 8 Stunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For 1 week</source>
        <translation>Für 1 Woche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
</context>
<context>
    <name>Natter</name>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="+25"/>
        <source>last seen today at %1</source>
        <translation>zuletzt online heute um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last seen yesterday at %1</source>
        <translation>zuletzt online gestern um %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last seen %1</source>
        <translation>zuletzt online am %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="+39"/>
        <source>This is not an image.</source>
        <translation>Das ist kein Bild.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image is too large (%1 × %2).</source>
        <translation>Das Bild ist zu groß (%1 × %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The image could not be read: %1</source>
        <translation>Das Bild konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="+71"/>
        <source>This server asks you to solve a picture or sound puzzle (CAPTCHA), which Natter cannot show yet. Create the account on the server&apos;s website or pick another server.</source>
        <translation>Dieser Server verlangt ein Bild- oder Tonrätsel (CAPTCHA), das Natter noch nicht anzeigen kann. Erstelle das Konto auf der Website des Servers oder wähle einen anderen Server.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="+31"/>
        <source>Wrong address or password.</source>
        <translation>Falsche Adresse oder falsches Passwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled on the server.</source>
        <translation>Dieses Konto ist auf dem Server deaktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password has expired.</source>
        <translation>Das Passwort ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server offers no secure way to sign in.</source>
        <translation>Der Server bietet keine sichere Anmeldung an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="+13"/>
        <source>The server could not be found. Check the address and your connection.</source>
        <translation>Der Server wurde nicht gefunden. Prüfe die Adresse und deine Verbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung getrennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network is unreachable.</source>
        <translation>Das Netzwerk ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure connection to the server could not be established.</source>
        <translation>Es konnte keine sichere Verbindung zum Server aufgebaut werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="+30"/>
        <source>Natter, a desktop XMPP messenger.</source>
        <translation>Natter, ein XMPP-Messenger für den Desktop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep all state (database, settings, media) in &lt;dir&gt;, so several people can run Natter side by side.</source>
        <translation>Alle Daten (Datenbank, Einstellungen, Medien) in &lt;dir&gt; ablegen, damit mehrere Personen Natter nebeneinander nutzen können.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in as &lt;jid&gt; at start, without the sign-in page. Needs --password-file.</source>
        <translation>Beim Start als &lt;jid&gt; anmelden, ohne Anmeldeseite. Erfordert --password-file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the --sign-in password from &lt;file&gt; (one line; a final newline is dropped). The file must be readable by you alone (chmod 600); Natter never deletes it, and never takes a password on the command line, where other users could see it.</source>
        <translation>Das Passwort für --sign-in aus &lt;file&gt; lesen (eine Zeile; ein abschließender Zeilenumbruch wird entfernt). Die Datei darf nur für dich lesbar sein (chmod 600); Natter löscht sie nie und nimmt nie ein Passwort auf der Befehlszeile an, wo andere Benutzer es sehen könnten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to &lt;host&gt; instead of looking up the --sign-in domain.</source>
        <translation>Mit &lt;host&gt; verbinden, statt die Domain von --sign-in nachzuschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to &lt;port&gt; (usually with --host).</source>
        <translation>Mit &lt;port&gt; verbinden (meist zusammen mit --host).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust the server certificate(s) in &lt;pem-file&gt; for the --sign-in account, exactly as if you had accepted them in the certificate dialog: Natter pins them in the profile and then connects to a server presenting them although no certificate authority vouches for it. Use it only for a certificate you know, such as the demo server&apos;s.</source>
        <translation>Den Serverzertifikaten in &lt;pem-file&gt; für das Konto von --sign-in vertrauen, genau so, als hättest du sie im Zertifikatsdialog akzeptiert: Natter hinterlegt sie im Profil und verbindet sich dann mit einem Server, der sie vorzeigt, auch wenn keine Zertifizierungsstelle für ihn bürgt. Nur für ein Zertifikat verwenden, das du kennst, etwa das des Demo-Servers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An xmpp: link to open, e.g. xmpp:alice@example.org?message.</source>
        <translation>Ein zu öffnender xmpp:-Link, z. B. xmpp:alice@example.org?message.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--password-file: %1 does not exist.</source>
        <translation>--password-file: %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--password-file: %1 is not a regular file.</source>
        <translation>--password-file: %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--password-file: %1 is accessible by other users (mode %2); make it yours alone with: chmod 600 %1</source>
        <translation>--password-file: %1 ist für andere Benutzer zugänglich (Modus %2); beschränke den Zugriff auf dich mit: chmod 600 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--password-file: %1 is too big to hold a password.</source>
        <translation>--password-file: %1 ist zu groß für ein Passwort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--password-file: cannot read %1: %2</source>
        <translation>--password-file: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--password-file: %1 is empty.</source>
        <translation>--password-file: %1 ist leer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--trust-certificate: %1 is not a readable file.</source>
        <translation>--trust-certificate: %1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--trust-certificate: %1 holds no PEM certificate.</source>
        <translation>--trust-certificate: %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 works only together with --sign-in.</source>
        <translation>--%1 funktioniert nur zusammen mit --sign-in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--sign-in: %1</source>
        <translation>--sign-in: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sign-in needs --password-file &lt;file&gt;: Natter never takes a password on the command line.</source>
        <translation>--sign-in erfordert --password-file &lt;file&gt;: Natter nimmt nie ein Passwort auf der Befehlszeile an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Natter opens one xmpp: link at a time.</source>
        <translation>Natter öffnet jeweils nur einen xmpp:-Link.</translation>
    </message>
</context>
<context>
    <name>Natter::AccountSession</name>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="-4"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter your password.</source>
        <translation>Gib dein Passwort ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be 1 to 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Not connected: you did not trust the server&apos;s certificate.</source>
        <translation>Nicht verbunden: Du hast dem Zertifikat des Servers nicht vertraut.</translation>
    </message>
</context>
<context>
    <name>Natter::AttachmentDraftModel</name>
    <message numerus="yes">
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="+137"/>
        <source>Only %n files can be sent at once; send these first, then add the rest.</source>
        <translation>
            <numerusform>Es kann nur %n Datei auf einmal gesendet werden; sende zuerst diese und füge dann den Rest hinzu.</numerusform>
            <numerusform>Es können nur %n Dateien auf einmal gesendet werden; sende zuerst diese und füge dann den Rest hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The pasted image could not be saved. Check that the disk has room.</source>
        <translation>Das eingefügte Bild konnte nicht gespeichert werden. Prüfe, ob auf dem Datenträger noch Platz ist.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only files on this computer can be attached.</source>
        <translation>Nur Dateien auf diesem Computer können angehängt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file cannot be read. Check that it still exists and you may open it.</source>
        <translation>Diese Datei kann nicht gelesen werden. Prüfe, ob sie noch existiert und du sie öffnen darfst.</translation>
    </message>
</context>
<context>
    <name>Natter::AudioPlayer</name>
    <message>
        <location filename="../../src/media/AudioPlayer.cpp" line="+29"/>
        <source>This audio cannot be played: %1</source>
        <translation>Dieses Audio kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no sound output to play this on.</source>
        <translation>Es gibt keine Audioausgabe für die Wiedergabe.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This audio file cannot be read. It may be damaged or in a format this system does not play.</source>
        <translation>Diese Audiodatei kann nicht gelesen werden. Sie ist vielleicht beschädigt oder in einem Format, das dieses System nicht abspielt.</translation>
    </message>
</context>
<context>
    <name>Natter::AvatarCache</name>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="+48"/>
        <source>The avatar does not match its announced hash.</source>
        <translation>Das Profilbild passt nicht zu seinem angekündigten Hash.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The avatar is too large (%1 bytes).</source>
        <translation>Das Profilbild ist zu groß (%1 Byte).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The avatar could not be saved: %1</source>
        <translation>Das Profilbild konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is too large for a profile picture.</source>
        <translation>Die Datei ist zu groß für ein Profilbild.</translation>
    </message>
</context>
<context>
    <name>Natter::AvatarService</name>
    <message>
        <location filename="../../src/services/AvatarService.cpp" line="+120"/>
        <source>Not connected. Try again when Natter is online.</source>
        <translation>Nicht verbunden. Versuche es erneut, wenn Natter online ist.</translation>
    </message>
</context>
<context>
    <name>Natter::ChatComposer</name>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="+144"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This message can no longer be edited.</source>
        <translation>Diese Nachricht kann nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your history is not open yet; try again in a moment.</source>
        <translation>Dein Verlauf ist noch nicht geöffnet; versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%1” could not be sent.</source>
        <translation>„%1“ konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This message could not be sent.</source>
        <translation>Diese Nachricht konnte nicht gesendet werden.</translation>
    </message>
</context>
<context>
    <name>Natter::ChatTime</name>
    <message>
        <location filename="../../src/core/ChatTime.cpp" line="+22"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>Natter::ContactService</name>
    <message>
        <location filename="../../src/services/ContactService.cpp" line="+52"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your picture could not be published: %1</source>
        <translation>Dein Bild konnte nicht veröffentlicht werden: %1</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Not connected. Try again when Natter is online.</source>
        <translation>Nicht verbunden. Versuche es erneut, wenn Natter online ist.</translation>
    </message>
</context>
<context>
    <name>Natter::ConversationModel</name>
    <message>
        <location filename="../../src/models/ConversationModel.cpp" line="+60"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
</context>
<context>
    <name>Natter::DBusNotifier</name>
    <message>
        <location filename="../../src/desktop/DBusNotifier.cpp" line="+69"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Natter::Database</name>
    <message>
        <location filename="../../src/storage/Database.cpp" line="+84"/>
        <source>The history file %1 is damaged and could not be moved aside.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the history file %1: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history file %1 is damaged and could not be replaced.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt und konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This history was written by a newer version of Natter (schema %1; this version understands up to %2). Update Natter to open it.</source>
        <translation>Dieser Verlauf wurde von einer neueren Natter-Version geschrieben (Schema %1; diese Version versteht bis %2). Aktualisiere Natter, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot update the history file %1: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history file was damaged. It was moved to %1 and a new, empty history was started.</source>
        <translation>Die Verlaufsdatei war beschädigt. Sie wurde nach %1 verschoben und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
</context>
<context>
    <name>Natter::Download</name>
    <message>
        <location filename="../../src/media/Download.cpp" line="+69"/>
        <source>The file could not be saved: there are too many files named %1.</source>
        <translation>Die Datei konnte nicht gespeichert werden: Es gibt zu viele Dateien namens %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+74"/>
        <location line="+37"/>
        <location line="+56"/>
        <location line="+22"/>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The file on the server is not the one that was sent (its size differs), so it was not downloaded.</source>
        <translation>Die Datei auf dem Server ist nicht die gesendete (ihre Größe weicht ab), deshalb wurde sie nicht heruntergeladen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file on the server is larger than announced, so it was not downloaded.</source>
        <translation>Die Datei auf dem Server ist größer als angekündigt, deshalb wurde sie nicht heruntergeladen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server sent an invalid redirect.</source>
        <translation>Der Server hat eine ungültige Weiterleitung gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link redirects too often, so the file was not downloaded.</source>
        <translation>Der Link leitet zu oft weiter, deshalb wurde die Datei nicht heruntergeladen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file on the server is not the one that was sent (its size differs), so it was removed.</source>
        <translation>Die Datei auf dem Server ist nicht die gesendete (ihre Größe weicht ab), deshalb wurde sie entfernt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file on the server is not the one that was sent (its checksum differs), so it was removed.</source>
        <translation>Die Datei auf dem Server ist nicht die gesendete (ihre Prüfsumme weicht ab), deshalb wurde sie entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved file is not the one that was sent (it changed on disk), so it was removed.</source>
        <translation>Die gespeicherte Datei ist nicht die gesendete (sie wurde auf der Festplatte verändert), daher wurde sie entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be saved: another program took the name %1.</source>
        <translation>Die Datei konnte nicht gespeichert werden: Ein anderes Programm hat den Namen %1 belegt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file is no longer on the server (HTTP %1).</source>
        <translation>Die Datei ist nicht mehr auf dem Server (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the download (HTTP %1). Try again later.</source>
        <translation>Der Server hat den Download abgelehnt (HTTP %1). Versuche es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The download stalled and was stopped. Check your connection and try again.</source>
        <translation>Der Download ist hängen geblieben und wurde abgebrochen. Prüfe deine Verbindung und versuche es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 could not be found.</source>
        <translation>Der Server %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not trusted, so the file was not downloaded.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut, deshalb wurde die Datei nicht heruntergeladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent an unexpected answer (HTTP %1).</source>
        <translation>Der Server hat unerwartet geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not be reached (%1). Check your connection and try again.</source>
        <translation>Der Server ist nicht erreichbar (%1). Prüfe deine Verbindung und versuche es erneut.</translation>
    </message>
</context>
<context>
    <name>Natter::DownloadService</name>
    <message>
        <location filename="../../src/services/DownloadService.cpp" line="+87"/>
        <source>The file is larger than Natter downloads (max 100 MB).</source>
        <translation>Die Datei ist größer, als Natter herunterlädt (max. 100 MB).</translation>
    </message>
</context>
<context>
    <name>Natter::EmojiModel</name>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="+100"/>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smileys &amp; people</source>
        <translation>Smileys &amp; Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animals &amp; nature</source>
        <translation>Tiere &amp; Natur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food &amp; drink</source>
        <translation>Essen &amp; Trinken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel &amp; places</source>
        <translation>Reisen &amp; Orte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Flaggen</translation>
    </message>
</context>
<context>
    <name>Natter::FileUpload</name>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="+33"/>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file changed while it was being sent. Please send it again.</source>
        <translation>Die Datei hat sich beim Senden geändert. Bitte sende sie erneut.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The server refused the file as too large (HTTP 413).</source>
        <translation>Der Server hat die Datei als zu groß abgelehnt (HTTP 413).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the upload (HTTP %1). Try again later.</source>
        <translation>Der Server hat den Upload abgelehnt (HTTP %1). Versuche es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upload stalled and was stopped. Check your connection and try again.</source>
        <translation>Der Upload ist hängen geblieben und wurde abgebrochen. Prüfe deine Verbindung und versuche es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upload server&apos;s certificate is not trusted, so nothing was sent.</source>
        <translation>Dem Zertifikat des Upload-Servers wird nicht vertraut, deshalb wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upload server sent an unexpected answer (HTTP %1).</source>
        <translation>Der Upload-Server hat unerwartet geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upload server could not be reached (%1). Check your connection and try again.</source>
        <translation>Der Upload-Server ist nicht erreichbar (%1). Prüfe deine Verbindung und versuche es erneut.</translation>
    </message>
</context>
<context>
    <name>Natter::ForwardTargets</name>
    <message>
        <location filename="../../src/models/actions/ForwardTargets.cpp" line="+136"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>You can forward to at most %n chats at once.</source>
        <translation>
            <numerusform>Du kannst an höchstens %n Chat gleichzeitig weiterleiten.</numerusform>
            <numerusform>Du kannst an höchstens %n Chats gleichzeitig weiterleiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Natter::Forwarding</name>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="+35"/>
        <source>This file changed on disk since it was received; it can&apos;t be forwarded.</source>
        <translation>Diese Datei wurde seit dem Empfang auf der Festplatte geändert; sie kann nicht weitergeleitet werden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a chat to forward the message to.</source>
        <translation>Wähle einen Chat, an den die Nachricht weitergeleitet werden soll.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A message can be forwarded to at most %n chats at once.</source>
        <translation>
            <numerusform>Eine Nachricht kann an höchstens %n Chat gleichzeitig weitergeleitet werden.</numerusform>
            <numerusform>Eine Nachricht kann an höchstens %n Chats gleichzeitig weitergeleitet werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This message can&apos;t be forwarded.</source>
        <translation>Diese Nachricht kann nicht weitergeleitet werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a message to forward.</source>
        <translation>Wähle eine Nachricht zum Weiterleiten.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At most %n messages can be forwarded at once.</source>
        <translation>
            <numerusform>Es kann höchstens %n Nachricht gleichzeitig weitergeleitet werden.</numerusform>
            <numerusform>Es können höchstens %n Nachrichten gleichzeitig weitergeleitet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>The message could not be forwarded to %n of the chats.</source>
        <translation>
            <numerusform>Die Nachricht konnte an %n der Chats nicht weitergeleitet werden.</numerusform>
            <numerusform>Die Nachricht konnte an %n der Chats nicht weitergeleitet werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Natter::GeoUri</name>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="+93"/>
        <source>The location link is too long.</source>
        <translation>Der Standortlink ist zu lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a geo: location.</source>
        <translation>Das ist kein geo:-Standort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The location link contains characters a link cannot hold.</source>
        <translation>Der Standortlink enthält Zeichen, die in einem Link nicht vorkommen dürfen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The location&apos;s coordinates are not numbers in degrees.</source>
        <translation>Die Koordinaten des Standorts sind keine Zahlen in Grad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The location link has too many parameters.</source>
        <translation>Der Standortlink hat zu viele Parameter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The location uses a coordinate system other than WGS-84.</source>
        <translation>Der Standort verwendet ein anderes Koordinatensystem als WGS-84.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The location&apos;s uncertainty is not a distance in metres.</source>
        <translation>Die Ungenauigkeit des Standorts ist keine Entfernung in Metern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The location link contains an invalid parameter.</source>
        <translation>Der Standortlink enthält einen ungültigen Parameter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The location link contains an invalid %-escape.</source>
        <translation>Der Standortlink enthält eine ungültige %-Kodierung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The location&apos;s name is too long.</source>
        <translation>Der Name des Standorts ist zu lang.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+34"/>
        <source>The location&apos;s latitude or longitude is out of range.</source>
        <translation>Breiten- oder Längengrad des Standorts liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Paste a geo: link, a map link or two numbers such as 52.52, 13.405.</source>
        <translation>Füge einen geo:-Link oder einen Kartenlink ein oder gib zwei Zahlen wie 52.52, 13.405 ein.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The latitude is a number from -90 to 90.</source>
        <translation>Der Breitengrad ist eine Zahl von -90 bis 90.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The longitude is a number from -180 to 180.</source>
        <translation>Der Längengrad ist eine Zahl von -180 bis 180.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
</context>
<context>
    <name>Natter::GroupAdmin</name>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="+28"/>
        <source>You are not in this group any more.</source>
        <translation>Du bist nicht mehr in dieser Gruppe.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>That is not an address. It looks like name@example.org.</source>
        <translation>Das ist keine Adresse. Sie sieht aus wie name@example.org.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This participant&apos;s address is hidden, so they cannot be changed.</source>
        <translation>Die Adresse dieser Person ist verborgen, daher kann ihre Rolle nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the group a name.</source>
        <translation>Gib der Gruppe einen Namen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replaced by a newer description.</source>
        <translation>Durch eine neuere Beschreibung ersetzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The group did not answer. Try again later.</source>
        <translation>Die Gruppe hat nicht geantwortet. Versuche es später noch einmal.</translation>
    </message>
</context>
<context>
    <name>Natter::GroupDetails</name>
    <message numerus="yes">
        <location filename="../../src/models/groups/GroupDetails.cpp" line="+109"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n Teilnehmer</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>between the names of a group&apos;s participants</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You left this group.</source>
        <translation>Du hast diese Gruppe verlassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You were removed from this group.</source>
        <translation>Du wurdest aus dieser Gruppe entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You were banned from this group.</source>
        <translation>Du wurdest aus dieser Gruppe verbannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group was deleted.</source>
        <translation>Diese Gruppe wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>Natter::GroupPrivateMessaging</name>
    <message>
        <location filename="../../src/services/groups/GroupPrivateMessaging.cpp" line="+36"/>
        <source>The group refused the message.</source>
        <translation>Die Gruppe hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>You are no longer in %1.</source>
        <translation>Du bist nicht mehr in %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is no longer in %2.</source>
        <translation>%1 ist nicht mehr in %2.</translation>
    </message>
</context>
<context>
    <name>Natter::GroupService</name>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="+214"/>
        <source>Give the group a name.</source>
        <translation>Gib der Gruppe einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline. Groups can be created once Natter is connected.</source>
        <translation>Du bist offline. Gruppen kannst du erstellen, sobald Natter verbunden ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your server does not offer groups.</source>
        <translation>Dein Server bietet keine Gruppen an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server gave no new group. Try again.</source>
        <translation>Der Server hat keine neue Gruppe angelegt. Versuche es noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not accept the group&apos;s settings.</source>
        <translation>Der Server hat die Einstellungen der Gruppe nicht angenommen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>That is not a group address. It looks like name@groups.example.org.</source>
        <translation>Das ist keine Gruppenadresse. Sie sieht aus wie name@groups.example.org.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are offline. Groups can be joined once Natter is connected.</source>
        <translation>Du bist offline. Gruppen kannst du beitreten, sobald Natter verbunden ist.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The group could not be saved in your history.</source>
        <translation>Die Gruppe konnte nicht in deinem Verlauf gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Natter::HistoryService</name>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="+40"/>
        <source>The disk is full. Free some space on it: until then, new messages wait in memory, and they are saved as soon as there is room.</source>
        <translation>Die Festplatte ist voll. Schaffe dort Platz: Bis dahin warten neue Nachrichten im Arbeitsspeicher und werden gespeichert, sobald Platz ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message history file is damaged. Restart Natter to repair it; the damaged file is kept.</source>
        <translation>Die Datei mit dem Nachrichtenverlauf ist beschädigt. Starte Natter neu, um sie zu reparieren; die beschädigte Datei wird aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving history failed: %1</source>
        <translation>Der Verlauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your message history could not be read, so Natter started a new one. The damaged file was kept as %1.</source>
        <translation>Dein Nachrichtenverlauf konnte nicht gelesen werden, deshalb hat Natter einen neuen begonnen. Die beschädigte Datei wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Natter::ImageDecoder</name>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="+32"/>
        <source>The image says it is %1 × %2 pixels, more than Natter opens. Save it and open it with another program if you trust it.</source>
        <translation>Das Bild gibt an, %1 × %2 Pixel groß zu sein, mehr als Natter öffnet. Speichere es und öffne es mit einem anderen Programm, wenn du ihm vertraust.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+55"/>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The preview image is larger than a preview may be.</source>
        <translation>Das Vorschaubild ist größer, als eine Vorschau sein darf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>This file is not an image Natter can show.</source>
        <translation>Diese Datei ist kein Bild, das Natter anzeigen kann.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The image could not be read: %1</source>
        <translation>Das Bild konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Natter::InvitationModel</name>
    <message>
        <location filename="../../src/models/groups/InvitationModel.cpp" line="+59"/>
        <source>%1 invited you to %2</source>
        <translation>%1 hat dich zu %2 eingeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone you don&apos;t know (%1) invited you to %2</source>
        <translation>Jemand, den du nicht kennst (%1), hat dich zu %2 eingeladen</translation>
    </message>
</context>
<context>
    <name>Natter::Jid</name>
    <message>
        <location filename="../../src/core/Jid.cpp" line="+49"/>
        <source>Enter an address like name@example.org.</source>
        <translation>Gib eine Adresse wie name@example.org ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The part after &apos;/&apos; is empty.</source>
        <translation>Der Teil nach „/“ ist leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name before &apos;@&apos; is empty.</source>
        <translation>Der Name vor „@“ ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name before &apos;@&apos; contains a character that is not allowed.</source>
        <translation>Der Name vor „@“ enthält ein unzulässiges Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a valid server name.</source>
        <translation>„%1“ ist kein gültiger Servername.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address is too long.</source>
        <translation>Die Adresse ist zu lang.</translation>
    </message>
</context>
<context>
    <name>Natter::LastSeenFormatter</name>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="+8"/>
        <source>typing…</source>
        <translation>schreibt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>online</source>
        <translation>online</translation>
    </message>
</context>
<context>
    <name>Natter::MediaProbe</name>
    <message>
        <location filename="../../src/media/MediaProbe.cpp" line="+31"/>
        <location line="+55"/>
        <source>Cannot read this media file. It may be damaged or in a format this system does not know.</source>
        <translation>Diese Mediendatei kann nicht gelesen werden. Sie ist vielleicht beschädigt oder in einem Format, das dieses System nicht kennt.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Cannot read this media file: it did not open in time.</source>
        <translation>Diese Mediendatei kann nicht gelesen werden: Sie hat sich nicht rechtzeitig geöffnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read this media file: it is missing, empty or not readable.</source>
        <translation>Diese Mediendatei kann nicht gelesen werden: Sie fehlt, ist leer oder nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>Natter::MediaService</name>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="+37"/>
        <source>Your server does not accept files (it offers no HTTP upload).</source>
        <translation>Dein Server nimmt keine Dateien an (er bietet keinen HTTP-Upload).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty, so there is nothing to send.</source>
        <translation>Die Datei ist leer, es gibt also nichts zu senden.</translation>
    </message>
    <message>
        <location line="+155"/>
        <location line="+74"/>
        <source>The upload was cancelled.</source>
        <translation>Der Upload wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+27"/>
        <source>The file is not downloaded yet.</source>
        <translation>Die Datei ist noch nicht heruntergeladen.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The file could not be saved there.</source>
        <translation>Die Datei konnte dort nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No application on this computer opens this file.</source>
        <translation>Keine Anwendung auf diesem Computer kann diese Datei öffnen.</translation>
    </message>
</context>
<context>
    <name>Natter::MessageCard</name>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="+75"/>
        <source>📍 Location</source>
        <translation>📍 Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>📍 Location: %1</source>
        <translation>📍 Standort: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>👤 Contact: %1</source>
        <translation>👤 Kontakt: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Location: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location: %1, %2</source>
        <translation>Standort: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: %1, %2</source>
        <translation>Kontakt: %1, %2</translation>
    </message>
</context>
<context>
    <name>Natter::MessageInfoModel</name>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="+122"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent, not delivered yet</source>
        <translation>Gesendet, noch nicht zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered, not read yet</source>
        <translation>Zugestellt, noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Von %n Person gelesen</numerusform>
            <numerusform>Von %n Personen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read by %1 of %2</source>
        <translation>Gelesen: %1 von %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Read by</source>
        <translation>Gelesen von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, not read yet</source>
        <translation>%1, noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, read %2</source>
        <translation>%1, gelesen %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 %2</source>
        <comment>a day, then a time: Today 14:32</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>today at %1</source>
        <translation>heute um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at %1</source>
        <translation>gestern um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>Natter::MessageSync</name>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="+72"/>
        <source>The recipient cannot receive messages.</source>
        <translation>Der Empfänger kann keine Nachrichten empfangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This address does not exist.</source>
        <translation>Diese Adresse existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recipient&apos;s server cannot be reached.</source>
        <translation>Der Server des Empfängers ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the message.</source>
        <translation>Der Server hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message could not be delivered.</source>
        <translation>Die Nachricht konnte nicht zugestellt werden.</translation>
    </message>
</context>
<context>
    <name>Natter::MucSync</name>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="+59"/>
        <source>This group needs a password.</source>
        <translation>Diese Gruppe braucht ein Passwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone in this group already uses that nickname. Choose another.</source>
        <translation>Jemand in dieser Gruppe verwendet diesen Spitznamen bereits. Wähle einen anderen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only members can enter this group. Ask an admin to add you.</source>
        <translation>Nur Mitglieder können diese Gruppe betreten. Bitte einen Admin, dich hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are banned from this group.</source>
        <translation>Du bist aus dieser Gruppe verbannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group does not exist.</source>
        <translation>Diese Gruppe gibt es nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group is full.</source>
        <translation>Diese Gruppe ist voll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group&apos;s server cannot be reached.</source>
        <translation>Der Server der Gruppe ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group did not answer. Try again later.</source>
        <translation>Die Gruppe hat nicht geantwortet. Versuche es später noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group refused to let you in.</source>
        <translation>Die Gruppe hat dich nicht hineingelassen.</translation>
    </message>
    <message>
        <location line="+321"/>
        <source>Only the group&apos;s admins can change its description.</source>
        <translation>Nur Admins der Gruppe können ihre Beschreibung ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group did not accept the new description.</source>
        <translation>Die Gruppe hat die neue Beschreibung nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>Natter::NickService</name>
    <message>
        <location filename="../../src/services/NickService.cpp" line="+123"/>
        <source>Your name could not be shared: your server does not support profile names.</source>
        <translation>Dein Name konnte nicht geteilt werden: Dein Server unterstützt keine Profilnamen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name could not be shared: %1</source>
        <translation>Dein Name konnte nicht geteilt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server refused it.</source>
        <translation>der Server hat ihn abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Natter::NotificationService</name>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="+45"/>
        <source>📷 Photo</source>
        <translation>📷 Foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>🎥 Video</source>
        <translation>🎥 Video</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>🎵 %1</source>
        <translation>🎵 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>🎤 Voice message (%1)</source>
        <translation>🎤 Sprachnachricht (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>🎤 Voice message</source>
        <translation>🎤 Sprachnachricht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>📄 %1</source>
        <translation>📄 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 new messages</source>
        <translation>%1 neue Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Natter</source>
        <translation>Natter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new messages in %2 chats</source>
        <translation>%1 neue Nachrichten in %2 Chats</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
</context>
<context>
    <name>Natter::OutgoingFile</name>
    <message>
        <location filename="../../src/media/OutgoingFile.cpp" line="+31"/>
        <location line="+35"/>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>There is no room for the file in Natter&apos;s media folder.</source>
        <translation>Im Medienordner von Natter ist kein Platz für die Datei.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file could not be copied into Natter&apos;s media folder.</source>
        <translation>Die Datei konnte nicht in den Medienordner von Natter kopiert werden.</translation>
    </message>
</context>
<context>
    <name>Natter::OutgoingImage</name>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="+52"/>
        <source>The picture is too large to send.</source>
        <translation>Das Bild ist zu groß zum Senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture could not be opened: %1</source>
        <translation>Das Bild konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The picture could not be compressed.</source>
        <translation>Das Bild konnte nicht komprimiert werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The picture could not be saved for sending: %1</source>
        <translation>Das Bild konnte nicht zum Senden gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Natter::ParticipantModel</name>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="+144"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You cannot do that in this group.</source>
        <translation>Das kannst du in dieser Gruppe nicht tun.</translation>
    </message>
</context>
<context>
    <name>Natter::PrivatePeer</name>
    <message>
        <location filename="../../src/core/PrivatePeer.cpp" line="+44"/>
        <source>%1 (%2)</source>
        <comment>a private message&apos;s title: the nickname, then the group it came through</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Natter::ProfileLock</name>
    <message>
        <location filename="../../src/storage/ProfileLock.cpp" line="+30"/>
        <source>Another Natter (process %1 on %2) is using this profile. Close it first, or start Natter with a different profile.</source>
        <translation>Ein anderes Natter (Prozess %1 auf %2) verwendet dieses Profil. Schließe es zuerst oder starte Natter mit einem anderen Profil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the lock file %1.</source>
        <translation>Die Sperrdatei %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Natter::RegistrationService</name>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="+85"/>
        <source>Asking %1 what it needs…</source>
        <translation>Frage %1, was benötigt wird…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating your account…</source>
        <translation>Dein Konto wird erstellt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account created. Signing in…</source>
        <translation>Konto erstellt. Anmeldung läuft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account %1 is ready.</source>
        <translation>Dein Konto %1 ist bereit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the server&apos;s name, such as example.org.</source>
        <translation>Gib den Namen des Servers ein, etwa example.org.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter only the server&apos;s name, such as example.org.</source>
        <translation>Gib nur den Namen des Servers ein, etwa example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The port must be 1 to 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server did not say what it needs to create an account.</source>
        <translation>Der Server hat nicht mitgeteilt, was er zum Erstellen eines Kontos benötigt.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Issued to: %1
Issued by: %2
Valid until: %3
SHA-256: %4</source>
        <translation>Ausgestellt für: %1
Ausgestellt von: %2
Gültig bis: %3
SHA-256: %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Natter cannot fill in “%1”, which this server requires.</source>
        <translation>Natter kann „%1“ nicht ausfüllen, was dieser Server verlangt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in: %1.</source>
        <translation>Bitte ausfüllen: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter only the name, without “@” or the server.</source>
        <translation>Gib nur den Namen ein, ohne „@“ und Server.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your account %1 was created, but signing in failed: %2</source>
        <translation>Dein Konto %1 wurde erstellt, aber die Anmeldung ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Natter::RegistrationSync</name>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="+114"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung getrennt.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>That name is taken.</source>
        <translation>Dieser Name ist schon vergeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server does not allow creating accounts here.</source>
        <translation>Dieser Server erlaubt hier keine Kontoerstellung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some fields are missing or invalid.</source>
        <translation>Einige Felder fehlen oder sind ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not accept another new account from here right now. Try again later.</source>
        <translation>Der Server nimmt von hier aus gerade kein weiteres neues Konto an. Versuche es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused to create the account.</source>
        <translation>Der Server hat das Erstellen des Kontos abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Natter::ReplyQuotes</name>
    <message>
        <location filename="../../src/models/actions/ReplyQuotes.cpp" line="+65"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
</context>
<context>
    <name>Natter::Session</name>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="+52"/>
        <source>The connection was lost.</source>
        <translation>Die Verbindung wurde unterbrochen.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account was signed in from another place with the same device name.</source>
        <translation>Dieses Konto wurde an einem anderen Ort mit demselben Gerätenamen angemeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server ended the session.</source>
        <translation>Der Server hat die Sitzung beendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Natter::TrayIcon</name>
    <message>
        <location filename="../../src/desktop/TrayIcon.cpp" line="+58"/>
        <source>Open Natter</source>
        <translation>Natter öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Natter — %n unread message(s)</source>
        <translation>
            <numerusform>Natter — %n ungelesene Nachricht</numerusform>
            <numerusform>Natter — %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Natter::UploadSync</name>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="+99"/>
        <source>The file is larger than the server accepts (max %1).</source>
        <translation>Die Datei ist größer, als der Server annimmt (max. %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than Natter sends (max %1).</source>
        <translation>Die Datei ist größer, als Natter sendet (max. %1).</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Your server does not offer file uploads right now. Try again once you are connected.</source>
        <translation>Dein Server bietet gerade keinen Datei-Upload an. Versuche es erneut, sobald du verbunden bist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is empty, so there is nothing to send.</source>
        <translation>Die Datei ist leer, es gibt also nichts zu senden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server refused the file as too large.</source>
        <translation>Der Server hat die Datei als zu groß abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your storage on the server is full. Try again later.</source>
        <translation>Dein Speicher auf dem Server ist voll. Versuche es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your server does not allow you to send files.</source>
        <translation>Dein Server erlaubt dir nicht, Dateien zu senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not take the file (%1). Try again later.</source>
        <translation>Der Server konnte die Datei nicht annehmen (%1). Versuche es später erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server offered an unencrypted or invalid upload address, so the file was not sent.</source>
        <translation>Der Server hat eine unverschlüsselte oder ungültige Upload-Adresse angeboten, deshalb wurde die Datei nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>Natter::VoiceRecorder</name>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="+76"/>
        <source>No microphone was found. Connect one, or allow Natter to use it in your system&apos;s settings, then try again.</source>
        <translation>Es wurde kein Mikrofon gefunden. Schließe eines an oder erlaube Natter in den Systemeinstellungen, es zu verwenden, und versuche es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This system cannot record voice notes: no AAC audio encoder is available.</source>
        <translation>Dieses System kann keine Sprachnachrichten aufnehmen: Es ist kein AAC-Audio-Encoder verfügbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save the voice note in %1. Check that the folder is writable.</source>
        <translation>Die Sprachnachricht kann nicht in %1 gespeichert werden. Prüfe, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Recording stopped because of an error: %1</source>
        <translation>Die Aufnahme wurde wegen eines Fehlers beendet: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing was recorded. Check that the microphone is connected and not muted, then try again.</source>
        <translation>Es wurde nichts aufgenommen. Prüfe, ob das Mikrofon angeschlossen und nicht stummgeschaltet ist, und versuche es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Natter::XmppUri</name>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="+50"/>
        <source>The link contains an invalid %-escape.</source>
        <translation>Der Link enthält eine ungültige %-Kodierung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link is empty.</source>
        <translation>Der Link ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not an xmpp: link.</source>
        <translation>„%1“ ist kein xmpp:-Link.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link contains spaces or control characters.</source>
        <translation>Der Link enthält Leerzeichen oder Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The link names an account but no contact or group to open.</source>
        <translation>Der Link nennt ein Konto, aber keinen Kontakt und keine Gruppe zum Öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The account in the link is not valid: %1</source>
        <translation>Das Konto im Link ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link contains no address.</source>
        <translation>Der Link enthält keine Adresse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address in the link is not valid: %1</source>
        <translation>Die Adresse im Link ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The link has parameters but no action.</source>
        <translation>Der Link hat Parameter, aber keine Aktion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a valid action.</source>
        <translation>„%1“ ist keine gültige Aktion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The parameter &apos;%1&apos; is not of the form key=value.</source>
        <translation>Der Parameter „%1“ hat nicht die Form Schlüssel=Wert.</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="+19"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Join a group</source>
        <translation>Einer Gruppe beitreten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name or address, e.g. alice@example.org</source>
        <translation>Name oder Adresse, z. B. alice@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or address to chat with</source>
        <translation>Name oder Adresse für den Chat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chat</source>
        <translation>Chatten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="+33"/>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Add a group picture</source>
        <translation>Gruppenbild hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the group picture</source>
        <translation>Gruppenbild ändern</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add people: name or address</source>
        <translation>Personen hinzufügen: Name oder Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or address of someone to add</source>
        <translation>Name oder Adresse einer Person, die du hinzufügen willst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts to add</source>
        <translation>Kontakte zum Hinzufügen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Creating the group…</source>
        <translation>Gruppe wird erstellt…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>OpenFileConfirmDialog</name>
    <message>
        <location filename="../../ui/components/OpenFileConfirmDialog.qml" line="+32"/>
        <source>Open this program?</source>
        <translation>Dieses Programm öffnen?</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="+33"/>
        <location line="+26"/>
        <source>in the group now</source>
        <translation>gerade in der Gruppe</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Actions for %1</source>
        <translation>Aktionen für %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make group admin</source>
        <translation>Zum Gruppenadmin machen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss as admin</source>
        <translation>Als Admin entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove %1…</source>
        <translation>%1 entfernen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ban %1…</source>
        <translation>%1 verbannen…</translation>
    </message>
</context>
<context>
    <name>PictureFileDialog</name>
    <message>
        <location filename="../../ui/components/PictureFileDialog.qml" line="+6"/>
        <source>Choose the group&apos;s picture</source>
        <translation>Wähle das Gruppenbild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
</context>
<context>
    <name>ProfilePaths</name>
    <message>
        <location filename="../../src/core/ProfilePaths.cpp" line="+40"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>ReactionBar</name>
    <message>
        <location filename="../../ui/components/ReactionBar.qml" line="+40"/>
        <source>React with %1</source>
        <translation>Mit %1 reagieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>More reactions</source>
        <translation>Weitere Reaktionen</translation>
    </message>
</context>
<context>
    <name>ReactionRoles</name>
    <message>
        <location filename="../../src/models/actions/ReactionRoles.cpp" line="+66"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReactionStrip</name>
    <message>
        <location filename="../../ui/components/ReactionStrip.qml" line="+33"/>
        <source>Yours; press to take it back</source>
        <translation>Deine; drücken, um sie zurückzunehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press to react the same</source>
        <translation>Drücken, um genauso zu reagieren</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="+54"/>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick an XMPP server, then fill in what it asks for.</source>
        <translation>Wähle einen XMPP-Server und fülle dann aus, was er verlangt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server, such as example.org</source>
        <translation>Server, etwa example.org</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server host (optional)</source>
        <translation>Server-Host (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server host</source>
        <translation>Server-Host</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct TLS instead of STARTTLS</source>
        <translation>Direktes TLS statt STARTTLS</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Natter cannot verify this server&apos;s certificate. Trust it only if you know it is the server&apos;s own:</source>
        <translation>Natter kann das Zertifikat dieses Servers nicht überprüfen. Vertraue ihm nur, wenn du weißt, dass es das eigene Zertifikat des Servers ist:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sign-up website</source>
        <translation>Registrierungsseite</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to sign in</source>
        <translation>Zurück zur Anmeldung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
</context>
<context>
    <name>RegistrationField</name>
    <message>
        <location filename="../../ui/components/RegistrationField.qml" line="+24"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>RegistrationFormModel</name>
    <message>
        <location filename="../../src/models/RegistrationFormModel.cpp" line="+163"/>
        <source>This server creates accounts on a website, but its address is not a secure https one, so Natter does not open it: %1</source>
        <translation>Dieser Server erstellt Konten auf einer Website, aber deren Adresse ist keine sichere https-Adresse, daher öffnet Natter sie nicht: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server creates accounts on its website: %1</source>
        <translation>Dieser Server erstellt Konten auf seiner Website: %1</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <location filename="../../src/services/actions/Replies.cpp" line="+52"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>ReplyQuote</name>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="+22"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This message was deleted</source>
        <translation>Diese Nachricht wurde gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original message not found</source>
        <translation>Ursprüngliche Nachricht nicht gefunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reply to %1: %2</source>
        <translation>Antwort an %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply: %1</source>
        <translation>Antwort: %1</translation>
    </message>
</context>
<context>
    <name>RetractCodec</name>
    <message>
        <location filename="../../src/xmpp/actions/RetractCodec.cpp" line="+92"/>
        <source>This person deleted a message, but your app does not support message deletion.</source>
        <translation>Diese Person hat eine Nachricht gelöscht, aber deine App unterstützt das Löschen von Nachrichten nicht.</translation>
    </message>
</context>
<context>
    <name>RoomAdminSync</name>
    <message>
        <location filename="../../src/xmpp/muc/RoomAdminSync.cpp" line="+103"/>
        <source>The group&apos;s server does not offer that.</source>
        <translation>Der Server der Gruppe bietet das nicht an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That picture is too large for a group.</source>
        <translation>Dieses Bild ist zu groß für eine Gruppe.</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <location filename="../../ui/components/SaveFileDialog.qml" line="+22"/>
        <source>Save “%1”</source>
        <translation>„%1“ speichern</translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../../ui/components/SearchHitDelegate.qml" line="+46"/>
        <source>You: </source>
        <translation>Du: </translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="+34"/>
        <source>Cancel selection</source>
        <translation>Auswahl abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected messages</source>
        <translation>Ausgewählte Nachrichten kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Star or unstar the selected messages</source>
        <translation>Stern für ausgewählte Nachrichten setzen oder entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forward</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward the selected messages</source>
        <translation>Ausgewählte Nachrichten weiterleiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected messages</source>
        <translation>Ausgewählte Nachrichten löschen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="+43"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your contacts see this name unless they gave you one themselves.</source>
        <translation>Deine Kontakte sehen diesen Namen, sofern sie dir nicht selbst einen gegeben haben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change picture…</source>
        <translation>Bild ändern…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read receipts</source>
        <translation>Lesebestätigungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share my last seen</source>
        <translation>Meine „zuletzt online“-Zeit teilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blocked contacts</source>
        <translation>Blockierte Kontakte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show notifications</source>
        <translation>Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show message text in notifications</source>
        <translation>Nachrichtentext in Benachrichtigungen zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Nach dem Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Download images automatically up to</source>
        <translation>Bilder automatisch herunterladen bis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest image to download automatically, in megabytes</source>
        <translation>Größtes automatisch heruntergeladenes Bild, in Megabyte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Images from your contacts up to this size download by themselves. Videos, voice notes, audio and documents download only when you click them.</source>
        <translation>Bilder deiner Kontakte bis zu dieser Größe werden automatisch heruntergeladen. Videos, Sprachnachrichten, Audio und Dokumente erst, wenn du sie anklickst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send images compressed by default</source>
        <translation>Bilder standardmäßig komprimiert senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off sends the original photo, without its location data.</source>
        <translation>Aus sendet das Originalfoto, ohne seine Standortdaten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose your picture</source>
        <translation>Wähle dein Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ShareContactDialog</name>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="+19"/>
        <source>Share a contact</source>
        <translation>Kontakt teilen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No contacts to share</source>
        <translation>Keine Kontakte zum Teilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="+42"/>
        <source>Sign in to Natter</source>
        <translation>Bei Natter anmelden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use your account on any XMPP server.</source>
        <translation>Verwende dein Konto auf einem beliebigen XMPP-Server.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server host (optional)</source>
        <translation>Server-Host (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server host</source>
        <translation>Server-Host</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct TLS instead of STARTTLS</source>
        <translation>Direktes TLS statt STARTTLS</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="+18"/>
        <source>Sign out?</source>
        <translation>Abmelden?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Natter forgets the password of %1 on this computer, and you need it to sign in again. Your messages stay here.</source>
        <translation>Natter vergisst das Passwort von %1 auf diesem Computer, und du brauchst es, um dich wieder anzumelden. Deine Nachrichten bleiben hier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StarredMessageDelegate</name>
    <message>
        <location filename="../../ui/components/StarredMessageDelegate.qml" line="+33"/>
        <source>Starred</source>
        <translation>Mit Stern markiert</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+2"/>
        <source>Unstar</source>
        <translation>Stern entfernen</translation>
    </message>
</context>
<context>
    <name>StarredMessageModel</name>
    <message>
        <location filename="../../src/models/actions/StarredMessageModel.cpp" line="+217"/>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
</context>
<context>
    <name>StarredPage</name>
    <message>
        <location filename="../../ui/pages/StarredPage.qml" line="+35"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+38"/>
        <source>Starred messages</source>
        <translation>Markierte Nachrichten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starred messages in %1</source>
        <translation>Markierte Nachrichten in %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No starred messages. Star a message from its menu to find it here.</source>
        <translation>Keine markierten Nachrichten. Markiere eine Nachricht über ihr Menü mit einem Stern, um sie hier zu finden.</translation>
    </message>
</context>
<context>
    <name>SystemLineText</name>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="+27"/>
        <source>You removed the group description</source>
        <translation>Du hast die Gruppenbeschreibung entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 removed the group description</source>
        <translation>%1 hat die Gruppenbeschreibung entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group description was removed</source>
        <translation>Die Gruppenbeschreibung wurde entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed the group description to “%1”</source>
        <translation>Du hast die Gruppenbeschreibung in „%1“ geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed the group description to “%2”</source>
        <translation>%1 hat die Gruppenbeschreibung in „%2“ geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group description was changed to “%1”</source>
        <translation>Die Gruppenbeschreibung wurde in „%1“ geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed the group name to “%1”</source>
        <translation>Du hast den Gruppennamen in „%1“ geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed the group name to “%2”</source>
        <translation>%1 hat den Gruppennamen in „%2“ geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group name was changed to “%1”</source>
        <translation>Der Gruppenname wurde in „%1“ geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group was deleted</source>
        <translation>Die Gruppe wurde gelöscht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 added you</source>
        <translation>%1 hat dich hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You were added</source>
        <translation>Du wurdest hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You added %1</source>
        <translation>Du hast %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added %2</source>
        <translation>%1 hat %2 hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was added</source>
        <translation>%1 wurde hinzugefügt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 removed you</source>
        <translation>%1 hat dich entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You were removed</source>
        <translation>Du wurdest entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You removed %1</source>
        <translation>Du hast %1 entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 removed %2</source>
        <translation>%1 hat %2 entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was removed</source>
        <translation>%1 wurde entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 kicked you out</source>
        <translation>%1 hat dich rausgeworfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You were kicked out</source>
        <translation>Du wurdest rausgeworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You kicked %1 out</source>
        <translation>Du hast %1 rausgeworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 kicked %2 out</source>
        <translation>%1 hat %2 rausgeworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was kicked out</source>
        <translation>%1 wurde rausgeworfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 banned you</source>
        <translation>%1 hat dich verbannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You were banned</source>
        <translation>Du wurdest verbannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You banned %1</source>
        <translation>Du hast %1 verbannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 banned %2</source>
        <translation>%1 hat %2 verbannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was banned</source>
        <translation>%1 wurde verbannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 made you an admin</source>
        <translation>%1 hat dich zum Admin gemacht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You are now an admin</source>
        <translation>Du bist jetzt Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You made %1 an admin</source>
        <translation>Du hast %1 zum Admin gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 made %2 an admin</source>
        <translation>%1 hat %2 zum Admin gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is now an admin</source>
        <translation>%1 ist jetzt Admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 made you an owner</source>
        <translation>%1 hat dich zum Besitzer gemacht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You are now an owner</source>
        <translation>Du bist jetzt Besitzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You made %1 an owner</source>
        <translation>Du hast %1 zum Besitzer gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 made %2 an owner</source>
        <translation>%1 hat %2 zum Besitzer gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is now an owner</source>
        <translation>%1 ist jetzt Besitzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are no longer an admin</source>
        <translation>Du bist kein Admin mehr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is no longer an admin</source>
        <translation>%1 ist kein Admin mehr</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n joined</source>
        <translation>
            <numerusform>%n Person ist beigetreten</numerusform>
            <numerusform>%n Personen sind beigetreten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n left</source>
        <translation>
            <numerusform>%n Person hat die Gruppe verlassen</numerusform>
            <numerusform>%n Personen haben die Gruppe verlassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 left</source>
        <translation>%1 hat die Gruppe verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 joined</source>
        <translation>%1 und %2 sind beigetreten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 and %2 left</source>
        <translation>%1 und %2 haben die Gruppe verlassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 and one other joined</source>
        <translation>%1, %2 und eine weitere Person sind beigetreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 and one other left</source>
        <translation>%1, %2 und eine weitere Person haben die Gruppe verlassen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 and %n others joined</source>
        <translation>
            <numerusform>%1 und %n weitere Person sind beigetreten</numerusform>
            <numerusform>%1 und %n weitere Personen sind beigetreten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 and %n others left</source>
        <translation>
            <numerusform>%1 und %n weitere Person haben die Gruppe verlassen</numerusform>
            <numerusform>%1 und %n weitere Personen haben die Gruppe verlassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %2 and %n others joined</source>
        <translation>
            <numerusform>%1, %2 und %n weitere Person sind beigetreten</numerusform>
            <numerusform>%1, %2 und %n weitere Personen sind beigetreten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %2 and %n others left</source>
        <translation>
            <numerusform>%1, %2 und %n weitere Person haben die Gruppe verlassen</numerusform>
            <numerusform>%1, %2 und %n weitere Personen haben die Gruppe verlassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <comment>joins, then leaves</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Thumbnailer</name>
    <message>
        <location filename="../../src/media/Thumbnailer.cpp" line="+43"/>
        <source>There is no picture to preview.</source>
        <translation>Es gibt kein Bild für die Vorschau.</translation>
    </message>
</context>
<context>
    <name>TransferOverlay</name>
    <message>
        <location filename="../../ui/components/TransferOverlay.qml" line="+42"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The transfer failed.</source>
        <translation>Die Übertragung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <location filename="../../ui/components/UndoToast.qml" line="+30"/>
        <source>Message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n messages deleted</source>
        <translation>
            <numerusform>%n Nachricht gelöscht</numerusform>
            <numerusform>%n Nachrichten gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="+96"/>
        <source>Natter only opens web links (https) here.</source>
        <translation>Natter öffnet hier nur Weblinks (https).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link is not encrypted (http), so Natter does not fetch it.</source>
        <translation>Der Link ist nicht verschlüsselt (http), deshalb ruft Natter ihn nicht ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files from people outside your contacts are downloaded only when you click them.</source>
        <translation>Dateien von Personen, die nicht in deinen Kontakten sind, werden erst heruntergeladen, wenn du sie anklickst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>The link points into a local network, so Natter does not fetch it.</source>
        <translation>Der Link zeigt in ein lokales Netzwerk, deshalb ruft Natter ihn nicht ab.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The server %1 could not be found.</source>
        <translation>Der Server %1 wurde nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>VideoContent</name>
    <message>
        <location filename="../../ui/components/VideoContent.qml" line="+72"/>
        <source>Play video</source>
        <translation>Video abspielen</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderBar</name>
    <message>
        <location filename="../../ui/components/VoiceRecorderBar.qml" line="+31"/>
        <source>Cancel voice note</source>
        <translation>Sprachnachricht verwerfen</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Recording, %n second(s)</source>
        <translation>
            <numerusform>Aufnahme, %n Sekunde</numerusform>
            <numerusform>Aufnahme, %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send voice note</source>
        <translation>Sprachnachricht senden</translation>
    </message>
</context>
<context>
    <name>Waveform</name>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="+58"/>
        <source>Cannot read this audio file: it is missing, empty or not readable.</source>
        <translation>Diese Audiodatei kann nicht gelesen werden: Sie fehlt, ist leer oder nicht lesbar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read this audio file. It may be damaged or in a format this system does not know.</source>
        <translation>Diese Audiodatei kann nicht gelesen werden. Sie ist vielleicht beschädigt oder in einem Format, das dieses System nicht kennt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read this audio file: decoding took too long.</source>
        <translation>Diese Audiodatei kann nicht gelesen werden: Das Dekodieren hat zu lange gedauert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read this audio file: it contains no sound.</source>
        <translation>Diese Audiodatei kann nicht gelesen werden: Sie enthält keinen Ton.</translation>
    </message>
</context>
</TS>
