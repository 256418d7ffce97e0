<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountSession</name>
    <message numerus="yes">
        <location filename="../../src/services/AccountSession.cpp" line="327"/>
        <source>Offline: %1 Retrying in %n s…</source>
        <translation>
            <numerusform>Sin conexión: %1 Reintentando en %n s…</numerusform>
            <numerusform>Sin conexión: %1 Reintentando en %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddContactBanner</name>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="28"/>
        <source>%1 is not in your contacts.</source>
        <translation>%1 no está en tus contactos.</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="36"/>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="38"/>
        <source>Add %1 to your contacts</source>
        <translation>Añadir a %1 a tus contactos</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="43"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>AddParticipantDialog</name>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="17"/>
        <source>Add participants</source>
        <translation>Añadir participantes</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="41"/>
        <source>Name or address</source>
        <translation>Nombre o dirección</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="42"/>
        <source>Name or address of someone to add</source>
        <translation>Nombre o dirección de alguien para añadir</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="51"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="52"/>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="83"/>
        <source>Add %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="64"/>
        <source>Contacts to add</source>
        <translation>Contactos para añadir</translation>
    </message>
</context>
<context>
    <name>AttachmentRoles</name>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="30"/>
        <location filename="../../src/models/AttachmentRoles.cpp" line="105"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="95"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="97"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="100"/>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="101"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="35"/>
        <source>1 file to send</source>
        <translation>1 archivo para enviar</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="36"/>
        <source>%1 files to send</source>
        <translation>%1 archivos para enviar</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="43"/>
        <source>Send images compressed</source>
        <translation>Enviar imágenes comprimidas</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="49"/>
        <source>Clear</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="51"/>
        <source>Remove all files</source>
        <translation>Quitar todos los archivos</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="67"/>
        <source>Files to send</source>
        <translation>Archivos para enviar</translation>
    </message>
</context>
<context>
    <name>AttachmentTrayEntry</name>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="98"/>
        <source>Add a caption</source>
        <translation>Añadir un comentario</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="107"/>
        <source>Caption for %1</source>
        <translation>Comentario para %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="114"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="116"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>AudioPlayback</name>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="39"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="39"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="86"/>
        <source>Playback position</source>
        <translation>Posición de reproducción</translation>
    </message>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="93"/>
        <source>Can&apos;t play</source>
        <translation>No se puede reproducir</translation>
    </message>
</context>
<context>
    <name>BlockedContactList</name>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="11"/>
        <source>Blocked contacts</source>
        <translation>Contactos bloqueados</translation>
    </message>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="33"/>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="36"/>
        <source>Unblock %1</source>
        <translation>Desbloquear a %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="42"/>
        <source>Nobody is blocked.</source>
        <translation>No has bloqueado a nadie.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="23"/>
        <source>The server&apos;s certificate has changed</source>
        <translation>El certificado del servidor ha cambiado</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="23"/>
        <source>Unverified certificate</source>
        <translation>Certificado no verificado</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="31"/>
        <source>This server now presents a different certificate from the one you trusted before. This can happen when the server renews it, but it can also mean someone is intercepting your connection. Only continue if you can confirm the new fingerprint with the server&apos;s operator.</source>
        <translation>Este servidor presenta ahora un certificado distinto del que aceptaste antes. Puede ocurrir cuando el servidor lo renueva, pero también puede significar que alguien está interceptando tu conexión. Continúa solo si puedes confirmar la nueva huella con el administrador del servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="32"/>
        <source>Natter could not verify this server&apos;s identity (%1). Only trust it if you can confirm the fingerprint with the server&apos;s operator.</source>
        <translation>Natter no pudo verificar la identidad de este servidor (%1). Confía en él solo si puedes confirmar la huella con el administrador del servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="42"/>
        <source>Subject</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="44"/>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="46"/>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="48"/>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="50"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="58"/>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="67"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="72"/>
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
</context>
<context>
    <name>ChatActionDialog</name>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="37"/>
        <source>Clear messages?</source>
        <translation>¿Vaciar el chat?</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="37"/>
        <source>Delete group?</source>
        <translation>¿Eliminar el grupo?</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="37"/>
        <source>Delete chat?</source>
        <translation>¿Eliminar el chat?</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="57"/>
        <source>The messages and their downloaded files are removed from this computer only. The chat stays, and others still see the messages.</source>
        <translation>Los mensajes y sus archivos descargados se quitan solo de este ordenador. El chat se mantiene y los demás siguen viendo los mensajes.</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="57"/>
        <source>The chat, its messages and their downloaded files are removed from this computer only. Others still see the messages; a new message brings the chat back.</source>
        <translation>El chat, sus mensajes y sus archivos descargados se quitan solo de este ordenador. Los demás siguen viendo los mensajes; un mensaje nuevo hará que el chat vuelva a aparecer.</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="63"/>
        <source>Leave the group too</source>
        <translation>Salir también del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="72"/>
        <source>Clear messages</source>
        <translation>Vaciar chat</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="72"/>
        <source>Leave and delete</source>
        <translation>Salir y eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="72"/>
        <source>Delete chat</source>
        <translation>Eliminar chat</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="87"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ChatDelegate</name>
    <message numerus="yes">
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n sin leer</numerusform>
            <numerusform>, %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="116"/>
        <source>typing…</source>
        <translation>escribiendo…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="116"/>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <source>, marked unread</source>
        <translation>, marcado como no leído</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="52"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="136"/>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="52"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="130"/>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="107"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="165"/>
        <source>Unpin chat</source>
        <translation>Dejar de fijar chat</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="165"/>
        <source>Pin chat</source>
        <translation>Fijar chat</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="169"/>
        <source>Unarchive chat</source>
        <translation>Desarchivar chat</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="169"/>
        <source>Archive chat</source>
        <translation>Archivar chat</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="174"/>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="174"/>
        <source>Mark as unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="190"/>
        <source>Unmute notifications</source>
        <translation>Dejar de silenciar notificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="195"/>
        <source>Clear messages…</source>
        <translation>Vaciar chat…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="200"/>
        <source>Delete group…</source>
        <translation>Eliminar grupo…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="200"/>
        <source>Delete chat…</source>
        <translation>Eliminar chat…</translation>
    </message>
</context>
<context>
    <name>ChatFindBar</name>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="46"/>
        <location filename="../../ui/components/ChatFindBar.qml" line="47"/>
        <source>Find in this chat</source>
        <translation>Buscar en este chat</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="61"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="61"/>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="61"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="72"/>
        <source>Previous match (newer)</source>
        <translation>Coincidencia anterior (más reciente)</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="82"/>
        <source>Next match (older)</source>
        <translation>Coincidencia siguiente (más antigua)</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="91"/>
        <source>Close find</source>
        <translation>Cerrar búsqueda</translation>
    </message>
</context>
<context>
    <name>ChatListPage</name>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="63"/>
        <source>Back to chats</source>
        <translation>Volver a los chats</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="66"/>
        <source>Archived</source>
        <translation>Archivados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="66"/>
        <source>Message requests</source>
        <translation>Solicitudes de mensajes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="76"/>
        <location filename="../../ui/pages/ChatListPage.qml" line="78"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="85"/>
        <source>Account menu</source>
        <translation>Menú de la cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="92"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="97"/>
        <source>Starred messages</source>
        <translation>Mensajes destacados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="102"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="107"/>
        <source>Sign out…</source>
        <translation>Cerrar sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="112"/>
        <source>Remove account…</source>
        <translation>Eliminar cuenta…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="153"/>
        <location filename="../../ui/pages/ChatListPage.qml" line="154"/>
        <source>Search chats and messages</source>
        <translation>Buscar chats y mensajes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="164"/>
        <source>Message requests (%1)</source>
        <translation>Solicitudes de mensajes (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="173"/>
        <source>Archived (%1)</source>
        <translation>Archivados (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="182"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="230"/>
        <source>No archived chats</source>
        <translation>No hay chats archivados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="230"/>
        <source>No chats yet</source>
        <translation>Aún no hay chats</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="230"/>
        <source>No message requests</source>
        <translation>No hay solicitudes de mensajes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="241"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="241"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="241"/>
        <source>No messages found</source>
        <translation>No se encontraron mensajes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="253"/>
        <source>Messages found</source>
        <translation>Mensajes encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="328"/>
        <source>Remove account?</source>
        <translation>¿Eliminar la cuenta?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="333"/>
        <source>This signs you out of %1 and deletes its messages and media from this computer. The account on the server stays.</source>
        <translation>Se cerrará la sesión de %1 y se borrarán sus mensajes y archivos de este ordenador. La cuenta en el servidor se conserva.</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="98"/>
        <source>People to mention</source>
        <translation>Personas para mencionar</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="116"/>
        <source>Mention %1</source>
        <translation>Mencionar a %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="161"/>
        <source>Cancel reply</source>
        <translation>Cancelar respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="212"/>
        <source>Editing</source>
        <translation>Editando</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="233"/>
        <source>Cancel editing</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="235"/>
        <source>Cancel editing (Esc)</source>
        <translation>Cancelar edición (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="258"/>
        <source>Insert emoji</source>
        <translation>Insertar emoji</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="260"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="274"/>
        <location filename="../../ui/components/ComposerBar.qml" line="276"/>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="284"/>
        <source>Files…</source>
        <translation>Archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="289"/>
        <source>Location…</source>
        <translation>Ubicación…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="294"/>
        <source>Contact…</source>
        <translation>Contacto…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="306"/>
        <source>Type a message</source>
        <translation>Escribe un mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="350"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="362"/>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="374"/>
        <source>Record a voice note</source>
        <translation>Grabar un mensaje de voz</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="383"/>
        <source>Choose files to send</source>
        <translation>Elegir archivos para enviar</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../ui/components/ConnectionBanner.qml" line="39"/>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/components/ConnectionBanner.qml" line="40"/>
        <source>Retry connecting now</source>
        <translation>Reconectar ahora</translation>
    </message>
</context>
<context>
    <name>ContactAddress</name>
    <message>
        <location filename="../../src/core/ContactAddress.cpp" line="32"/>
        <source>That is your own address.</source>
        <translation>Esa es tu propia dirección.</translation>
    </message>
    <message>
        <location filename="../../src/core/ContactAddress.cpp" line="36"/>
        <source>%1 is a server, not a person. Add name@%1.</source>
        <translation>%1 es un servidor, no una persona. Añade nombre@%1.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../ui/components/ContactCard.qml" line="81"/>
        <source>Message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactCard.qml" line="90"/>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="55"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="55"/>
        <source>waiting for approval</source>
        <translation>esperando aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="56"/>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="65"/>
        <source>Actions for %1</source>
        <translation>Acciones para %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="72"/>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="72"/>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="77"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="82"/>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>ContactInfoPage</name>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="34"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="37"/>
        <source>Contact info</source>
        <translation>Info. del contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="93"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="109"/>
        <source>Unblock %1</source>
        <translation>Desbloquear a %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="109"/>
        <source>Block %1</source>
        <translation>Bloquear a %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="120"/>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="128"/>
        <source>Shared media</source>
        <translation>Archivos compartidos</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="31"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="34"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="157"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="43"/>
        <source>Contact settings</source>
        <translation>Ajustes de contactos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="50"/>
        <source>Share my last seen</source>
        <translation>Compartir mi última vez</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="56"/>
        <source>Set my picture…</source>
        <translation>Elegir mi foto…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="60"/>
        <source>Blocked (%1)</source>
        <translation>Bloqueados (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="89"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="120"/>
        <source>%1 wants to see when you are online</source>
        <translation>%1 quiere ver cuándo estás en línea</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="134"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="135"/>
        <source>Accept %1</source>
        <translation>Aceptar a %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="140"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="141"/>
        <source>Decline %1</source>
        <translation>Rechazar a %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="146"/>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="147"/>
        <source>Block %1</source>
        <translation>Bloquear a %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="175"/>
        <source>No contacts yet. Add someone by their address.</source>
        <translation>Aún no tienes contactos. Añade a alguien con su dirección.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="190"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="196"/>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="209"/>
        <source>name@example.org or xmpp: link</source>
        <translation>nombre@example.org o enlace xmpp:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="210"/>
        <source>Contact address</source>
        <translation>Dirección del contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="215"/>
        <source>Name (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="216"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="278"/>
        <source>Contact name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="232"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="239"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="301"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="351"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="254"/>
        <source>Rename contact</source>
        <translation>Cambiar nombre del contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="277"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="295"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="317"/>
        <source>Remove contact?</source>
        <translation>¿Eliminar contacto?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="327"/>
        <source>%1 leaves your contacts, and you stop seeing each other online. Your chat stays.</source>
        <translation>%1 dejará de estar en tus contactos y ya no veréis cuándo el otro está en línea. El chat se conserva.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="343"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="360"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="375"/>
        <source>Choose your picture</source>
        <translation>Elige tu foto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="376"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="101"/>
        <source>Back to chats</source>
        <translation>Volver a los chats</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="114"/>
        <source>Contact info for %1</source>
        <translation>Info. del contacto %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="114"/>
        <source>%1, private message through %2</source>
        <translation>%1, mensaje privado a través de %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="114"/>
        <source>Group info for %1, %2</source>
        <translation>Info. del grupo %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="148"/>
        <source>typing…</source>
        <translation>escribiendo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="148"/>
        <source>Private message through %1</source>
        <translation>Mensaje privado a través de %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="164"/>
        <source>Group menu</source>
        <translation>Menú del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="164"/>
        <source>Chat menu</source>
        <translation>Menú del chat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="171"/>
        <source>Find in chat</source>
        <translation>Buscar en el chat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="176"/>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="176"/>
        <source>Mark as unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="193"/>
        <source>Unmute notifications</source>
        <translation>Dejar de silenciar notificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="201"/>
        <source>Group info</source>
        <translation>Info. del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="201"/>
        <source>Contact info</source>
        <translation>Info. del contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="206"/>
        <source>Clear messages…</source>
        <translation>Vaciar chat…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="211"/>
        <source>Delete group…</source>
        <translation>Eliminar grupo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="211"/>
        <source>Delete chat…</source>
        <translation>Eliminar chat…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="216"/>
        <source>Starred messages</source>
        <translation>Mensajes destacados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="223"/>
        <source>Leave group…</source>
        <translation>Salir del grupo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="238"/>
        <source>Leave %1?</source>
        <translation>¿Salir de %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="242"/>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="244"/>
        <source>You will no longer receive this group&apos;s messages. Its history stays on this computer.</source>
        <translation>Dejarás de recibir los mensajes de este grupo. Su historial se queda en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="268"/>
        <source>Choose a chat to start messaging</source>
        <translation>Elige un chat para empezar a escribir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="405"/>
        <source>Drop files to send them to %1</source>
        <translation>Suelta archivos para enviarlos a %1</translation>
    </message>
</context>
<context>
    <name>DeleteMessageDialog</name>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="44"/>
        <source>Delete message?</source>
        <translation>¿Eliminar el mensaje?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="44"/>
        <source>Delete %n messages?</source>
        <translation>
            <numerusform>¿Eliminar %n mensaje?</numerusform>
            <numerusform>¿Eliminar %n mensajes?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="54"/>
        <source>Deleted for everyone, each message shows as &quot;This message was deleted&quot; to everyone in the chat, as far as their app supports it. Deleted for you, they go from this computer only.</source>
        <translation>Al eliminarlos para todos, cada mensaje aparece como «Se eliminó este mensaje» para todos en el chat, si su aplicación lo admite. Al eliminarlos para ti, solo desaparecen de este ordenador.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="55"/>
        <source>The messages are deleted from this computer. Others still see them.</source>
        <translation>Los mensajes se eliminan de este ordenador. Los demás los siguen viendo.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="57"/>
        <source>The message is deleted from this computer. Others still see it.</source>
        <translation>El mensaje se elimina de este ordenador. Los demás lo siguen viendo.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="58"/>
        <source>Deleted for everyone, the message shows as &quot;This message was deleted&quot; to everyone in the chat, as far as their app supports it.</source>
        <translation>Eliminado para todos, el mensaje aparece como «Se eliminó este mensaje» para todos en el chat, si su aplicación lo admite.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="64"/>
        <source>Delete for everyone</source>
        <translation>Eliminar para todos</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="75"/>
        <source>Delete for me</source>
        <translation>Eliminar para mí</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="87"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DeliveryTicks</name>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
</context>
<context>
    <name>DocumentContent</name>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="73"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="108"/>
        <source>The transfer failed.</source>
        <translation>La transferencia falló.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="121"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="127"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
</context>
<context>
    <name>EditableLine</name>
    <message>
        <location filename="../../ui/components/EditableLine.qml" line="76"/>
        <source>Edit %1</source>
        <translation>Editar: %1</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="44"/>
        <location filename="../../ui/components/EmojiPicker.qml" line="45"/>
        <source>Search emoji</source>
        <translation>Buscar emoji</translation>
    </message>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="91"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="128"/>
        <source>No emoji found</source>
        <translation>No se encontraron emojis</translation>
    </message>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="128"/>
        <source>No recent emoji</source>
        <translation>No hay emojis recientes</translation>
    </message>
</context>
<context>
    <name>ExecutableType</name>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="100"/>
        <source>a Windows program</source>
        <translation>un programa de Windows</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="102"/>
        <source>an installer</source>
        <translation>un instalador</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="104"/>
        <source>a script</source>
        <translation>un script</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="106"/>
        <source>a Linux launcher</source>
        <translation>un lanzador de Linux</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="108"/>
        <source>a macOS program</source>
        <translation>un programa de macOS</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="110"/>
        <source>a Java program</source>
        <translation>un programa de Java</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="112"/>
        <source>a Linux program</source>
        <translation>un programa de Linux</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="114"/>
        <source>a Windows shortcut or setting</source>
        <translation>un acceso directo o ajuste de Windows</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="149"/>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="155"/>
        <source>%1, although its name ends in .%2</source>
        <translation>%1, aunque su nombre termina en .%2</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="163"/>
        <source>“%1” is %2. Opening it can run it on this computer with all your rights. Open it only if you expected it from this person.</source>
        <translation>«%1» es %2. Abrirlo puede ejecutarlo en este ordenador con todos tus permisos. Ábrelo solo si lo esperabas de esta persona.</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message numerus="yes">
        <location filename="../../ui/components/ForwardDialog.qml" line="32"/>
        <source>Forward %n messages</source>
        <translation>
            <numerusform>Reenviar %n mensaje</numerusform>
            <numerusform>Reenviar %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="32"/>
        <source>Forward message</source>
        <translation>Reenviar mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="66"/>
        <location filename="../../ui/components/ForwardDialog.qml" line="67"/>
        <source>Search chats and contacts</source>
        <translation>Buscar chats y contactos</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="80"/>
        <source>Chats and contacts</source>
        <translation>Chats y contactos</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="163"/>
        <source>No chats yet</source>
        <translation>Aún no hay chats</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="163"/>
        <source>No chat or contact matches</source>
        <translation>Ningún chat o contacto coincide</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="181"/>
        <source>Choose up to %1 chats</source>
        <translation>Elige hasta %1 chats</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="181"/>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="188"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="190"/>
        <source>%1 of %2 chats chosen</source>
        <translation>%1 de %2 chats elegidos</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="198"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="204"/>
        <source>Forward</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="207"/>
        <source>Forward to 1 chat</source>
        <translation>Reenviar a 1 chat</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="207"/>
        <source>Forward to %1 chats</source>
        <translation>Reenviar a %1 chats</translation>
    </message>
</context>
<context>
    <name>GroupInfoPage</name>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="69"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="72"/>
        <source>Group info</source>
        <translation>Info. del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="97"/>
        <source>Change picture</source>
        <translation>Cambiar foto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="107"/>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="121"/>
        <source>Add a group description</source>
        <translation>Añadir una descripción del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="122"/>
        <source>Group description</source>
        <translation>Descripción del grupo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/GroupInfoPage.qml" line="144"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="152"/>
        <source>Add participants</source>
        <translation>Añadir participantes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="175"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="193"/>
        <source>Leave group</source>
        <translation>Salir del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="202"/>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="284"/>
        <source>Delete group</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="236"/>
        <source>Ban %1?</source>
        <translation>¿Vetar a %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="236"/>
        <source>Remove %1?</source>
        <translation>¿Quitar a %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="240"/>
        <source>Ban</source>
        <translation>Vetar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="240"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="245"/>
        <source>%1 will be removed from %2 and cannot join it again.</source>
        <translation>Se quitará a %1 de %2 y no podrá volver a unirse.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="246"/>
        <source>%1 will be removed from %2.</source>
        <translation>Se quitará a %1 de %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="260"/>
        <source>Leave %1?</source>
        <translation>¿Salir de %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="263"/>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="265"/>
        <source>You will no longer receive this group&apos;s messages. Its history stays on this computer.</source>
        <translation>Dejarás de recibir los mensajes de este grupo. Su historial se queda en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="281"/>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="286"/>
        <source>%1 ends for everyone in it. Nobody can write there again. This cannot be undone.</source>
        <translation>%1 terminará para todos sus miembros. Nadie podrá volver a escribir allí. Esta acción no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>HistoryBanner</name>
    <message>
        <location filename="../../ui/components/HistoryBanner.qml" line="42"/>
        <source>Until this is fixed, Natter can neither show nor save messages. Fix it, then start Natter again.</source>
        <translation>Hasta que se solucione, Natter no puede mostrar ni guardar mensajes. Soluciónalo y vuelve a iniciar Natter.</translation>
    </message>
    <message>
        <location filename="../../ui/components/HistoryBanner.qml" line="53"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/components/HistoryBanner.qml" line="55"/>
        <source>Dismiss the history notice</source>
        <translation>Descartar el aviso del historial</translation>
    </message>
</context>
<context>
    <name>ImageContent</name>
    <message>
        <location filename="../../ui/components/ImageContent.qml" line="89"/>
        <source>View picture</source>
        <translation>Ver imagen</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="123"/>
        <source>Older picture</source>
        <translation>Imagen anterior</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="134"/>
        <source>Newer picture</source>
        <translation>Imagen siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="155"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="160"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="166"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="174"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>InvitationBanner</name>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="86"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="89"/>
        <source>Decline the invitation to %1</source>
        <translation>Rechazar la invitación a %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="94"/>
        <source>Joining…</source>
        <translation>Uniéndote…</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="94"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="97"/>
        <source>Join %1</source>
        <translation>Unirse a %1</translation>
    </message>
</context>
<context>
    <name>JoinGroupDialog</name>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="31"/>
        <source>Join a group</source>
        <translation>Unirse a un grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="66"/>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="72"/>
        <source>Group address or link</source>
        <translation>Dirección o enlace del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="71"/>
        <source>e.g. family@groups.example.org</source>
        <translation>p. ej., familia@groups.example.org</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="78"/>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="83"/>
        <source>Your nickname in the group</source>
        <translation>Tu apodo en el grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="90"/>
        <source>Password (only if the group has one)</source>
        <translation>Contraseña (solo si el grupo tiene una)</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="95"/>
        <source>Group password</source>
        <translation>Contraseña del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="109"/>
        <source>Joining…</source>
        <translation>Uniéndote…</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="125"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="132"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../../src/services/Keychain.cpp" line="62"/>
        <source>No keychain is available on this system, so Natter will not remember your password and will ask for it at each start.</source>
        <translation>No hay ningún llavero disponible en este sistema, así que Natter no recordará tu contraseña y te la pedirá en cada inicio.</translation>
    </message>
</context>
<context>
    <name>LinkConfirmDialog</name>
    <message>
        <location filename="../../ui/components/LinkConfirmDialog.qml" line="23"/>
        <source>Open this link?</source>
        <translation>¿Abrir este enlace?</translation>
    </message>
    <message>
        <location filename="../../ui/components/LinkConfirmDialog.qml" line="33"/>
        <source>The link leads somewhere other than it shows:

%1</source>
        <translation>El enlace lleva a un sitio distinto del que muestra:

%1</translation>
    </message>
</context>
<context>
    <name>LocationCard</name>
    <message>
        <location filename="../../ui/components/LocationCard.qml" line="68"/>
        <source>Open in maps</source>
        <translation>Abrir en el mapa</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="20"/>
        <source>Share a location</source>
        <translation>Compartir una ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="48"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="53"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="65"/>
        <source>Paste a geo: or map link, or type the coordinates in degrees.</source>
        <translation>Pega un enlace geo: o de un mapa, o escribe las coordenadas en grados.</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="72"/>
        <source>geo:52.52,13.405 or a map link</source>
        <translation>geo:52.52,13.405 o un enlace de mapa</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="73"/>
        <source>Location link</source>
        <translation>Enlace de la ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="84"/>
        <source>Latitude, e.g. 52.52</source>
        <translation>Latitud, p. ej., 52.52</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="85"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="94"/>
        <source>Longitude, e.g. 13.405</source>
        <translation>Longitud, p. ej., 13.405</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="95"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="105"/>
        <source>Name of the place (optional)</source>
        <translation>Nombre del lugar (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="106"/>
        <source>Name of the place</source>
        <translation>Nombre del lugar</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="116"/>
        <source>Location: %1</source>
        <translation>Ubicación: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="23"/>
        <source>Natter — %1</source>
        <translation>Natter — %1</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="23"/>
        <source>Natter</source>
        <translation>Natter</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="54"/>
        <source>Keep Natter running?</source>
        <translation>¿Mantener Natter en ejecución?</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="58"/>
        <source>Natter can stay in the tray when you close its window, so that messages and notifications keep arriving. You can change this later in Settings.</source>
        <translation>Natter puede seguir en la bandeja del sistema al cerrar la ventana, para que sigan llegando mensajes y notificaciones. Puedes cambiarlo más tarde en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="66"/>
        <source>Keep running in the tray</source>
        <translation>Seguir en la bandeja</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="71"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>You, %1: %2</source>
        <translation>Tú, %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>, not sent</source>
        <translation>, no enviado</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>%1, </source>
        <translation>%1, </translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <location filename="../../ui/components/MessageBubble.qml" line="452"/>
        <location filename="../../ui/components/MessageBubble.qml" line="457"/>
        <source>This message was deleted</source>
        <translation>Se eliminó este mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>, edited</source>
        <translation>, editado</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>Forwarded, </source>
        <translation>Reenviado, </translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>, starred</source>
        <translation>, destacado</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="151"/>
        <source>1 unread message</source>
        <translation>1 mensaje sin leer</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="151"/>
        <source>%1 unread messages</source>
        <translation>%1 mensajes sin leer</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="220"/>
        <location filename="../../ui/components/MessageBubble.qml" line="222"/>
        <source>React</source>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="303"/>
        <location filename="../../ui/components/MessageBubble.qml" line="305"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="355"/>
        <location filename="../../ui/components/MessageBubble.qml" line="359"/>
        <source>Forwarded</source>
        <translation>Reenviado</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="471"/>
        <source>Starred</source>
        <translation>Destacado</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="476"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="504"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="504"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="513"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>MessageInfoDialog</name>
    <message>
        <location filename="../../ui/components/MessageInfoDialog.qml" line="23"/>
        <source>Message info</source>
        <translation>Info. del mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageInfoDialog.qml" line="53"/>
        <source>Sent %1</source>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageInfoDialog.qml" line="70"/>
        <source>Edited. Earlier versions:</source>
        <translation>Editado. Versiones anteriores:</translation>
    </message>
</context>
<context>
    <name>MessageListView</name>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="155"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="303"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="309"/>
        <source>Unselect</source>
        <translation>Anular selección</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="309"/>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="315"/>
        <source>Show the original</source>
        <translation>Mostrar el original</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="321"/>
        <source>Forward…</source>
        <translation>Reenviar…</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="327"/>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="336"/>
        <location filename="../../ui/components/MessageListView.qml" line="449"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="344"/>
        <source>Open in maps</source>
        <translation>Abrir en el mapa</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="350"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="356"/>
        <source>Retry sending</source>
        <translation>Reintentar el envío</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="362"/>
        <source>View picture</source>
        <translation>Ver imagen</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="368"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="374"/>
        <source>Message info</source>
        <translation>Info. del mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="380"/>
        <source>Message %1 privately</source>
        <translation>Enviar mensaje privado a %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="390"/>
        <source>React…</source>
        <translation>Reaccionar…</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="396"/>
        <source>Unstar</source>
        <translation>Dejar de destacar</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="396"/>
        <source>Star</source>
        <translation>Destacar</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="402"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="408"/>
        <source>Delete for me</source>
        <translation>Eliminar para mí</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="414"/>
        <source>Delete for everyone</source>
        <translation>Eliminar para todos</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="425"/>
        <source>Forwarded to 1 chat</source>
        <translation>Reenviado a 1 chat</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="425"/>
        <source>Forwarded to %1 chats</source>
        <translation>Reenviado a %1 chats</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="545"/>
        <source>The original message is not in this chat&apos;s history.</source>
        <translation>El mensaje original no está en el historial de este chat.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="593"/>
        <source>Jump to the newest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
</context>
<context>
    <name>MessageRequestBanner</name>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="34"/>
        <source>%1 is not in your contacts</source>
        <translation>%1 no está en tus contactos</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="42"/>
        <source>They don&apos;t know that you have seen their messages. Replying accepts the request.</source>
        <translation>No sabrá que has visto sus mensajes. Si respondes, aceptas la solicitud.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="53"/>
        <source>Add to contacts</source>
        <translation>Añadir a contactos</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="55"/>
        <source>Add %1 to your contacts</source>
        <translation>Añadir a %1 a tus contactos</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="60"/>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="66"/>
        <source>Report spam</source>
        <translation>Denunciar spam</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="94"/>
        <source>Report spam and block?</source>
        <translation>¿Denunciar spam y bloquear?</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="94"/>
        <source>Block?</source>
        <translation>¿Bloquear?</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="106"/>
        <source>%1 will not be able to message you. The request leaves your list.</source>
        <translation>%1 no podrá enviarte mensajes. La solicitud sale de tu lista.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="106"/>
        <source>%1 is reported to your server as spam and blocked.</source>
        <translation>%1 se denuncia como spam a tu servidor y se bloquea.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="106"/>
        <source>Your server does not take spam reports: %1 will only be blocked.</source>
        <translation>Tu servidor no acepta denuncias de spam: %1 solo se bloqueará.</translation>
    </message>
</context>
<context>
    <name>MuteMenu</name>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="14"/>
        <source>Mute notifications</source>
        <translation>Silenciar notificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="18"/>
        <source>For 8 hours</source>
        <translation>Durante 8 horas</translation>
    </message>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="23"/>
        <source>For 1 week</source>
        <translation>Durante 1 semana</translation>
    </message>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="28"/>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
</context>
<context>
    <name>Natter</name>
    <message>
        <location filename="../../app/CommandLine.cpp" line="30"/>
        <source>Natter, a desktop XMPP messenger.</source>
        <translation>Natter, un mensajero XMPP para escritorio.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="35"/>
        <source>Keep all state (database, settings, media) in &lt;dir&gt;, so several people can run Natter side by side.</source>
        <translation>Guardar todos los datos (base de datos, ajustes, archivos) en &lt;dir&gt;, para que varias personas puedan usar Natter a la vez.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="39"/>
        <source>Sign in as &lt;jid&gt; at start, without the sign-in page. Needs --password-file.</source>
        <translation>Iniciar sesión como &lt;jid&gt; al arrancar, sin la página de inicio de sesión. Requiere --password-file.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="42"/>
        <source>Read the --sign-in password from &lt;file&gt; (one line; a final newline is dropped). The file must be readable by you alone (chmod 600); Natter never deletes it, and never takes a password on the command line, where other users could see it.</source>
        <translation>Leer la contraseña de --sign-in de &lt;file&gt; (una línea; se descarta el salto de línea final). El archivo solo debe poder leerlo tú (chmod 600); Natter nunca lo borra y nunca acepta una contraseña en la línea de órdenes, donde otros usuarios podrían verla.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="47"/>
        <source>Connect to &lt;host&gt; instead of looking up the --sign-in domain.</source>
        <translation>Conectar con &lt;host&gt; en lugar de buscar el dominio de --sign-in.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="49"/>
        <source>Connect to &lt;port&gt; (usually with --host).</source>
        <translation>Conectar al puerto &lt;port&gt; (normalmente con --host).</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="52"/>
        <source>Trust the server certificate(s) in &lt;pem-file&gt; for the --sign-in account, exactly as if you had accepted them in the certificate dialog: Natter pins them in the profile and then connects to a server presenting them although no certificate authority vouches for it. Use it only for a certificate you know, such as the demo server&apos;s.</source>
        <translation>Confiar en los certificados del servidor de &lt;pem-file&gt; para la cuenta de --sign-in, exactamente como si los hubieras aceptado en el diálogo del certificado: Natter los fija en el perfil y luego se conecta a un servidor que los presente aunque ninguna autoridad de certificación lo avale. Úsalo solo con un certificado que conozcas, como el del servidor de demostración.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="60"/>
        <source>An xmpp: link to open, e.g. xmpp:alice@example.org?message.</source>
        <translation>Un enlace xmpp: que abrir, p. ej. xmpp:alice@example.org?message.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="82"/>
        <source>--password-file: %1 does not exist.</source>
        <translation>--password-file: %1 no existe.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="86"/>
        <source>--password-file: %1 is not a regular file.</source>
        <translation>--password-file: %1 no es un archivo normal.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="94"/>
        <source>--password-file: %1 is accessible by other users (mode %2); make it yours alone with: chmod 600 %1</source>
        <translation>--password-file: %1 es accesible para otros usuarios (modo %2); hazlo solo tuyo con: chmod 600 %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="101"/>
        <source>--password-file: %1 is too big to hold a password.</source>
        <translation>--password-file: %1 es demasiado grande para contener una contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="106"/>
        <source>--password-file: cannot read %1: %2</source>
        <translation>--password-file: no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="115"/>
        <source>--password-file: %1 is empty.</source>
        <translation>--password-file: %1 está vacío.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="124"/>
        <source>--trust-certificate: %1 is not a readable file.</source>
        <translation>--trust-certificate: %1 no es un archivo legible.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="129"/>
        <source>--trust-certificate: %1 holds no PEM certificate.</source>
        <translation>--trust-certificate: %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="142"/>
        <source>--%1 works only together with --sign-in.</source>
        <translation>--%1 solo funciona junto con --sign-in.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="151"/>
        <source>--sign-in: %1</source>
        <translation>--sign-in: %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="157"/>
        <source>--sign-in needs --password-file &lt;file&gt;: Natter never takes a password on the command line.</source>
        <translation>--sign-in requiere --password-file &lt;file&gt;: Natter nunca acepta una contraseña en la línea de órdenes.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="170"/>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="190"/>
        <source>Natter opens one xmpp: link at a time.</source>
        <translation>Natter abre un enlace xmpp: cada vez.</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="25"/>
        <source>last seen today at %1</source>
        <translation>últ. vez hoy a las %1</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="27"/>
        <source>last seen yesterday at %1</source>
        <translation>últ. vez ayer a las %1</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="28"/>
        <source>last seen %1</source>
        <translation>últ. vez el %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="39"/>
        <source>This is not an image.</source>
        <translation>Esto no es una imagen.</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="44"/>
        <source>The image is too large (%1 × %2).</source>
        <translation>La imagen es demasiado grande (%1 × %2).</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="54"/>
        <source>The image could not be read: %1</source>
        <translation>No se pudo leer la imagen: %1</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="71"/>
        <source>This server asks you to solve a picture or sound puzzle (CAPTCHA), which Natter cannot show yet. Create the account on the server&apos;s website or pick another server.</source>
        <translation>Este servidor pide resolver un reto de imagen o sonido (CAPTCHA) que Natter aún no puede mostrar. Crea la cuenta en el sitio web del servidor o elige otro servidor.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="109"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="112"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="115"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="31"/>
        <source>Wrong address or password.</source>
        <translation>Dirección o contraseña incorrecta.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="33"/>
        <source>This account is disabled on the server.</source>
        <translation>Esta cuenta está desactivada en el servidor.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="35"/>
        <source>The password has expired.</source>
        <translation>La contraseña ha caducado.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="37"/>
        <source>The server offers no secure way to sign in.</source>
        <translation>El servidor no ofrece ninguna forma segura de iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="39"/>
        <source>Signing in failed.</source>
        <translation>No se pudo iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="13"/>
        <source>The server could not be found. Check the address and your connection.</source>
        <translation>No se encontró el servidor. Comprueba la dirección y tu conexión.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="15"/>
        <source>The server refused the connection.</source>
        <translation>El servidor rechazó la conexión.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="17"/>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="19"/>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="21"/>
        <source>The network is unreachable.</source>
        <translation>La red no está disponible.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="23"/>
        <source>A secure connection to the server could not be established.</source>
        <translation>No se pudo establecer una conexión segura con el servidor.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="25"/>
        <source>The connection failed.</source>
        <translation>La conexión falló.</translation>
    </message>
</context>
<context>
    <name>Natter::AccountSession</name>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="323"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="325"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="334"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="334"/>
        <source>Offline: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="345"/>
        <source>Enter your password.</source>
        <translation>Introduce tu contraseña.</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="347"/>
        <source>The port must be 1 to 65535.</source>
        <translation>El puerto debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="474"/>
        <source>Not connected: you did not trust the server&apos;s certificate.</source>
        <translation>Sin conexión: no confiaste en el certificado del servidor.</translation>
    </message>
</context>
<context>
    <name>Natter::AttachmentDraftModel</name>
    <message numerus="yes">
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="137"/>
        <source>Only %n files can be sent at once; send these first, then add the rest.</source>
        <translation>
            <numerusform>Solo se puede enviar %n archivo a la vez; envía este primero y luego añade el resto.</numerusform>
            <numerusform>Solo se pueden enviar %n archivos a la vez; envía estos primero y luego añade el resto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="226"/>
        <source>The pasted image could not be saved. Check that the disk has room.</source>
        <translation>No se pudo guardar la imagen pegada. Comprueba que haya espacio en el disco.</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="248"/>
        <source>Only files on this computer can be attached.</source>
        <translation>Solo se pueden adjuntar archivos de este ordenador.</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="252"/>
        <source>This file cannot be read. Check that it still exists and you may open it.</source>
        <translation>No se puede leer este archivo. Comprueba que aún existe y que tienes permiso para abrirlo.</translation>
    </message>
</context>
<context>
    <name>Natter::AudioPlayer</name>
    <message>
        <location filename="../../src/media/AudioPlayer.cpp" line="29"/>
        <source>This audio cannot be played: %1</source>
        <translation>No se puede reproducir este audio: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/AudioPlayer.cpp" line="61"/>
        <source>There is no sound output to play this on.</source>
        <translation>No hay ninguna salida de sonido para reproducirlo.</translation>
    </message>
    <message>
        <location filename="../../src/media/AudioPlayer.cpp" line="93"/>
        <source>This audio file cannot be read. It may be damaged or in a format this system does not play.</source>
        <translation>No se puede leer este archivo de audio. Puede estar dañado o en un formato que este sistema no reproduce.</translation>
    </message>
</context>
<context>
    <name>Natter::AvatarCache</name>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="102"/>
        <source>The avatar does not match its announced hash.</source>
        <translation>La foto de perfil no coincide con su hash anunciado.</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="106"/>
        <source>The avatar is too large (%1 bytes).</source>
        <translation>La foto de perfil es demasiado grande (%1 bytes).</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="122"/>
        <source>The avatar could not be saved: %1</source>
        <translation>No se pudo guardar la foto de perfil: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="136"/>
        <source>The file could not be opened: %1</source>
        <translation>No se pudo abrir el archivo: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="140"/>
        <source>The file is too large for a profile picture.</source>
        <translation>El archivo es demasiado grande para una foto de perfil.</translation>
    </message>
</context>
<context>
    <name>Natter::AvatarService</name>
    <message>
        <location filename="../../src/services/AvatarService.cpp" line="120"/>
        <source>Not connected. Try again when Natter is online.</source>
        <translation>Sin conexión. Vuelve a intentarlo cuando Natter esté en línea.</translation>
    </message>
</context>
<context>
    <name>Natter::ChatComposer</name>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="144"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="162"/>
        <source>This message can no longer be edited.</source>
        <translation>Este mensaje ya no se puede editar.</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="172"/>
        <source>Your history is not open yet; try again in a moment.</source>
        <translation>Tu historial aún no está abierto; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="215"/>
        <source>“%1” could not be sent.</source>
        <translation>No se pudo enviar «%1».</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="228"/>
        <source>This message could not be sent.</source>
        <translation>No se pudo enviar este mensaje.</translation>
    </message>
</context>
<context>
    <name>Natter::ChatTime</name>
    <message>
        <location filename="../../src/core/ChatTime.cpp" line="22"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../../src/core/ChatTime.cpp" line="60"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>Natter::ContactService</name>
    <message>
        <location filename="../../src/services/ContactService.cpp" line="52"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/services/ContactService.cpp" line="80"/>
        <source>Your picture could not be published: %1</source>
        <translation>No se pudo publicar tu foto: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/ContactService.cpp" line="260"/>
        <source>Not connected. Try again when Natter is online.</source>
        <translation>Sin conexión. Vuelve a intentarlo cuando Natter esté en línea.</translation>
    </message>
</context>
<context>
    <name>Natter::ConversationModel</name>
    <message>
        <location filename="../../src/models/ConversationModel.cpp" line="60"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
</context>
<context>
    <name>Natter::DBusNotifier</name>
    <message>
        <location filename="../../src/desktop/DBusNotifier.cpp" line="69"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>Natter::Database</name>
    <message>
        <location filename="../../src/storage/Database.cpp" line="84"/>
        <source>The history file %1 is damaged and could not be moved aside.</source>
        <translation>El archivo de historial %1 está dañado y no se pudo apartar.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="89"/>
        <source>Cannot open the history file %1: %2</source>
        <translation>No se puede abrir el archivo de historial %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="99"/>
        <source>The history file %1 is damaged and could not be replaced.</source>
        <translation>El archivo de historial %1 está dañado y no se pudo reemplazar.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="108"/>
        <source>This history was written by a newer version of Natter (schema %1; this version understands up to %2). Update Natter to open it.</source>
        <translation>Este historial lo escribió una versión más reciente de Natter (esquema %1; esta versión entiende hasta el %2). Actualiza Natter para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="132"/>
        <source>Cannot update the history file %1: %2</source>
        <translation>No se puede actualizar el archivo de historial %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="138"/>
        <source>The history file was damaged. It was moved to %1 and a new, empty history was started.</source>
        <translation>El archivo de historial estaba dañado. Se movió a %1 y se empezó un historial nuevo y vacío.</translation>
    </message>
</context>
<context>
    <name>Natter::Download</name>
    <message>
        <location filename="../../src/media/Download.cpp" line="69"/>
        <source>The file could not be saved: there are too many files named %1.</source>
        <translation>No se pudo guardar el archivo: hay demasiados archivos llamados %1.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="77"/>
        <location filename="../../src/media/Download.cpp" line="89"/>
        <location filename="../../src/media/Download.cpp" line="163"/>
        <location filename="../../src/media/Download.cpp" line="200"/>
        <location filename="../../src/media/Download.cpp" line="256"/>
        <location filename="../../src/media/Download.cpp" line="278"/>
        <source>The file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="183"/>
        <source>The file on the server is not the one that was sent (its size differs), so it was not downloaded.</source>
        <translation>El archivo del servidor no es el que se envió (su tamaño es distinto), así que no se descargó.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="197"/>
        <source>The file on the server is larger than announced, so it was not downloaded.</source>
        <translation>El archivo del servidor es más grande de lo anunciado, así que no se descargó.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="221"/>
        <source>The server sent an invalid redirect.</source>
        <translation>El servidor envió una redirección no válida.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="223"/>
        <source>The link redirects too often, so the file was not downloaded.</source>
        <translation>El enlace redirige demasiadas veces, así que el archivo no se descargó.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="259"/>
        <source>The file on the server is not the one that was sent (its size differs), so it was removed.</source>
        <translation>El archivo del servidor no es el que se envió (su tamaño es distinto), así que se eliminó.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="263"/>
        <source>The file on the server is not the one that was sent (its checksum differs), so it was removed.</source>
        <translation>El archivo del servidor no es el que se envió (su suma de comprobación es distinta), así que se eliminó.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="268"/>
        <source>The saved file is not the one that was sent (it changed on disk), so it was removed.</source>
        <translation>El archivo guardado no es el que se envió (cambió en el disco), así que se eliminó.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="271"/>
        <source>The file could not be saved: another program took the name %1.</source>
        <translation>No se pudo guardar el archivo: otro programa ocupó el nombre %1.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="294"/>
        <source>The file is no longer on the server (HTTP %1).</source>
        <translation>El archivo ya no está en el servidor (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="296"/>
        <source>The server refused the download (HTTP %1). Try again later.</source>
        <translation>El servidor rechazó la descarga (HTTP %1). Inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="300"/>
        <source>The download stalled and was stopped. Check your connection and try again.</source>
        <translation>La descarga se detuvo y se canceló. Comprueba tu conexión e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="302"/>
        <source>The server %1 could not be found.</source>
        <translation>No se encontró el servidor %1.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="304"/>
        <source>The server&apos;s certificate is not trusted, so the file was not downloaded.</source>
        <translation>El certificado del servidor no es de confianza, así que el archivo no se descargó.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="306"/>
        <source>The server sent an unexpected answer (HTTP %1).</source>
        <translation>El servidor envió una respuesta inesperada (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="308"/>
        <source>The server could not be reached (%1). Check your connection and try again.</source>
        <translation>No se pudo contactar con el servidor (%1). Comprueba tu conexión e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Natter::DownloadService</name>
    <message>
        <location filename="../../src/services/DownloadService.cpp" line="87"/>
        <source>The file is larger than Natter downloads (max 100 MB).</source>
        <translation>El archivo supera lo que Natter descarga (máx. 100 MB).</translation>
    </message>
</context>
<context>
    <name>Natter::EmojiModel</name>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="100"/>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="101"/>
        <source>Smileys &amp; people</source>
        <translation>Caras y personas</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="102"/>
        <source>Animals &amp; nature</source>
        <translation>Animales y naturaleza</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="103"/>
        <source>Food &amp; drink</source>
        <translation>Comida y bebida</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="104"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="105"/>
        <source>Travel &amp; places</source>
        <translation>Viajes y lugares</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="106"/>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="107"/>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="108"/>
        <source>Flags</source>
        <translation>Banderas</translation>
    </message>
</context>
<context>
    <name>Natter::FileUpload</name>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="33"/>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="41"/>
        <source>The file changed while it was being sent. Please send it again.</source>
        <translation>El archivo cambió mientras se enviaba. Vuelve a enviarlo.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="88"/>
        <source>The server refused the file as too large (HTTP 413).</source>
        <translation>El servidor rechazó el archivo por ser demasiado grande (HTTP 413).</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="90"/>
        <source>The server refused the upload (HTTP %1). Try again later.</source>
        <translation>El servidor rechazó la subida (HTTP %1). Inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="94"/>
        <source>The upload stalled and was stopped. Check your connection and try again.</source>
        <translation>La subida se detuvo y se canceló. Comprueba tu conexión e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="96"/>
        <source>The upload server&apos;s certificate is not trusted, so nothing was sent.</source>
        <translation>El certificado del servidor de subida no es de confianza, así que no se envió nada.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="98"/>
        <source>The upload server sent an unexpected answer (HTTP %1).</source>
        <translation>El servidor de subida envió una respuesta inesperada (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="100"/>
        <source>The upload server could not be reached (%1). Check your connection and try again.</source>
        <translation>No se pudo contactar con el servidor de subida (%1). Comprueba tu conexión e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Natter::ForwardTargets</name>
    <message>
        <location filename="../../src/models/actions/ForwardTargets.cpp" line="136"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../src/models/actions/ForwardTargets.cpp" line="136"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../src/models/actions/ForwardTargets.cpp" line="136"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/actions/ForwardTargets.cpp" line="167"/>
        <source>You can forward to at most %n chats at once.</source>
        <translation>
            <numerusform>Puedes reenviar a %n chat como máximo a la vez.</numerusform>
            <numerusform>Puedes reenviar a %n chats como máximo a la vez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Natter::Forwarding</name>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="35"/>
        <source>This file changed on disk since it was received; it can&apos;t be forwarded.</source>
        <translation>Este archivo ha cambiado en el disco desde que se recibió; no se puede reenviar.</translation>
    </message>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="88"/>
        <source>Choose a chat to forward the message to.</source>
        <translation>Elige un chat al que reenviar el mensaje.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/services/actions/Forwarding.cpp" line="91"/>
        <source>A message can be forwarded to at most %n chats at once.</source>
        <translation>
            <numerusform>Un mensaje se puede reenviar a %n chat como máximo a la vez.</numerusform>
            <numerusform>Un mensaje se puede reenviar a %n chats como máximo a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="97"/>
        <source>This message can&apos;t be forwarded.</source>
        <translation>Este mensaje no se puede reenviar.</translation>
    </message>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="106"/>
        <source>Choose a message to forward.</source>
        <translation>Elige un mensaje para reenviar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/services/actions/Forwarding.cpp" line="109"/>
        <source>At most %n messages can be forwarded at once.</source>
        <translation>
            <numerusform>Se puede reenviar %n mensaje como máximo a la vez.</numerusform>
            <numerusform>Se pueden reenviar %n mensajes como máximo a la vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/services/actions/Forwarding.cpp" line="151"/>
        <source>The message could not be forwarded to %n of the chats.</source>
        <translation>
            <numerusform>No se pudo reenviar el mensaje a %n de los chats.</numerusform>
            <numerusform>No se pudo reenviar el mensaje a %n de los chats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Natter::GeoUri</name>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="93"/>
        <source>The location link is too long.</source>
        <translation>El enlace de la ubicación es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="95"/>
        <source>This is not a geo: location.</source>
        <translation>Esto no es una ubicación geo:.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="97"/>
        <source>The location link contains characters a link cannot hold.</source>
        <translation>El enlace de la ubicación contiene caracteres que un enlace no puede incluir.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="105"/>
        <source>The location&apos;s coordinates are not numbers in degrees.</source>
        <translation>Las coordenadas de la ubicación no son números en grados.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="111"/>
        <source>The location link has too many parameters.</source>
        <translation>El enlace de la ubicación tiene demasiados parámetros.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="119"/>
        <source>The location uses a coordinate system other than WGS-84.</source>
        <translation>La ubicación usa un sistema de coordenadas distinto de WGS-84.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="123"/>
        <source>The location&apos;s uncertainty is not a distance in metres.</source>
        <translation>La incertidumbre de la ubicación no es una distancia en metros.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="126"/>
        <source>The location link contains an invalid parameter.</source>
        <translation>El enlace de la ubicación contiene un parámetro no válido.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="138"/>
        <source>The location link contains an invalid %-escape.</source>
        <translation>El enlace de la ubicación contiene una secuencia de escape % no válida.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="143"/>
        <source>The location&apos;s name is too long.</source>
        <translation>El nombre de la ubicación es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="154"/>
        <location filename="../../src/core/GeoUri.cpp" line="188"/>
        <source>The location&apos;s latitude or longitude is out of range.</source>
        <translation>La latitud o la longitud de la ubicación está fuera de rango.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="163"/>
        <source>Paste a geo: link, a map link or two numbers such as 52.52, 13.405.</source>
        <translation>Pega un enlace geo:, un enlace de mapa o dos números como 52.52, 13.405.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="211"/>
        <source>The latitude is a number from -90 to 90.</source>
        <translation>La latitud es un número de -90 a 90.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="213"/>
        <source>The longitude is a number from -180 to 180.</source>
        <translation>La longitud es un número de -180 a 180.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="225"/>
        <source>The name is longer than %1 characters.</source>
        <translation>El nombre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="235"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="235"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="236"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="236"/>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="237"/>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
</context>
<context>
    <name>Natter::GroupAdmin</name>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="28"/>
        <source>You are not in this group any more.</source>
        <translation>Ya no estás en este grupo.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="174"/>
        <source>That is not an address. It looks like name@example.org.</source>
        <translation>Esa no es una dirección. Tiene la forma nombre@example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="213"/>
        <source>This participant&apos;s address is hidden, so they cannot be changed.</source>
        <translation>La dirección de este participante está oculta, así que no se puede cambiar su rol.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="232"/>
        <source>Give the group a name.</source>
        <translation>Ponle un nombre al grupo.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="246"/>
        <source>Replaced by a newer description.</source>
        <translation>Sustituida por una descripción más reciente.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="254"/>
        <source>The group did not answer. Try again later.</source>
        <translation>El grupo no respondió. Inténtalo de nuevo más tarde.</translation>
    </message>
</context>
<context>
    <name>Natter::GroupDetails</name>
    <message numerus="yes">
        <location filename="../../src/models/groups/GroupDetails.cpp" line="109"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="114"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="115"/>
        <source>, </source>
        <comment>between the names of a group&apos;s participants</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="148"/>
        <source>You left this group.</source>
        <translation>Saliste de este grupo.</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="151"/>
        <source>You were removed from this group.</source>
        <translation>Te quitaron de este grupo.</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="153"/>
        <source>You were banned from this group.</source>
        <translation>Te vetaron de este grupo.</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="155"/>
        <source>This group was deleted.</source>
        <translation>Este grupo se eliminó.</translation>
    </message>
</context>
<context>
    <name>Natter::GroupPrivateMessaging</name>
    <message>
        <location filename="../../src/services/groups/GroupPrivateMessaging.cpp" line="36"/>
        <source>The group refused the message.</source>
        <translation>El grupo rechazó el mensaje.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupPrivateMessaging.cpp" line="75"/>
        <source>You are no longer in %1.</source>
        <translation>Ya no estás en %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupPrivateMessaging.cpp" line="82"/>
        <source>%1 is no longer in %2.</source>
        <translation>%1 ya no está en %2.</translation>
    </message>
</context>
<context>
    <name>Natter::GroupService</name>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="214"/>
        <source>Give the group a name.</source>
        <translation>Ponle un nombre al grupo.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="216"/>
        <source>You are offline. Groups can be created once Natter is connected.</source>
        <translation>No tienes conexión. Podrás crear grupos cuando Natter esté conectado.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="232"/>
        <source>Your server does not offer groups.</source>
        <translation>Tu servidor no ofrece grupos.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="239"/>
        <source>The server gave no new group. Try again.</source>
        <translation>El servidor no creó un grupo nuevo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="244"/>
        <source>The server did not accept the group&apos;s settings.</source>
        <translation>El servidor no aceptó la configuración del grupo.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="280"/>
        <source>That is not a group address. It looks like name@groups.example.org.</source>
        <translation>Esa no es una dirección de grupo. Tiene la forma nombre@groups.example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="286"/>
        <source>You are offline. Groups can be joined once Natter is connected.</source>
        <translation>No tienes conexión. Podrás unirte a grupos cuando Natter esté conectado.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="323"/>
        <source>The group could not be saved in your history.</source>
        <translation>No se pudo guardar el grupo en tu historial.</translation>
    </message>
</context>
<context>
    <name>Natter::HistoryService</name>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="40"/>
        <source>The disk is full. Free some space on it: until then, new messages wait in memory, and they are saved as soon as there is room.</source>
        <translation>El disco está lleno. Libera espacio: mientras tanto, los mensajes nuevos esperan en memoria y se guardan en cuanto haya sitio.</translation>
    </message>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="43"/>
        <source>The message history file is damaged. Restart Natter to repair it; the damaged file is kept.</source>
        <translation>El archivo del historial de mensajes está dañado. Reinicia Natter para repararlo; el archivo dañado se conserva.</translation>
    </message>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="46"/>
        <source>Saving history failed: %1</source>
        <translation>No se pudo guardar el historial: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="59"/>
        <source>Your message history could not be read, so Natter started a new one. The damaged file was kept as %1.</source>
        <translation>No se pudo leer tu historial de mensajes, así que Natter empezó uno nuevo. El archivo dañado se guardó como %1.</translation>
    </message>
</context>
<context>
    <name>Natter::ImageDecoder</name>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="32"/>
        <source>The image says it is %1 × %2 pixels, more than Natter opens. Save it and open it with another program if you trust it.</source>
        <translation>La imagen dice medir %1 × %2 píxeles, más de lo que Natter abre. Guárdala y ábrela con otro programa si confías en ella.</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="77"/>
        <location filename="../../src/media/ImageDecoder.cpp" line="132"/>
        <source>The file could not be opened: %1</source>
        <translation>No se pudo abrir el archivo: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="96"/>
        <source>The preview image is larger than a preview may be.</source>
        <translation>La vista previa es más grande de lo permitido.</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="101"/>
        <location filename="../../src/media/ImageDecoder.cpp" line="106"/>
        <source>This file is not an image Natter can show.</source>
        <translation>Este archivo no es una imagen que Natter pueda mostrar.</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="162"/>
        <source>The image could not be read: %1</source>
        <translation>No se pudo leer la imagen: %1</translation>
    </message>
</context>
<context>
    <name>Natter::InvitationModel</name>
    <message>
        <location filename="../../src/models/groups/InvitationModel.cpp" line="59"/>
        <source>%1 invited you to %2</source>
        <translation>%1 te invitó a %2</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/InvitationModel.cpp" line="60"/>
        <source>Someone you don&apos;t know (%1) invited you to %2</source>
        <translation>Alguien que no conoces (%1) te invitó a %2</translation>
    </message>
</context>
<context>
    <name>Natter::Jid</name>
    <message>
        <location filename="../../src/core/Jid.cpp" line="49"/>
        <source>Enter an address like name@example.org.</source>
        <translation>Introduce una dirección como nombre@example.org.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="58"/>
        <source>The part after &apos;/&apos; is empty.</source>
        <translation>La parte después de «/» está vacía.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="65"/>
        <source>The name before &apos;@&apos; is empty.</source>
        <translation>El nombre antes de «@» está vacío.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="67"/>
        <source>The name before &apos;@&apos; contains a character that is not allowed.</source>
        <translation>El nombre antes de «@» contiene un carácter no permitido.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="71"/>
        <source>&apos;%1&apos; is not a valid server name.</source>
        <translation>«%1» no es un nombre de servidor válido.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="74"/>
        <source>The address is too long.</source>
        <translation>La dirección es demasiado larga.</translation>
    </message>
</context>
<context>
    <name>Natter::LastSeenFormatter</name>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="36"/>
        <source>typing…</source>
        <translation>escribiendo…</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="38"/>
        <source>online</source>
        <translation>en línea</translation>
    </message>
</context>
<context>
    <name>Natter::MediaProbe</name>
    <message>
        <location filename="../../src/media/MediaProbe.cpp" line="31"/>
        <location filename="../../src/media/MediaProbe.cpp" line="86"/>
        <source>Cannot read this media file. It may be damaged or in a format this system does not know.</source>
        <translation>No se puede leer este archivo multimedia. Puede estar dañado o en un formato que este sistema no conoce.</translation>
    </message>
    <message>
        <location filename="../../src/media/MediaProbe.cpp" line="42"/>
        <source>Cannot read this media file: it did not open in time.</source>
        <translation>No se puede leer este archivo multimedia: no se abrió a tiempo.</translation>
    </message>
    <message>
        <location filename="../../src/media/MediaProbe.cpp" line="52"/>
        <source>Cannot read this media file: it is missing, empty or not readable.</source>
        <translation>No se puede leer este archivo multimedia: falta, está vacío o no se puede leer.</translation>
    </message>
</context>
<context>
    <name>Natter::MediaService</name>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="37"/>
        <source>Your server does not accept files (it offers no HTTP upload).</source>
        <translation>Tu servidor no acepta archivos (no ofrece subida HTTP).</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="90"/>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="92"/>
        <source>The file is empty, so there is nothing to send.</source>
        <translation>El archivo está vacío, así que no hay nada que enviar.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="247"/>
        <location filename="../../src/services/MediaService.cpp" line="321"/>
        <source>The upload was cancelled.</source>
        <translation>La subida se canceló.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="331"/>
        <location filename="../../src/services/MediaService.cpp" line="358"/>
        <source>The file is not downloaded yet.</source>
        <translation>El archivo aún no se ha descargado.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="338"/>
        <source>The file could not be saved there.</source>
        <translation>No se pudo guardar el archivo ahí.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="367"/>
        <source>No application on this computer opens this file.</source>
        <translation>Ninguna aplicación de este ordenador abre este archivo.</translation>
    </message>
</context>
<context>
    <name>Natter::MessageCard</name>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="75"/>
        <source>📍 Location</source>
        <translation>📍 Ubicación</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="76"/>
        <source>📍 Location: %1</source>
        <translation>📍 Ubicación: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="78"/>
        <source>👤 Contact: %1</source>
        <translation>👤 Contacto: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="96"/>
        <source>Location: %1</source>
        <translation>Ubicación: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="97"/>
        <source>Location: %1, %2</source>
        <translation>Ubicación: %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="99"/>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="100"/>
        <source>Contact: %1, %2</source>
        <translation>Contacto: %1, %2</translation>
    </message>
</context>
<context>
    <name>Natter::MessageInfoModel</name>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="122"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="216"/>
        <source>Not sent yet</source>
        <translation>Aún no enviado</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="218"/>
        <source>Sent, not delivered yet</source>
        <translation>Enviado, aún no entregado</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="220"/>
        <source>Delivered, not read yet</source>
        <translation>Entregado, aún no leído</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="222"/>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="224"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="225"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="241"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Leído por %n persona</numerusform>
            <numerusform>Leído por %n personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="242"/>
        <source>Read by %1 of %2</source>
        <translation>Leído por %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="277"/>
        <source>Read by</source>
        <translation>Leído por</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="277"/>
        <source>Not read yet</source>
        <translation>Aún no leído</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="279"/>
        <source>%1, not read yet</source>
        <translation>%1, aún no leído</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="280"/>
        <source>%1, read %2</source>
        <translation>%1, leído %2</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="304"/>
        <source>%1 %2</source>
        <comment>a day, then a time: Today 14:32</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="314"/>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="316"/>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="318"/>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
</context>
<context>
    <name>Natter::MessageSync</name>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="72"/>
        <source>The recipient cannot receive messages.</source>
        <translation>El destinatario no puede recibir mensajes.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="74"/>
        <source>This address does not exist.</source>
        <translation>Esta dirección no existe.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="77"/>
        <source>The recipient&apos;s server cannot be reached.</source>
        <translation>No se puede contactar con el servidor del destinatario.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="80"/>
        <source>The server refused the message.</source>
        <translation>El servidor rechazó el mensaje.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="82"/>
        <source>The message could not be delivered.</source>
        <translation>No se pudo entregar el mensaje.</translation>
    </message>
</context>
<context>
    <name>Natter::MucSync</name>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="59"/>
        <source>This group needs a password.</source>
        <translation>Este grupo necesita una contraseña.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="61"/>
        <source>Someone in this group already uses that nickname. Choose another.</source>
        <translation>Alguien en este grupo ya usa ese apodo. Elige otro.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="63"/>
        <source>Only members can enter this group. Ask an admin to add you.</source>
        <translation>Solo los miembros pueden entrar en este grupo. Pide a un administrador que te añada.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="65"/>
        <source>You are banned from this group.</source>
        <translation>Estás vetado en este grupo.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="67"/>
        <source>This group does not exist.</source>
        <translation>Este grupo no existe.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="69"/>
        <source>This group is full.</source>
        <translation>Este grupo está lleno.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="71"/>
        <source>The group&apos;s server cannot be reached.</source>
        <translation>No se puede contactar con el servidor del grupo.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="73"/>
        <source>The group did not answer. Try again later.</source>
        <translation>El grupo no respondió. Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="75"/>
        <source>The group refused to let you in.</source>
        <translation>El grupo no te dejó entrar.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="396"/>
        <source>Only the group&apos;s admins can change its description.</source>
        <translation>Solo los administradores del grupo pueden cambiar su descripción.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="397"/>
        <source>The group did not accept the new description.</source>
        <translation>El grupo no aceptó la nueva descripción.</translation>
    </message>
</context>
<context>
    <name>Natter::NickService</name>
    <message>
        <location filename="../../src/services/NickService.cpp" line="123"/>
        <source>Your name could not be shared: your server does not support profile names.</source>
        <translation>No se pudo compartir tu nombre: tu servidor no admite nombres de perfil.</translation>
    </message>
    <message>
        <location filename="../../src/services/NickService.cpp" line="124"/>
        <source>Your name could not be shared: %1</source>
        <translation>No se pudo compartir tu nombre: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/NickService.cpp" line="125"/>
        <source>the server refused it.</source>
        <translation>el servidor lo rechazó.</translation>
    </message>
</context>
<context>
    <name>Natter::NotificationService</name>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="45"/>
        <source>📷 Photo</source>
        <translation>📷 Foto</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="47"/>
        <source>🎥 Video</source>
        <translation>🎥 Vídeo</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="50"/>
        <source>🎵 %1</source>
        <translation>🎵 %1</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="50"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="51"/>
        <source>🎤 Voice message (%1)</source>
        <translation>🎤 Mensaje de voz (%1)</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="52"/>
        <source>🎤 Voice message</source>
        <translation>🎤 Mensaje de voz</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="56"/>
        <source>📄 %1</source>
        <translation>📄 %1</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="56"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="125"/>
        <source>%1 new messages</source>
        <translation>%1 mensajes nuevos</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="127"/>
        <source>Natter</source>
        <translation>Natter</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="129"/>
        <source>%1 new messages in %2 chats</source>
        <translation>%1 mensajes nuevos en %2 chats</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="157"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="158"/>
        <source>New message</source>
        <translation>Nuevo mensaje</translation>
    </message>
</context>
<context>
    <name>Natter::OutgoingFile</name>
    <message>
        <location filename="../../src/media/OutgoingFile.cpp" line="31"/>
        <location filename="../../src/media/OutgoingFile.cpp" line="66"/>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingFile.cpp" line="37"/>
        <source>There is no room for the file in Natter&apos;s media folder.</source>
        <translation>No hay espacio para el archivo en la carpeta de archivos de Natter.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingFile.cpp" line="57"/>
        <source>The file could not be copied into Natter&apos;s media folder.</source>
        <translation>No se pudo copiar el archivo a la carpeta de archivos de Natter.</translation>
    </message>
</context>
<context>
    <name>Natter::OutgoingImage</name>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="52"/>
        <source>The picture is too large to send.</source>
        <translation>La imagen es demasiado grande para enviarla.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="53"/>
        <source>The picture could not be opened: %1</source>
        <translation>No se pudo abrir la imagen: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="90"/>
        <source>The picture could not be compressed.</source>
        <translation>No se pudo comprimir la imagen.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="106"/>
        <source>The picture could not be saved for sending: %1</source>
        <translation>No se pudo guardar la imagen para enviarla: %1</translation>
    </message>
</context>
<context>
    <name>Natter::ParticipantModel</name>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="144"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="186"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="188"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="190"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="226"/>
        <source>You cannot do that in this group.</source>
        <translation>No puedes hacer eso en este grupo.</translation>
    </message>
</context>
<context>
    <name>Natter::PrivatePeer</name>
    <message>
        <location filename="../../src/core/PrivatePeer.cpp" line="44"/>
        <source>%1 (%2)</source>
        <comment>a private message&apos;s title: the nickname, then the group it came through</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Natter::ProfileLock</name>
    <message>
        <location filename="../../src/storage/ProfileLock.cpp" line="30"/>
        <source>Another Natter (process %1 on %2) is using this profile. Close it first, or start Natter with a different profile.</source>
        <translation>Otro Natter (proceso %1 en %2) está usando este perfil. Ciérralo primero o inicia Natter con otro perfil.</translation>
    </message>
    <message>
        <location filename="../../src/storage/ProfileLock.cpp" line="39"/>
        <source>Cannot write the lock file %1.</source>
        <translation>No se puede escribir el archivo de bloqueo %1.</translation>
    </message>
</context>
<context>
    <name>Natter::RegistrationService</name>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="85"/>
        <source>Asking %1 what it needs…</source>
        <translation>Preguntando a %1 qué necesita…</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="87"/>
        <source>Creating your account…</source>
        <translation>Creando tu cuenta…</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="89"/>
        <source>Account created. Signing in…</source>
        <translation>Cuenta creada. Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="91"/>
        <source>Your account %1 is ready.</source>
        <translation>Tu cuenta %1 está lista.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="106"/>
        <source>Enter the server&apos;s name, such as example.org.</source>
        <translation>Introduce el nombre del servidor, como example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="111"/>
        <source>Enter only the server&apos;s name, such as example.org.</source>
        <translation>Introduce solo el nombre del servidor, como example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="115"/>
        <source>The port must be 1 to 65535.</source>
        <translation>El puerto debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="145"/>
        <source>The server did not say what it needs to create an account.</source>
        <translation>El servidor no indicó qué necesita para crear una cuenta.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="207"/>
        <source>Issued to: %1
Issued by: %2
Valid until: %3
SHA-256: %4</source>
        <translation>Emitido para: %1
Emitido por: %2
Válido hasta: %3
SHA-256: %4</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="234"/>
        <source>Natter cannot fill in “%1”, which this server requires.</source>
        <translation>Natter no puede rellenar «%1», que este servidor exige.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="238"/>
        <source>Fill in: %1.</source>
        <translation>Rellena: %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="242"/>
        <source>Enter only the name, without “@” or the server.</source>
        <translation>Introduce solo el nombre, sin «@» ni el servidor.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="282"/>
        <source>Your account %1 was created, but signing in failed: %2</source>
        <translation>Tu cuenta %1 se creó, pero no se pudo iniciar sesión: %2</translation>
    </message>
</context>
<context>
    <name>Natter::RegistrationSync</name>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="229"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>El certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="239"/>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="288"/>
        <source>That name is taken.</source>
        <translation>Ese nombre ya está en uso.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="290"/>
        <source>This server does not allow creating accounts here.</source>
        <translation>Este servidor no permite crear cuentas aquí.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="292"/>
        <source>Some fields are missing or invalid.</source>
        <translation>Faltan algunos campos o no son válidos.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="294"/>
        <source>The server does not accept another new account from here right now. Try again later.</source>
        <translation>El servidor no acepta otra cuenta nueva desde aquí por ahora. Inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="297"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>El certificado del servidor no es de confianza.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="299"/>
        <source>The server could not be reached.</source>
        <translation>No se pudo contactar con el servidor.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="303"/>
        <source>The server refused to create the account.</source>
        <translation>El servidor se negó a crear la cuenta.</translation>
    </message>
</context>
<context>
    <name>Natter::ReplyQuotes</name>
    <message>
        <location filename="../../src/models/actions/ReplyQuotes.cpp" line="65"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
</context>
<context>
    <name>Natter::Session</name>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="91"/>
        <source>The connection was lost.</source>
        <translation>Se perdió la conexión.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="219"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>El certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="253"/>
        <source>The server stopped answering.</source>
        <translation>El servidor dejó de responder.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="256"/>
        <source>This account was signed in from another place with the same device name.</source>
        <translation>Se inició sesión en esta cuenta desde otro lugar con el mismo nombre de dispositivo.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="259"/>
        <source>The server ended the session.</source>
        <translation>El servidor cerró la sesión.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="262"/>
        <source>The connection failed.</source>
        <translation>La conexión falló.</translation>
    </message>
</context>
<context>
    <name>Natter::TrayIcon</name>
    <message>
        <location filename="../../src/desktop/TrayIcon.cpp" line="58"/>
        <source>Open Natter</source>
        <translation>Abrir Natter</translation>
    </message>
    <message>
        <location filename="../../src/desktop/TrayIcon.cpp" line="62"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/desktop/TrayIcon.cpp" line="109"/>
        <source>Natter — %n unread message(s)</source>
        <translation>
            <numerusform>Natter — %n mensaje sin leer</numerusform>
            <numerusform>Natter — %n mensajes sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Natter::UploadSync</name>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="99"/>
        <source>The file is larger than the server accepts (max %1).</source>
        <translation>El archivo supera lo que acepta el servidor (máx. %1).</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="100"/>
        <source>The file is larger than Natter sends (max %1).</source>
        <translation>El archivo supera lo que Natter envía (máx. %1).</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="200"/>
        <source>Your server does not offer file uploads right now. Try again once you are connected.</source>
        <translation>Tu servidor no ofrece subida de archivos ahora mismo. Inténtalo de nuevo cuando estés conectado.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="205"/>
        <source>The file is empty, so there is nothing to send.</source>
        <translation>El archivo está vacío, así que no hay nada que enviar.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="222"/>
        <source>The server refused the file as too large.</source>
        <translation>El servidor rechazó el archivo por ser demasiado grande.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="224"/>
        <source>Your storage on the server is full. Try again later.</source>
        <translation>Tu espacio en el servidor está lleno. Inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="227"/>
        <source>Your server does not allow you to send files.</source>
        <translation>Tu servidor no te permite enviar archivos.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="229"/>
        <source>The server could not take the file (%1). Try again later.</source>
        <translation>El servidor no pudo aceptar el archivo (%1). Inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="245"/>
        <source>The server offered an unencrypted or invalid upload address, so the file was not sent.</source>
        <translation>El servidor ofreció una dirección de subida sin cifrar o no válida, así que el archivo no se envió.</translation>
    </message>
</context>
<context>
    <name>Natter::VoiceRecorder</name>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="76"/>
        <source>No microphone was found. Connect one, or allow Natter to use it in your system&apos;s settings, then try again.</source>
        <translation>No se encontró ningún micrófono. Conecta uno o permite que Natter lo use en los ajustes del sistema y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="81"/>
        <source>This system cannot record voice notes: no AAC audio encoder is available.</source>
        <translation>Este sistema no puede grabar mensajes de voz: no hay ningún codificador de audio AAC.</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="86"/>
        <source>Cannot save the voice note in %1. Check that the folder is writable.</source>
        <translation>No se puede guardar el mensaje de voz en %1. Comprueba que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="149"/>
        <source>Recording stopped because of an error: %1</source>
        <translation>La grabación se detuvo por un error: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="173"/>
        <source>Nothing was recorded. Check that the microphone is connected and not muted, then try again.</source>
        <translation>No se grabó nada. Comprueba que el micrófono esté conectado y no silenciado, y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Natter::XmppUri</name>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="50"/>
        <source>The link contains an invalid %-escape.</source>
        <translation>El enlace contiene un escape % no válido.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="54"/>
        <source>The link is empty.</source>
        <translation>El enlace está vacío.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="56"/>
        <source>&apos;%1&apos; is not an xmpp: link.</source>
        <translation>«%1» no es un enlace xmpp:.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="58"/>
        <source>The link contains spaces or control characters.</source>
        <translation>El enlace contiene espacios o caracteres de control.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="70"/>
        <source>The link names an account but no contact or group to open.</source>
        <translation>El enlace indica una cuenta, pero ningún contacto ni grupo que abrir.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="77"/>
        <source>The account in the link is not valid: %1</source>
        <translation>La cuenta del enlace no es válida: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="82"/>
        <source>The link contains no address.</source>
        <translation>El enlace no contiene ninguna dirección.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="89"/>
        <source>The address in the link is not valid: %1</source>
        <translation>La dirección del enlace no es válida: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="96"/>
        <source>The link has parameters but no action.</source>
        <translation>El enlace tiene parámetros, pero ninguna acción.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="101"/>
        <source>&apos;%1&apos; is not a valid action.</source>
        <translation>«%1» no es una acción válida.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="106"/>
        <source>The parameter &apos;%1&apos; is not of the form key=value.</source>
        <translation>El parámetro «%1» no tiene la forma clave=valor.</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="19"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="41"/>
        <location filename="../../ui/components/NewChatDialog.qml" line="42"/>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="52"/>
        <location filename="../../ui/components/NewChatDialog.qml" line="53"/>
        <source>Join a group</source>
        <translation>Unirse a un grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="67"/>
        <source>Name or address, e.g. alice@example.org</source>
        <translation>Nombre o dirección, p. ej. alice@example.org</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="68"/>
        <source>Name or address to chat with</source>
        <translation>Nombre o dirección con quien chatear</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="76"/>
        <source>Chat</source>
        <translation>Chatear</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="92"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="33"/>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="83"/>
        <source>Add a group picture</source>
        <translation>Añadir una foto del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="84"/>
        <source>Change the group picture</source>
        <translation>Cambiar la foto del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="99"/>
        <location filename="../../ui/components/NewGroupDialog.qml" line="100"/>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="113"/>
        <source>Add people: name or address</source>
        <translation>Añadir personas: nombre o dirección</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="114"/>
        <source>Name or address of someone to add</source>
        <translation>Nombre o dirección de alguien para añadir</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="123"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="124"/>
        <source>Add %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="145"/>
        <source>Remove %1</source>
        <translation>Quitar a %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="154"/>
        <source>Contacts to add</source>
        <translation>Contactos para añadir</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="223"/>
        <source>Creating the group…</source>
        <translation>Creando el grupo…</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="244"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="251"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
<context>
    <name>OpenFileConfirmDialog</name>
    <message>
        <location filename="../../ui/components/OpenFileConfirmDialog.qml" line="32"/>
        <source>Open this program?</source>
        <translation>¿Abrir este programa?</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="33"/>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="59"/>
        <source>in the group now</source>
        <translation>en el grupo ahora</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="33"/>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="59"/>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="87"/>
        <source>Actions for %1</source>
        <translation>Acciones para %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="96"/>
        <source>Make group admin</source>
        <translation>Designar como administrador del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="103"/>
        <source>Dismiss as admin</source>
        <translation>Quitar como administrador</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="110"/>
        <source>Remove %1…</source>
        <translation>Quitar a %1…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="117"/>
        <source>Ban %1…</source>
        <translation>Vetar a %1…</translation>
    </message>
</context>
<context>
    <name>PictureFileDialog</name>
    <message>
        <location filename="../../ui/components/PictureFileDialog.qml" line="6"/>
        <source>Choose the group&apos;s picture</source>
        <translation>Elige la foto del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/PictureFileDialog.qml" line="8"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
</context>
<context>
    <name>ProfilePaths</name>
    <message>
        <location filename="../../src/core/ProfilePaths.cpp" line="40"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>No se puede crear la carpeta de perfil %1.</translation>
    </message>
</context>
<context>
    <name>ReactionBar</name>
    <message>
        <location filename="../../ui/components/ReactionBar.qml" line="40"/>
        <source>React with %1</source>
        <translation>Reaccionar con %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReactionBar.qml" line="51"/>
        <location filename="../../ui/components/ReactionBar.qml" line="53"/>
        <source>More reactions</source>
        <translation>Más reacciones</translation>
    </message>
</context>
<context>
    <name>ReactionRoles</name>
    <message>
        <location filename="../../src/models/actions/ReactionRoles.cpp" line="66"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/actions/ReactionRoles.cpp" line="101"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReactionStrip</name>
    <message>
        <location filename="../../ui/components/ReactionStrip.qml" line="33"/>
        <source>Yours; press to take it back</source>
        <translation>Tuya; pulsa para retirarla</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReactionStrip.qml" line="33"/>
        <source>Press to react the same</source>
        <translation>Pulsa para reaccionar igual</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="54"/>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="60"/>
        <source>Pick an XMPP server, then fill in what it asks for.</source>
        <translation>Elige un servidor XMPP y rellena lo que te pida.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="70"/>
        <source>Server, such as example.org</source>
        <translation>Servidor, como example.org</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="75"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="82"/>
        <source>Advanced settings</source>
        <translation>Ajustes avanzados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="93"/>
        <source>Server host (optional)</source>
        <translation>Host del servidor (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="96"/>
        <source>Server host</source>
        <translation>Host del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="100"/>
        <location filename="../../ui/pages/RegisterPage.qml" line="104"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="108"/>
        <source>Direct TLS instead of STARTTLS</source>
        <translation>TLS directo en lugar de STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="121"/>
        <source>Natter cannot verify this server&apos;s certificate. Trust it only if you know it is the server&apos;s own:</source>
        <translation>Natter no puede verificar el certificado de este servidor. Confía en él solo si sabes que es el del propio servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="135"/>
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="166"/>
        <source>Sign-up website</source>
        <translation>Sitio web de registro</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="199"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="211"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="213"/>
        <source>Back to sign in</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="222"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="232"/>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
</context>
<context>
    <name>RegistrationField</name>
    <message>
        <location filename="../../ui/components/RegistrationField.qml" line="24"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../../ui/components/RegistrationField.qml" line="71"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>RegistrationFormModel</name>
    <message>
        <location filename="../../src/models/RegistrationFormModel.cpp" line="163"/>
        <source>This server creates accounts on a website, but its address is not a secure https one, so Natter does not open it: %1</source>
        <translation>Este servidor crea cuentas en un sitio web, pero su dirección no es https segura, así que Natter no la abre: %1</translation>
    </message>
    <message>
        <location filename="../../src/models/RegistrationFormModel.cpp" line="167"/>
        <source>This server creates accounts on its website: %1</source>
        <translation>Este servidor crea cuentas en su sitio web: %1</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <location filename="../../src/services/actions/Replies.cpp" line="52"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>ReplyQuote</name>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="22"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="22"/>
        <source>This message was deleted</source>
        <translation>Se eliminó este mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="22"/>
        <source>Original message not found</source>
        <translation>No se encontró el mensaje original</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="33"/>
        <source>Reply to %1: %2</source>
        <translation>Respuesta a %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="33"/>
        <source>Reply: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
</context>
<context>
    <name>RetractCodec</name>
    <message>
        <location filename="../../src/xmpp/actions/RetractCodec.cpp" line="92"/>
        <source>This person deleted a message, but your app does not support message deletion.</source>
        <translation>Esta persona eliminó un mensaje, pero tu aplicación no admite la eliminación de mensajes.</translation>
    </message>
</context>
<context>
    <name>RoomAdminSync</name>
    <message>
        <location filename="../../src/xmpp/muc/RoomAdminSync.cpp" line="103"/>
        <source>The group&apos;s server does not offer that.</source>
        <translation>El servidor del grupo no ofrece eso.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/RoomAdminSync.cpp" line="125"/>
        <source>That picture is too large for a group.</source>
        <translation>Esa imagen es demasiado grande para un grupo.</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <location filename="../../ui/components/SaveFileDialog.qml" line="22"/>
        <source>Save “%1”</source>
        <translation>Guardar «%1»</translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../../ui/components/SearchHitDelegate.qml" line="46"/>
        <source>You: </source>
        <translation>Tú: </translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="34"/>
        <source>Cancel selection</source>
        <translation>Cancelar selección</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/SelectionBar.qml" line="41"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="47"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="50"/>
        <source>Copy the selected messages</source>
        <translation>Copiar los mensajes seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="59"/>
        <source>Star or unstar the selected messages</source>
        <translation>Destacar o dejar de destacar los mensajes seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="65"/>
        <source>Forward</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="68"/>
        <source>Forward the selected messages</source>
        <translation>Reenviar los mensajes seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="74"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="77"/>
        <source>Delete the selected messages</source>
        <translation>Eliminar los mensajes seleccionados</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="43"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="46"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="76"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="96"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="100"/>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="120"/>
        <source>Your contacts see this name unless they gave you one themselves.</source>
        <translation>Tus contactos ven este nombre, salvo que te hayan puesto otro.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="130"/>
        <source>Change picture…</source>
        <translation>Cambiar foto…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="138"/>
        <source>Sign out…</source>
        <translation>Cerrar sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="153"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="157"/>
        <source>Read receipts</source>
        <translation>Confirmaciones de lectura</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="163"/>
        <source>Share my last seen</source>
        <translation>Compartir mi última vez</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="168"/>
        <source>Blocked contacts</source>
        <translation>Contactos bloqueados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="178"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="182"/>
        <source>Show notifications</source>
        <translation>Mostrar notificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="188"/>
        <source>Show message text in notifications</source>
        <translation>Mostrar el texto del mensaje en las notificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="195"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="201"/>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="209"/>
        <source>Download images automatically up to</source>
        <translation>Descargar imágenes automáticamente hasta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="219"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="219"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="221"/>
        <source>Largest image to download automatically, in megabytes</source>
        <translation>Tamaño máximo de las imágenes descargadas automáticamente, en megabytes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="225"/>
        <source>Images from your contacts up to this size download by themselves. Videos, voice notes, audio and documents download only when you click them.</source>
        <translation>Las imágenes de tus contactos de hasta este tamaño se descargan solas. Los vídeos, mensajes de voz, audios y documentos se descargan solo al hacer clic en ellos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="233"/>
        <source>Send images compressed by default</source>
        <translation>Enviar imágenes comprimidas por defecto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="238"/>
        <source>Off sends the original photo, without its location data.</source>
        <translation>Desactivado envía la foto original, sin sus datos de ubicación.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="246"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="253"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="260"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="267"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="277"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="286"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="307"/>
        <source>Choose your picture</source>
        <translation>Elige tu foto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="308"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ShareContactDialog</name>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="19"/>
        <source>Share a contact</source>
        <translation>Compartir un contacto</translation>
    </message>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="36"/>
        <location filename="../../ui/components/ShareContactDialog.qml" line="37"/>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="45"/>
        <source>No contacts to share</source>
        <translation>No hay contactos para compartir</translation>
    </message>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="53"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="42"/>
        <source>Sign in to Natter</source>
        <translation>Iniciar sesión en Natter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="48"/>
        <source>Use your account on any XMPP server.</source>
        <translation>Usa tu cuenta de cualquier servidor XMPP.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="56"/>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="62"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="68"/>
        <location filename="../../ui/pages/SignInPage.qml" line="72"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="79"/>
        <source>Advanced settings</source>
        <translation>Ajustes avanzados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="89"/>
        <source>Server host (optional)</source>
        <translation>Host del servidor (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="91"/>
        <source>Server host</source>
        <translation>Host del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="95"/>
        <location filename="../../ui/pages/SignInPage.qml" line="98"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="102"/>
        <source>Direct TLS instead of STARTTLS</source>
        <translation>TLS directo en lugar de STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="136"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="142"/>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="149"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="18"/>
        <source>Sign out?</source>
        <translation>¿Cerrar sesión?</translation>
    </message>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="24"/>
        <source>Natter forgets the password of %1 on this computer, and you need it to sign in again. Your messages stay here.</source>
        <translation>Natter olvidará la contraseña de %1 en este ordenador y la necesitarás para volver a iniciar sesión. Tus mensajes se quedan aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="33"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="41"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>StarredMessageDelegate</name>
    <message>
        <location filename="../../ui/components/StarredMessageDelegate.qml" line="33"/>
        <source>Starred</source>
        <translation>Destacado</translation>
    </message>
    <message>
        <location filename="../../ui/components/StarredMessageDelegate.qml" line="91"/>
        <location filename="../../ui/components/StarredMessageDelegate.qml" line="93"/>
        <source>Unstar</source>
        <translation>Dejar de destacar</translation>
    </message>
</context>
<context>
    <name>StarredMessageModel</name>
    <message>
        <location filename="../../src/models/actions/StarredMessageModel.cpp" line="217"/>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message>
        <location filename="../../src/models/actions/StarredMessageModel.cpp" line="236"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../../src/models/actions/StarredMessageModel.cpp" line="274"/>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
</context>
<context>
    <name>StarredPage</name>
    <message>
        <location filename="../../ui/pages/StarredPage.qml" line="35"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/pages/StarredPage.qml" line="42"/>
        <location filename="../../ui/pages/StarredPage.qml" line="80"/>
        <source>Starred messages</source>
        <translation>Mensajes destacados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/StarredPage.qml" line="80"/>
        <source>Starred messages in %1</source>
        <translation>Mensajes destacados en %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/StarredPage.qml" line="109"/>
        <source>No starred messages. Star a message from its menu to find it here.</source>
        <translation>No hay mensajes destacados. Destaca un mensaje desde su menú para encontrarlo aquí.</translation>
    </message>
</context>
<context>
    <name>SystemLineText</name>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="27"/>
        <source>You removed the group description</source>
        <translation>Eliminaste la descripción del grupo</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="28"/>
        <source>%1 removed the group description</source>
        <translation>%1 eliminó la descripción del grupo</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="29"/>
        <source>The group description was removed</source>
        <translation>Se eliminó la descripción del grupo</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="31"/>
        <source>You changed the group description to “%1”</source>
        <translation>Cambiaste la descripción del grupo a «%1»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="33"/>
        <source>%1 changed the group description to “%2”</source>
        <translation>%1 cambió la descripción del grupo a «%2»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="35"/>
        <source>The group description was changed to “%1”</source>
        <translation>La descripción del grupo se cambió a «%1»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="37"/>
        <source>You changed the group name to “%1”</source>
        <translation>Cambiaste el nombre del grupo a «%1»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="39"/>
        <source>%1 changed the group name to “%2”</source>
        <translation>%1 cambió el nombre del grupo a «%2»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="40"/>
        <source>The group name was changed to “%1”</source>
        <translation>El nombre del grupo se cambió a «%1»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="42"/>
        <source>The group was deleted</source>
        <translation>El grupo se eliminó</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="60"/>
        <source>%1 added you</source>
        <translation>%1 te añadió</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="60"/>
        <source>You were added</source>
        <translation>Te añadieron</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="61"/>
        <source>You added %1</source>
        <translation>Añadiste a %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="62"/>
        <source>%1 added %2</source>
        <translation>%1 añadió a %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="63"/>
        <source>%1 was added</source>
        <translation>Se añadió a %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="66"/>
        <source>%1 removed you</source>
        <translation>%1 te quitó</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="66"/>
        <source>You were removed</source>
        <translation>Te quitaron</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="67"/>
        <source>You removed %1</source>
        <translation>Quitaste a %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="68"/>
        <source>%1 removed %2</source>
        <translation>%1 quitó a %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="69"/>
        <source>%1 was removed</source>
        <translation>Se quitó a %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="72"/>
        <source>%1 kicked you out</source>
        <translation>%1 te expulsó</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="72"/>
        <source>You were kicked out</source>
        <translation>Te expulsaron</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="73"/>
        <source>You kicked %1 out</source>
        <translation>Expulsaste a %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="74"/>
        <source>%1 kicked %2 out</source>
        <translation>%1 expulsó a %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="75"/>
        <source>%1 was kicked out</source>
        <translation>Se expulsó a %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="78"/>
        <source>%1 banned you</source>
        <translation>%1 te vetó</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="78"/>
        <source>You were banned</source>
        <translation>Te vetaron</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="79"/>
        <source>You banned %1</source>
        <translation>Vetaste a %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="80"/>
        <source>%1 banned %2</source>
        <translation>%1 vetó a %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="81"/>
        <source>%1 was banned</source>
        <translation>Se vetó a %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="84"/>
        <source>%1 made you an admin</source>
        <translation>%1 te hizo administrador</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="84"/>
        <source>You are now an admin</source>
        <translation>Ahora eres administrador</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="85"/>
        <source>You made %1 an admin</source>
        <translation>Hiciste administrador a %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="86"/>
        <source>%1 made %2 an admin</source>
        <translation>%1 hizo administrador a %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="87"/>
        <source>%1 is now an admin</source>
        <translation>%1 ahora es administrador</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="90"/>
        <source>%1 made you an owner</source>
        <translation>%1 te hizo propietario</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="90"/>
        <source>You are now an owner</source>
        <translation>Ahora eres propietario</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="91"/>
        <source>You made %1 an owner</source>
        <translation>Hiciste propietario a %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="92"/>
        <source>%1 made %2 an owner</source>
        <translation>%1 hizo propietario a %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="93"/>
        <source>%1 is now an owner</source>
        <translation>%1 ahora es propietario</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="95"/>
        <source>You are no longer an admin</source>
        <translation>Ya no eres administrador</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="95"/>
        <source>%1 is no longer an admin</source>
        <translation>%1 ya no es administrador</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="110"/>
        <source>%n joined</source>
        <translation>
            <numerusform>Se unió %n persona</numerusform>
            <numerusform>Se unieron %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="110"/>
        <source>%n left</source>
        <translation>
            <numerusform>Salió %n persona</numerusform>
            <numerusform>Salieron %n personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="112"/>
        <source>%1 joined</source>
        <translation>%1 se unió</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="112"/>
        <source>%1 left</source>
        <translation>%1 salió</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="114"/>
        <source>%1 and %2 joined</source>
        <translation>%1 y %2 se unieron</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="114"/>
        <source>%1 and %2 left</source>
        <translation>%1 y %2 salieron</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="117"/>
        <source>%1, %2 and one other joined</source>
        <translation>%1, %2 y otra persona se unieron</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="118"/>
        <source>%1, %2 and one other left</source>
        <translation>%1, %2 y otra persona salieron</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="120"/>
        <source>%1 and %n others joined</source>
        <translation>
            <numerusform>%1 y %n persona más se unieron</numerusform>
            <numerusform>%1 y %n personas más se unieron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="121"/>
        <source>%1 and %n others left</source>
        <translation>
            <numerusform>%1 y %n persona más salieron</numerusform>
            <numerusform>%1 y %n personas más salieron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="122"/>
        <source>%1, %2 and %n others joined</source>
        <translation>
            <numerusform>%1, %2 y %n persona más se unieron</numerusform>
            <numerusform>%1, %2 y %n personas más se unieron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="123"/>
        <source>%1, %2 and %n others left</source>
        <translation>
            <numerusform>%1, %2 y %n persona más salieron</numerusform>
            <numerusform>%1, %2 y %n personas más salieron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="129"/>
        <source>%1, %2</source>
        <comment>joins, then leaves</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Thumbnailer</name>
    <message>
        <location filename="../../src/media/Thumbnailer.cpp" line="43"/>
        <source>There is no picture to preview.</source>
        <translation>No hay ninguna imagen que previsualizar.</translation>
    </message>
</context>
<context>
    <name>TransferOverlay</name>
    <message>
        <location filename="../../ui/components/TransferOverlay.qml" line="42"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/components/TransferOverlay.qml" line="42"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../ui/components/TransferOverlay.qml" line="42"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../ui/components/TransferOverlay.qml" line="59"/>
        <source>The transfer failed.</source>
        <translation>La transferencia falló.</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <location filename="../../ui/components/UndoToast.qml" line="30"/>
        <source>Message deleted</source>
        <translation>Mensaje eliminado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/UndoToast.qml" line="30"/>
        <source>%n messages deleted</source>
        <translation>
            <numerusform>%n mensaje eliminado</numerusform>
            <numerusform>%n mensajes eliminados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/UndoToast.qml" line="51"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/components/UndoToast.qml" line="52"/>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="96"/>
        <source>Natter only opens web links (https) here.</source>
        <translation>Natter solo abre aquí enlaces web (https).</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="99"/>
        <source>The link is not encrypted (http), so Natter does not fetch it.</source>
        <translation>El enlace no está cifrado (http), así que Natter no lo descarga.</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="102"/>
        <source>Files from people outside your contacts are downloaded only when you click them.</source>
        <translation>Los archivos de personas que no están en tus contactos solo se descargan al hacer clic en ellos.</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="106"/>
        <location filename="../../src/media/UrlPolicy.cpp" line="120"/>
        <source>The link points into a local network, so Natter does not fetch it.</source>
        <translation>El enlace apunta a una red local, así que Natter no lo descarga.</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="114"/>
        <source>The server %1 could not be found.</source>
        <translation>No se encontró el servidor %1.</translation>
    </message>
</context>
<context>
    <name>VideoContent</name>
    <message>
        <location filename="../../ui/components/VideoContent.qml" line="72"/>
        <source>Play video</source>
        <translation>Reproducir vídeo</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderBar</name>
    <message>
        <location filename="../../ui/components/VoiceRecorderBar.qml" line="31"/>
        <source>Cancel voice note</source>
        <translation>Cancelar mensaje de voz</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/VoiceRecorderBar.qml" line="55"/>
        <source>Recording, %n second(s)</source>
        <translation>
            <numerusform>Grabando, %n segundo</numerusform>
            <numerusform>Grabando, %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/VoiceRecorderBar.qml" line="76"/>
        <source>Send voice note</source>
        <translation>Enviar mensaje de voz</translation>
    </message>
</context>
<context>
    <name>Waveform</name>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="58"/>
        <source>Cannot read this audio file: it is missing, empty or not readable.</source>
        <translation>No se puede leer este archivo de audio: falta, está vacío o no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="81"/>
        <source>Cannot read this audio file. It may be damaged or in a format this system does not know.</source>
        <translation>No se puede leer este archivo de audio. Puede estar dañado o en un formato que este sistema no conoce.</translation>
    </message>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="95"/>
        <source>Cannot read this audio file: decoding took too long.</source>
        <translation>No se puede leer este archivo de audio: la decodificación tardó demasiado.</translation>
    </message>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="111"/>
        <source>Cannot read this audio file: it contains no sound.</source>
        <translation>No se puede leer este archivo de audio: no contiene sonido.</translation>
    </message>
</context>
</TS>
