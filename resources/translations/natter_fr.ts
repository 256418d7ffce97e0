<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountSession</name>
    <message numerus="yes">
        <location filename="../../src/services/AccountSession.cpp" line="327"/>
        <source>Offline: %1 Retrying in %n s…</source>
        <translation>
            <numerusform>Hors ligne&#xa0;: %1 Nouvel essai dans %n s…</numerusform>
            <numerusform>Hors ligne&#xa0;: %1 Nouvel essai dans %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddContactBanner</name>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="28"/>
        <source>%1 is not in your contacts.</source>
        <translation>%1 ne fait pas partie de vos contacts.</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="36"/>
        <source>Add contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="38"/>
        <source>Add %1 to your contacts</source>
        <translation>Ajouter %1 à vos contacts</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="43"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>AddParticipantDialog</name>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="17"/>
        <source>Add participants</source>
        <translation>Ajouter des participants</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="41"/>
        <source>Name or address</source>
        <translation>Nom ou adresse</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="42"/>
        <source>Name or address of someone to add</source>
        <translation>Nom ou adresse d’une personne à ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="51"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="52"/>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="83"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="64"/>
        <source>Contacts to add</source>
        <translation>Contacts à ajouter</translation>
    </message>
</context>
<context>
    <name>AttachmentRoles</name>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="30"/>
        <location filename="../../src/models/AttachmentRoles.cpp" line="105"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="95"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="97"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="100"/>
        <source>Voice message</source>
        <translation>Message vocal</translation>
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
        <translation>1 fichier à envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="36"/>
        <source>%1 files to send</source>
        <translation>%1 fichiers à envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="43"/>
        <source>Send images compressed</source>
        <translation>Envoyer les images compressées</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="49"/>
        <source>Clear</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="51"/>
        <source>Remove all files</source>
        <translation>Retirer tous les fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="67"/>
        <source>Files to send</source>
        <translation>Fichiers à envoyer</translation>
    </message>
</context>
<context>
    <name>AttachmentTrayEntry</name>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="98"/>
        <source>Add a caption</source>
        <translation>Ajouter une légende</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="107"/>
        <source>Caption for %1</source>
        <translation>Légende de %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="114"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="116"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>AudioPlayback</name>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="39"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="39"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="86"/>
        <source>Playback position</source>
        <translation>Position de lecture</translation>
    </message>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="93"/>
        <source>Can&apos;t play</source>
        <translation>Lecture impossible</translation>
    </message>
</context>
<context>
    <name>BlockedContactList</name>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="11"/>
        <source>Blocked contacts</source>
        <translation>Contacts bloqués</translation>
    </message>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="33"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="36"/>
        <source>Unblock %1</source>
        <translation>Débloquer %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="42"/>
        <source>Nobody is blocked.</source>
        <translation>Personne n&apos;est bloqué.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="23"/>
        <source>The server&apos;s certificate has changed</source>
        <translation>Le certificat du serveur a changé</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="23"/>
        <source>Unverified certificate</source>
        <translation>Certificat non vérifié</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="31"/>
        <source>This server now presents a different certificate from the one you trusted before. This can happen when the server renews it, but it can also mean someone is intercepting your connection. Only continue if you can confirm the new fingerprint with the server&apos;s operator.</source>
        <translation>Ce serveur présente désormais un certificat différent de celui auquel vous faisiez confiance. Cela peut arriver quand le serveur le renouvelle, mais cela peut aussi signifier que quelqu&apos;un intercepte votre connexion. Ne continuez que si vous pouvez confirmer la nouvelle empreinte auprès de l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="32"/>
        <source>Natter could not verify this server&apos;s identity (%1). Only trust it if you can confirm the fingerprint with the server&apos;s operator.</source>
        <translation>Natter n&apos;a pas pu vérifier l&apos;identité de ce serveur (%1). Ne lui faites confiance que si vous pouvez confirmer l&apos;empreinte auprès de l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="42"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="44"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="46"/>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="48"/>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="50"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="58"/>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="67"/>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="72"/>
        <source>Trust this certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
</context>
<context>
    <name>ChatActionDialog</name>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="37"/>
        <source>Clear messages?</source>
        <translation>Effacer les messages&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="37"/>
        <source>Delete group?</source>
        <translation>Supprimer le groupe&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="37"/>
        <source>Delete chat?</source>
        <translation>Supprimer la discussion&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="57"/>
        <source>The messages and their downloaded files are removed from this computer only. The chat stays, and others still see the messages.</source>
        <translation>Les messages et leurs fichiers téléchargés sont retirés de cet ordinateur uniquement. La discussion reste, et les autres voient toujours les messages.</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="57"/>
        <source>The chat, its messages and their downloaded files are removed from this computer only. Others still see the messages; a new message brings the chat back.</source>
        <translation>La discussion, ses messages et leurs fichiers téléchargés sont retirés de cet ordinateur uniquement. Les autres voient toujours les messages&#xa0;; un nouveau message fait réapparaître la discussion.</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="63"/>
        <source>Leave the group too</source>
        <translation>Quitter aussi le groupe</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="72"/>
        <source>Clear messages</source>
        <translation>Effacer les messages</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="72"/>
        <source>Leave and delete</source>
        <translation>Quitter et supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="72"/>
        <source>Delete chat</source>
        <translation>Supprimer la discussion</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="87"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ChatDelegate</name>
    <message numerus="yes">
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n non lu</numerusform>
            <numerusform>, %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="116"/>
        <source>typing…</source>
        <translation>écrit…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="116"/>
        <source>You: %1</source>
        <translation>Vous&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <source>, marked unread</source>
        <translation>, marquée comme non lue</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="52"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="136"/>
        <source>Pinned</source>
        <translation>Épinglée</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="52"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="130"/>
        <source>Muted</source>
        <translation>En sourdine</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="107"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="165"/>
        <source>Unpin chat</source>
        <translation>Désépingler la discussion</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="165"/>
        <source>Pin chat</source>
        <translation>Épingler la discussion</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="169"/>
        <source>Unarchive chat</source>
        <translation>Désarchiver la discussion</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="169"/>
        <source>Archive chat</source>
        <translation>Archiver la discussion</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="174"/>
        <source>Mark as read</source>
        <translation>Marquer comme lue</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="174"/>
        <source>Mark as unread</source>
        <translation>Marquer comme non lue</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="190"/>
        <source>Unmute notifications</source>
        <translation>Réactiver les notifications</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="195"/>
        <source>Clear messages…</source>
        <translation>Effacer les messages…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="200"/>
        <source>Delete group…</source>
        <translation>Supprimer le groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="200"/>
        <source>Delete chat…</source>
        <translation>Supprimer la discussion…</translation>
    </message>
</context>
<context>
    <name>ChatFindBar</name>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="46"/>
        <location filename="../../ui/components/ChatFindBar.qml" line="47"/>
        <source>Find in this chat</source>
        <translation>Rechercher dans cette discussion</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="61"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="61"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="61"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="72"/>
        <source>Previous match (newer)</source>
        <translation>Résultat précédent (plus récent)</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="82"/>
        <source>Next match (older)</source>
        <translation>Résultat suivant (plus ancien)</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="91"/>
        <source>Close find</source>
        <translation>Fermer la recherche</translation>
    </message>
</context>
<context>
    <name>ChatListPage</name>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="63"/>
        <source>Back to chats</source>
        <translation>Retour aux discussions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="66"/>
        <source>Archived</source>
        <translation>Archivées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="66"/>
        <source>Message requests</source>
        <translation>Demandes de messages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="76"/>
        <location filename="../../ui/pages/ChatListPage.qml" line="78"/>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="85"/>
        <source>Account menu</source>
        <translation>Menu du compte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="92"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="97"/>
        <source>Starred messages</source>
        <translation>Messages importants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="102"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="107"/>
        <source>Sign out…</source>
        <translation>Se déconnecter…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="112"/>
        <source>Remove account…</source>
        <translation>Supprimer le compte…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="153"/>
        <location filename="../../ui/pages/ChatListPage.qml" line="154"/>
        <source>Search chats and messages</source>
        <translation>Rechercher des discussions et des messages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="164"/>
        <source>Message requests (%1)</source>
        <translation>Demandes de messages (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="173"/>
        <source>Archived (%1)</source>
        <translation>Archivées (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="182"/>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="230"/>
        <source>No archived chats</source>
        <translation>Aucune discussion archivée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="230"/>
        <source>No chats yet</source>
        <translation>Aucune discussion pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="230"/>
        <source>No message requests</source>
        <translation>Aucune demande de message</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="241"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="241"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="241"/>
        <source>No messages found</source>
        <translation>Aucun message trouvé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="253"/>
        <source>Messages found</source>
        <translation>Messages trouvés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="328"/>
        <source>Remove account?</source>
        <translation>Supprimer le compte&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="333"/>
        <source>This signs you out of %1 and deletes its messages and media from this computer. The account on the server stays.</source>
        <translation>Vous serez déconnecté de %1, et ses messages et médias seront supprimés de cet ordinateur. Le compte sur le serveur est conservé.</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="98"/>
        <source>People to mention</source>
        <translation>Personnes à mentionner</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="116"/>
        <source>Mention %1</source>
        <translation>Mentionner %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="161"/>
        <source>Cancel reply</source>
        <translation>Annuler la réponse</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="212"/>
        <source>Editing</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="233"/>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="235"/>
        <source>Cancel editing (Esc)</source>
        <translation>Annuler la modification (Échap)</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="258"/>
        <source>Insert emoji</source>
        <translation>Insérer un emoji</translation>
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
        <translation>Joindre</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="284"/>
        <source>Files…</source>
        <translation>Fichiers…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="289"/>
        <source>Location…</source>
        <translation>Position…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="294"/>
        <source>Contact…</source>
        <translation>Contact…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="306"/>
        <source>Type a message</source>
        <translation>Écrivez un message</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="350"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="362"/>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="374"/>
        <source>Record a voice note</source>
        <translation>Enregistrer un message vocal</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="383"/>
        <source>Choose files to send</source>
        <translation>Choisir des fichiers à envoyer</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../ui/components/ConnectionBanner.qml" line="39"/>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/components/ConnectionBanner.qml" line="40"/>
        <source>Retry connecting now</source>
        <translation>Se reconnecter maintenant</translation>
    </message>
</context>
<context>
    <name>ContactAddress</name>
    <message>
        <location filename="../../src/core/ContactAddress.cpp" line="32"/>
        <source>That is your own address.</source>
        <translation>C&apos;est votre propre adresse.</translation>
    </message>
    <message>
        <location filename="../../src/core/ContactAddress.cpp" line="36"/>
        <source>%1 is a server, not a person. Add name@%1.</source>
        <translation>%1 est un serveur, pas une personne. Ajoutez nom@%1.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../ui/components/ContactCard.qml" line="81"/>
        <source>Message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactCard.qml" line="90"/>
        <source>Add contact</source>
        <translation>Ajouter le contact</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="55"/>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="55"/>
        <source>waiting for approval</source>
        <translation>en attente d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="56"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="65"/>
        <source>Actions for %1</source>
        <translation>Actions pour %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="72"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="72"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="77"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="82"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>ContactInfoPage</name>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="34"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="37"/>
        <source>Contact info</source>
        <translation>Infos du contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="93"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="109"/>
        <source>Unblock %1</source>
        <translation>Débloquer %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="109"/>
        <source>Block %1</source>
        <translation>Bloquer %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="120"/>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="128"/>
        <source>Shared media</source>
        <translation>Médias partagés</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="31"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="34"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="157"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="43"/>
        <source>Contact settings</source>
        <translation>Paramètres des contacts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="50"/>
        <source>Share my last seen</source>
        <translation>Partager ma dernière connexion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="56"/>
        <source>Set my picture…</source>
        <translation>Choisir ma photo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="60"/>
        <source>Blocked (%1)</source>
        <translation>Bloqués (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="89"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="120"/>
        <source>%1 wants to see when you are online</source>
        <translation>%1 souhaite voir quand vous êtes en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="134"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="135"/>
        <source>Accept %1</source>
        <translation>Accepter %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="140"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="141"/>
        <source>Decline %1</source>
        <translation>Refuser %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="146"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="147"/>
        <source>Block %1</source>
        <translation>Bloquer %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="175"/>
        <source>No contacts yet. Add someone by their address.</source>
        <translation>Aucun contact pour l&apos;instant. Ajoutez quelqu&apos;un par son adresse.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="190"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="196"/>
        <source>Add contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="209"/>
        <source>name@example.org or xmpp: link</source>
        <translation>nom@example.org ou lien xmpp:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="210"/>
        <source>Contact address</source>
        <translation>Adresse du contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="215"/>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="216"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="278"/>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="232"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="239"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="301"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="351"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="254"/>
        <source>Rename contact</source>
        <translation>Renommer le contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="277"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="295"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="317"/>
        <source>Remove contact?</source>
        <translation>Supprimer le contact&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="327"/>
        <source>%1 leaves your contacts, and you stop seeing each other online. Your chat stays.</source>
        <translation>%1 quitte vos contacts, et vous ne voyez plus quand l’autre est en ligne. Votre discussion est conservée.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="343"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="360"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="375"/>
        <source>Choose your picture</source>
        <translation>Choisissez votre photo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="376"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="101"/>
        <source>Back to chats</source>
        <translation>Retour aux discussions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="114"/>
        <source>Contact info for %1</source>
        <translation>Infos du contact %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="114"/>
        <source>%1, private message through %2</source>
        <translation>%1, message privé via %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="114"/>
        <source>Group info for %1, %2</source>
        <translation>Infos du groupe %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="148"/>
        <source>typing…</source>
        <translation>écrit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="148"/>
        <source>Private message through %1</source>
        <translation>Message privé via %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="164"/>
        <source>Group menu</source>
        <translation>Menu du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="164"/>
        <source>Chat menu</source>
        <translation>Menu de la discussion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="171"/>
        <source>Find in chat</source>
        <translation>Rechercher dans la discussion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="176"/>
        <source>Mark as read</source>
        <translation>Marquer comme lue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="176"/>
        <source>Mark as unread</source>
        <translation>Marquer comme non lue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="193"/>
        <source>Unmute notifications</source>
        <translation>Réactiver les notifications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="201"/>
        <source>Group info</source>
        <translation>Infos du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="201"/>
        <source>Contact info</source>
        <translation>Infos du contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="206"/>
        <source>Clear messages…</source>
        <translation>Effacer les messages…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="211"/>
        <source>Delete group…</source>
        <translation>Supprimer le groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="211"/>
        <source>Delete chat…</source>
        <translation>Supprimer la discussion…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="216"/>
        <source>Starred messages</source>
        <translation>Messages importants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="223"/>
        <source>Leave group…</source>
        <translation>Quitter le groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="238"/>
        <source>Leave %1?</source>
        <translation>Quitter %1 ?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="242"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="244"/>
        <source>You will no longer receive this group&apos;s messages. Its history stays on this computer.</source>
        <translation>Vous ne recevrez plus les messages de ce groupe. Son historique reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="268"/>
        <source>Choose a chat to start messaging</source>
        <translation>Choisissez une discussion pour écrire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="405"/>
        <source>Drop files to send them to %1</source>
        <translation>Déposez des fichiers pour les envoyer à %1</translation>
    </message>
</context>
<context>
    <name>DeleteMessageDialog</name>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="44"/>
        <source>Delete message?</source>
        <translation>Supprimer le message ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="44"/>
        <source>Delete %n messages?</source>
        <translation>
            <numerusform>Supprimer %n message&#xa0;?</numerusform>
            <numerusform>Supprimer %n messages&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="54"/>
        <source>Deleted for everyone, each message shows as &quot;This message was deleted&quot; to everyone in the chat, as far as their app supports it. Deleted for you, they go from this computer only.</source>
        <translation>Supprimé pour tout le monde, chaque message apparaît comme «&#xa0;Ce message a été supprimé&#xa0;» pour tous dans la discussion, si leur application le prend en charge. Supprimés pour vous, ils disparaissent de cet ordinateur uniquement.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="55"/>
        <source>The messages are deleted from this computer. Others still see them.</source>
        <translation>Les messages sont supprimés de cet ordinateur. Les autres les voient toujours.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="57"/>
        <source>The message is deleted from this computer. Others still see it.</source>
        <translation>Le message est supprimé de cet ordinateur. Les autres le voient toujours.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="58"/>
        <source>Deleted for everyone, the message shows as &quot;This message was deleted&quot; to everyone in the chat, as far as their app supports it.</source>
        <translation>Supprimé pour tout le monde, le message apparaît comme « Ce message a été supprimé » pour tous dans la discussion, si leur application le prend en charge.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="64"/>
        <source>Delete for everyone</source>
        <translation>Supprimer pour tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="75"/>
        <source>Delete for me</source>
        <translation>Supprimer pour moi</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="87"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DeliveryTicks</name>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
</context>
<context>
    <name>DocumentContent</name>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="73"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="108"/>
        <source>The transfer failed.</source>
        <translation>Le transfert a échoué.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="121"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="127"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
</context>
<context>
    <name>EditableLine</name>
    <message>
        <location filename="../../ui/components/EditableLine.qml" line="76"/>
        <source>Edit %1</source>
        <translation>Modifier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="44"/>
        <location filename="../../ui/components/EmojiPicker.qml" line="45"/>
        <source>Search emoji</source>
        <translation>Rechercher un emoji</translation>
    </message>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="91"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="128"/>
        <source>No emoji found</source>
        <translation>Aucun emoji trouvé</translation>
    </message>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="128"/>
        <source>No recent emoji</source>
        <translation>Aucun emoji récent</translation>
    </message>
</context>
<context>
    <name>ExecutableType</name>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="100"/>
        <source>a Windows program</source>
        <translation>un programme Windows</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="102"/>
        <source>an installer</source>
        <translation>un programme d’installation</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="104"/>
        <source>a script</source>
        <translation>un script</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="106"/>
        <source>a Linux launcher</source>
        <translation>un lanceur Linux</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="108"/>
        <source>a macOS program</source>
        <translation>un programme macOS</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="110"/>
        <source>a Java program</source>
        <translation>un programme Java</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="112"/>
        <source>a Linux program</source>
        <translation>un programme Linux</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="114"/>
        <source>a Windows shortcut or setting</source>
        <translation>un raccourci ou un réglage Windows</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="149"/>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="155"/>
        <source>%1, although its name ends in .%2</source>
        <translation>%1, bien que son nom se termine par .%2</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="163"/>
        <source>“%1” is %2. Opening it can run it on this computer with all your rights. Open it only if you expected it from this person.</source>
        <translation>«&#xa0;%1&#xa0;» est %2. L’ouvrir peut l’exécuter sur cet ordinateur avec tous vos droits. Ne l’ouvrez que si vous l’attendiez de cette personne.</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message numerus="yes">
        <location filename="../../ui/components/ForwardDialog.qml" line="32"/>
        <source>Forward %n messages</source>
        <translation>
            <numerusform>Transférer %n message</numerusform>
            <numerusform>Transférer %n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="32"/>
        <source>Forward message</source>
        <translation>Transférer le message</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="66"/>
        <location filename="../../ui/components/ForwardDialog.qml" line="67"/>
        <source>Search chats and contacts</source>
        <translation>Rechercher des discussions et des contacts</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="80"/>
        <source>Chats and contacts</source>
        <translation>Discussions et contacts</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="163"/>
        <source>No chats yet</source>
        <translation>Aucune discussion pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="163"/>
        <source>No chat or contact matches</source>
        <translation>Aucune discussion ni aucun contact ne correspond</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="181"/>
        <source>Choose up to %1 chats</source>
        <translation>Choisissez jusqu&apos;à %1 discussions</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="181"/>
        <source>To: %1</source>
        <translation>À&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="188"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="190"/>
        <source>%1 of %2 chats chosen</source>
        <translation>Discussions choisies&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="198"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="204"/>
        <source>Forward</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="207"/>
        <source>Forward to 1 chat</source>
        <translation>Transférer à 1 discussion</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="207"/>
        <source>Forward to %1 chats</source>
        <translation>Transférer à %1 discussions</translation>
    </message>
</context>
<context>
    <name>GroupInfoPage</name>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="69"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="72"/>
        <source>Group info</source>
        <translation>Infos du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="97"/>
        <source>Change picture</source>
        <translation>Changer de photo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="107"/>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="121"/>
        <source>Add a group description</source>
        <translation>Ajouter une description du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="122"/>
        <source>Group description</source>
        <translation>Description du groupe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/GroupInfoPage.qml" line="144"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="152"/>
        <source>Add participants</source>
        <translation>Ajouter des participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="175"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="193"/>
        <source>Leave group</source>
        <translation>Quitter le groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="202"/>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="284"/>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="236"/>
        <source>Ban %1?</source>
        <translation>Bannir %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="236"/>
        <source>Remove %1?</source>
        <translation>Retirer %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="240"/>
        <source>Ban</source>
        <translation>Bannir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="240"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="245"/>
        <source>%1 will be removed from %2 and cannot join it again.</source>
        <translation>%1 sera retiré de %2 et ne pourra plus le rejoindre.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="246"/>
        <source>%1 will be removed from %2.</source>
        <translation>%1 sera retiré de %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="260"/>
        <source>Leave %1?</source>
        <translation>Quitter %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="263"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="265"/>
        <source>You will no longer receive this group&apos;s messages. Its history stays on this computer.</source>
        <translation>Vous ne recevrez plus les messages de ce groupe. Son historique reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="281"/>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="286"/>
        <source>%1 ends for everyone in it. Nobody can write there again. This cannot be undone.</source>
        <translation>%1 prendra fin pour tous ses membres. Personne ne pourra plus y écrire. Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>HistoryBanner</name>
    <message>
        <location filename="../../ui/components/HistoryBanner.qml" line="42"/>
        <source>Until this is fixed, Natter can neither show nor save messages. Fix it, then start Natter again.</source>
        <translation>Tant que ce n’est pas réglé, Natter ne peut ni afficher ni enregistrer de messages. Corrigez le problème, puis redémarrez Natter.</translation>
    </message>
    <message>
        <location filename="../../ui/components/HistoryBanner.qml" line="53"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../ui/components/HistoryBanner.qml" line="55"/>
        <source>Dismiss the history notice</source>
        <translation>Ignorer l’avis sur l’historique</translation>
    </message>
</context>
<context>
    <name>ImageContent</name>
    <message>
        <location filename="../../ui/components/ImageContent.qml" line="89"/>
        <source>View picture</source>
        <translation>Voir l&apos;image</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="123"/>
        <source>Older picture</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="134"/>
        <source>Newer picture</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="155"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="160"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="166"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="174"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>InvitationBanner</name>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="86"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="89"/>
        <source>Decline the invitation to %1</source>
        <translation>Refuser l’invitation à %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="94"/>
        <source>Joining…</source>
        <translation>Connexion au groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="94"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="97"/>
        <source>Join %1</source>
        <translation>Rejoindre %1</translation>
    </message>
</context>
<context>
    <name>JoinGroupDialog</name>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="31"/>
        <source>Join a group</source>
        <translation>Rejoindre un groupe</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="66"/>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="72"/>
        <source>Group address or link</source>
        <translation>Adresse ou lien du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="71"/>
        <source>e.g. family@groups.example.org</source>
        <translation>p. ex. famille@groups.example.org</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="78"/>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="83"/>
        <source>Your nickname in the group</source>
        <translation>Votre pseudo dans le groupe</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="90"/>
        <source>Password (only if the group has one)</source>
        <translation>Mot de passe (seulement si le groupe en a un)</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="95"/>
        <source>Group password</source>
        <translation>Mot de passe du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="109"/>
        <source>Joining…</source>
        <translation>Connexion au groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="125"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="132"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../../src/services/Keychain.cpp" line="62"/>
        <source>No keychain is available on this system, so Natter will not remember your password and will ask for it at each start.</source>
        <translation>Aucun trousseau de clés n&apos;est disponible sur ce système&#xa0;: Natter ne retiendra pas votre mot de passe et vous le demandera à chaque démarrage.</translation>
    </message>
</context>
<context>
    <name>LinkConfirmDialog</name>
    <message>
        <location filename="../../ui/components/LinkConfirmDialog.qml" line="23"/>
        <source>Open this link?</source>
        <translation>Ouvrir ce lien&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../ui/components/LinkConfirmDialog.qml" line="33"/>
        <source>The link leads somewhere other than it shows:

%1</source>
        <translation>Ce lien mène ailleurs que ce qu&apos;il affiche&#xa0;:

%1</translation>
    </message>
</context>
<context>
    <name>LocationCard</name>
    <message>
        <location filename="../../ui/components/LocationCard.qml" line="68"/>
        <source>Open in maps</source>
        <translation>Afficher sur la carte</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="20"/>
        <source>Share a location</source>
        <translation>Partager une position</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="48"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="53"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="65"/>
        <source>Paste a geo: or map link, or type the coordinates in degrees.</source>
        <translation>Collez un lien geo: ou un lien de carte, ou saisissez les coordonnées en degrés.</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="72"/>
        <source>geo:52.52,13.405 or a map link</source>
        <translation>geo:52.52,13.405 ou un lien de carte</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="73"/>
        <source>Location link</source>
        <translation>Lien de la position</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="84"/>
        <source>Latitude, e.g. 52.52</source>
        <translation>Latitude, p. ex. 52.52</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="85"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="94"/>
        <source>Longitude, e.g. 13.405</source>
        <translation>Longitude, p. ex. 13.405</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="95"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="105"/>
        <source>Name of the place (optional)</source>
        <translation>Nom du lieu (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="106"/>
        <source>Name of the place</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="116"/>
        <source>Location: %1</source>
        <translation>Position&#xa0;: %1</translation>
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
        <translation>Laisser Natter ouvert&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="58"/>
        <source>Natter can stay in the tray when you close its window, so that messages and notifications keep arriving. You can change this later in Settings.</source>
        <translation>Natter peut rester dans la zone de notification quand vous fermez sa fenêtre, pour que les messages et les notifications continuent d’arriver. Vous pourrez changer cela plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="66"/>
        <source>Keep running in the tray</source>
        <translation>Rester dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="71"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>You, %1: %2</source>
        <translation>Vous, %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>, not sent</source>
        <translation>, non envoyé</translation>
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
        <translation>Ce message a été supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>, edited</source>
        <translation>, modifié</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>Forwarded, </source>
        <translation>Transféré, </translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>, starred</source>
        <translation>, important</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="151"/>
        <source>1 unread message</source>
        <translation>1 message non lu</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="151"/>
        <source>%1 unread messages</source>
        <translation>%1 messages non lus</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="220"/>
        <location filename="../../ui/components/MessageBubble.qml" line="222"/>
        <source>React</source>
        <translation>Réagir</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="303"/>
        <location filename="../../ui/components/MessageBubble.qml" line="305"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="355"/>
        <location filename="../../ui/components/MessageBubble.qml" line="359"/>
        <source>Forwarded</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="471"/>
        <source>Starred</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="476"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="504"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="504"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="513"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>MessageInfoDialog</name>
    <message>
        <location filename="../../ui/components/MessageInfoDialog.qml" line="23"/>
        <source>Message info</source>
        <translation>Infos du message</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageInfoDialog.qml" line="53"/>
        <source>Sent %1</source>
        <translation>Envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageInfoDialog.qml" line="70"/>
        <source>Edited. Earlier versions:</source>
        <translation>Modifié. Versions précédentes :</translation>
    </message>
</context>
<context>
    <name>MessageListView</name>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="155"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="303"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="309"/>
        <source>Unselect</source>
        <translation>Désélectionner</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="309"/>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="315"/>
        <source>Show the original</source>
        <translation>Afficher l’original</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="321"/>
        <source>Forward…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="327"/>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="336"/>
        <location filename="../../ui/components/MessageListView.qml" line="449"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="344"/>
        <source>Open in maps</source>
        <translation>Afficher sur la carte</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="350"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="356"/>
        <source>Retry sending</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="362"/>
        <source>View picture</source>
        <translation>Voir l&apos;image</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="368"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="374"/>
        <source>Message info</source>
        <translation>Infos du message</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="380"/>
        <source>Message %1 privately</source>
        <translation>Envoyer un message privé à %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="390"/>
        <source>React…</source>
        <translation>Réagir…</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="396"/>
        <source>Unstar</source>
        <translation>Retirer des messages importants</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="396"/>
        <source>Star</source>
        <translation>Marquer comme important</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="402"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="408"/>
        <source>Delete for me</source>
        <translation>Supprimer pour moi</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="414"/>
        <source>Delete for everyone</source>
        <translation>Supprimer pour tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="425"/>
        <source>Forwarded to 1 chat</source>
        <translation>Transféré à 1 discussion</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="425"/>
        <source>Forwarded to %1 chats</source>
        <translation>Transféré à %1 discussions</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="545"/>
        <source>The original message is not in this chat&apos;s history.</source>
        <translation>Le message d’origine n’est pas dans l’historique de cette discussion.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="593"/>
        <source>Jump to the newest message</source>
        <translation>Aller au dernier message</translation>
    </message>
</context>
<context>
    <name>MessageRequestBanner</name>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="34"/>
        <source>%1 is not in your contacts</source>
        <translation>%1 ne fait pas partie de vos contacts</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="42"/>
        <source>They don&apos;t know that you have seen their messages. Replying accepts the request.</source>
        <translation>Cette personne ne sait pas que vous avez vu ses messages. Répondre accepte la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="53"/>
        <source>Add to contacts</source>
        <translation>Ajouter aux contacts</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="55"/>
        <source>Add %1 to your contacts</source>
        <translation>Ajouter %1 à vos contacts</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="60"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="66"/>
        <source>Report spam</source>
        <translation>Signaler comme spam</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="94"/>
        <source>Report spam and block?</source>
        <translation>Signaler comme spam et bloquer ?</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="94"/>
        <source>Block?</source>
        <translation>Bloquer ?</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="106"/>
        <source>%1 will not be able to message you. The request leaves your list.</source>
        <translation>%1 ne pourra plus vous écrire. La demande quitte votre liste.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="106"/>
        <source>%1 is reported to your server as spam and blocked.</source>
        <translation>%1 est signalé comme spam à votre serveur et bloqué.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="106"/>
        <source>Your server does not take spam reports: %1 will only be blocked.</source>
        <translation>Votre serveur n’accepte pas les signalements de spam : %1 sera seulement bloqué.</translation>
    </message>
</context>
<context>
    <name>MuteMenu</name>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="14"/>
        <source>Mute notifications</source>
        <translation>Mettre les notifications en sourdine</translation>
    </message>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="18"/>
        <source>For 8 hours</source>
        <translation>Pendant 8 heures</translation>
    </message>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="23"/>
        <source>For 1 week</source>
        <translation>Pendant 1 semaine</translation>
    </message>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="28"/>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
</context>
<context>
    <name>Natter</name>
    <message>
        <location filename="../../app/CommandLine.cpp" line="30"/>
        <source>Natter, a desktop XMPP messenger.</source>
        <translation>Natter, une messagerie XMPP pour ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="35"/>
        <source>Keep all state (database, settings, media) in &lt;dir&gt;, so several people can run Natter side by side.</source>
        <translation>Conserver toutes les données (base, paramètres, médias) dans &lt;dir&gt;, pour que plusieurs personnes puissent utiliser Natter côte à côte.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="39"/>
        <source>Sign in as &lt;jid&gt; at start, without the sign-in page. Needs --password-file.</source>
        <translation>Se connecter en tant que &lt;jid&gt; au démarrage, sans la page de connexion. Nécessite --password-file.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="42"/>
        <source>Read the --sign-in password from &lt;file&gt; (one line; a final newline is dropped). The file must be readable by you alone (chmod 600); Natter never deletes it, and never takes a password on the command line, where other users could see it.</source>
        <translation>Lire le mot de passe de --sign-in dans &lt;file&gt; (une ligne&#x202f;; le saut de ligne final est ignoré). Le fichier doit être lisible par vous seul (chmod 600)&#x202f;; Natter ne le supprime jamais et n&apos;accepte jamais de mot de passe sur la ligne de commande, où d&apos;autres utilisateurs pourraient le voir.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="47"/>
        <source>Connect to &lt;host&gt; instead of looking up the --sign-in domain.</source>
        <translation>Se connecter à &lt;host&gt; au lieu de rechercher le domaine de --sign-in.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="49"/>
        <source>Connect to &lt;port&gt; (usually with --host).</source>
        <translation>Se connecter au port &lt;port&gt; (généralement avec --host).</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="52"/>
        <source>Trust the server certificate(s) in &lt;pem-file&gt; for the --sign-in account, exactly as if you had accepted them in the certificate dialog: Natter pins them in the profile and then connects to a server presenting them although no certificate authority vouches for it. Use it only for a certificate you know, such as the demo server&apos;s.</source>
        <translation>Faire confiance au(x) certificat(s) du serveur contenu(s) dans &lt;pem-file&gt; pour le compte de --sign-in, exactement comme si vous les aviez acceptés dans la boîte de dialogue du certificat&#xa0;: Natter les enregistre dans le profil, puis se connecte à un serveur qui les présente, même si aucune autorité de certification ne le garantit. À n&apos;utiliser que pour un certificat que vous connaissez, comme celui du serveur de démonstration.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="60"/>
        <source>An xmpp: link to open, e.g. xmpp:alice@example.org?message.</source>
        <translation>Un lien xmpp: à ouvrir, par ex. xmpp:alice@example.org?message.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="82"/>
        <source>--password-file: %1 does not exist.</source>
        <translation>--password-file&#xa0;: %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="86"/>
        <source>--password-file: %1 is not a regular file.</source>
        <translation>--password-file&#xa0;: %1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="94"/>
        <source>--password-file: %1 is accessible by other users (mode %2); make it yours alone with: chmod 600 %1</source>
        <translation>--password-file&#xa0;: %1 est accessible à d&apos;autres utilisateurs (mode %2)&#x202f;; réservez-le à vous seul avec&#xa0;: chmod 600 %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="101"/>
        <source>--password-file: %1 is too big to hold a password.</source>
        <translation>--password-file&#xa0;: %1 est trop gros pour contenir un mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="106"/>
        <source>--password-file: cannot read %1: %2</source>
        <translation>--password-file&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="115"/>
        <source>--password-file: %1 is empty.</source>
        <translation>--password-file&#xa0;: %1 est vide.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="124"/>
        <source>--trust-certificate: %1 is not a readable file.</source>
        <translation>--trust-certificate&#xa0;: %1 n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="129"/>
        <source>--trust-certificate: %1 holds no PEM certificate.</source>
        <translation>--trust-certificate&#xa0;: %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="142"/>
        <source>--%1 works only together with --sign-in.</source>
        <translation>--%1 ne fonctionne qu&apos;avec --sign-in.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="151"/>
        <source>--sign-in: %1</source>
        <translation>--sign-in&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="157"/>
        <source>--sign-in needs --password-file &lt;file&gt;: Natter never takes a password on the command line.</source>
        <translation>--sign-in nécessite --password-file &lt;file&gt;&#xa0;: Natter n&apos;accepte jamais de mot de passe sur la ligne de commande.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="170"/>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="190"/>
        <source>Natter opens one xmpp: link at a time.</source>
        <translation>Natter ouvre un seul lien xmpp: à la fois.</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="25"/>
        <source>last seen today at %1</source>
        <translation>vu(e) aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="27"/>
        <source>last seen yesterday at %1</source>
        <translation>vu(e) hier à %1</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="28"/>
        <source>last seen %1</source>
        <translation>vu(e) le %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="39"/>
        <source>This is not an image.</source>
        <translation>Ce n&apos;est pas une image.</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="44"/>
        <source>The image is too large (%1 × %2).</source>
        <translation>L&apos;image est trop grande (%1 × %2).</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="54"/>
        <source>The image could not be read: %1</source>
        <translation>Impossible de lire l&apos;image&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="71"/>
        <source>This server asks you to solve a picture or sound puzzle (CAPTCHA), which Natter cannot show yet. Create the account on the server&apos;s website or pick another server.</source>
        <translation>Ce serveur demande de résoudre une énigme visuelle ou sonore (CAPTCHA), que Natter ne sait pas encore afficher. Créez le compte sur le site web du serveur ou choisissez un autre serveur.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="109"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="112"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="115"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="31"/>
        <source>Wrong address or password.</source>
        <translation>Adresse ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="33"/>
        <source>This account is disabled on the server.</source>
        <translation>Ce compte est désactivé sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="35"/>
        <source>The password has expired.</source>
        <translation>Le mot de passe a expiré.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="37"/>
        <source>The server offers no secure way to sign in.</source>
        <translation>Le serveur ne propose aucune connexion sécurisée.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="39"/>
        <source>Signing in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="13"/>
        <source>The server could not be found. Check the address and your connection.</source>
        <translation>Serveur introuvable. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="15"/>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="17"/>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="19"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="21"/>
        <source>The network is unreachable.</source>
        <translation>Le réseau est inaccessible.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="23"/>
        <source>A secure connection to the server could not be established.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le serveur.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="25"/>
        <source>The connection failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
</context>
<context>
    <name>Natter::AccountSession</name>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="323"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="325"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="334"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="334"/>
        <source>Offline: %1</source>
        <translation>Hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="345"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="347"/>
        <source>The port must be 1 to 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="474"/>
        <source>Not connected: you did not trust the server&apos;s certificate.</source>
        <translation>Non connecté&#xa0;: vous n&apos;avez pas fait confiance au certificat du serveur.</translation>
    </message>
</context>
<context>
    <name>Natter::AttachmentDraftModel</name>
    <message numerus="yes">
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="137"/>
        <source>Only %n files can be sent at once; send these first, then add the rest.</source>
        <translation>
            <numerusform>Vous ne pouvez envoyer que %n fichier à la fois&#x202f;; envoyez d&apos;abord celui-ci, puis ajoutez le reste.</numerusform>
            <numerusform>Vous ne pouvez envoyer que %n fichiers à la fois&#x202f;; envoyez d&apos;abord ceux-ci, puis ajoutez le reste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="226"/>
        <source>The pasted image could not be saved. Check that the disk has room.</source>
        <translation>Impossible d&apos;enregistrer l&apos;image collée. Vérifiez qu&apos;il reste de la place sur le disque.</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="248"/>
        <source>Only files on this computer can be attached.</source>
        <translation>Seuls les fichiers de cet ordinateur peuvent être joints.</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="252"/>
        <source>This file cannot be read. Check that it still exists and you may open it.</source>
        <translation>Impossible de lire ce fichier. Vérifiez qu&apos;il existe toujours et que vous avez le droit de l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>Natter::AudioPlayer</name>
    <message>
        <location filename="../../src/media/AudioPlayer.cpp" line="29"/>
        <source>This audio cannot be played: %1</source>
        <translation>Impossible de lire cet audio&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/AudioPlayer.cpp" line="61"/>
        <source>There is no sound output to play this on.</source>
        <translation>Aucune sortie audio n&apos;est disponible pour la lecture.</translation>
    </message>
    <message>
        <location filename="../../src/media/AudioPlayer.cpp" line="93"/>
        <source>This audio file cannot be read. It may be damaged or in a format this system does not play.</source>
        <translation>Impossible de lire ce fichier audio. Il est peut-être endommagé ou dans un format que ce système ne lit pas.</translation>
    </message>
</context>
<context>
    <name>Natter::AvatarCache</name>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="102"/>
        <source>The avatar does not match its announced hash.</source>
        <translation>La photo de profil ne correspond pas à son empreinte annoncée.</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="106"/>
        <source>The avatar is too large (%1 bytes).</source>
        <translation>La photo de profil est trop grande (%1 octets).</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="122"/>
        <source>The avatar could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la photo de profil&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="136"/>
        <source>The file could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="140"/>
        <source>The file is too large for a profile picture.</source>
        <translation>Le fichier est trop gros pour une photo de profil.</translation>
    </message>
</context>
<context>
    <name>Natter::AvatarService</name>
    <message>
        <location filename="../../src/services/AvatarService.cpp" line="120"/>
        <source>Not connected. Try again when Natter is online.</source>
        <translation>Non connecté. Réessayez quand Natter sera en ligne.</translation>
    </message>
</context>
<context>
    <name>Natter::ChatComposer</name>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="144"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="162"/>
        <source>This message can no longer be edited.</source>
        <translation>Ce message ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="172"/>
        <source>Your history is not open yet; try again in a moment.</source>
        <translation>Votre historique n&apos;est pas encore ouvert&#x202f;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="215"/>
        <source>“%1” could not be sent.</source>
        <translation>Impossible d&apos;envoyer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="228"/>
        <source>This message could not be sent.</source>
        <translation>Impossible d&apos;envoyer ce message.</translation>
    </message>
</context>
<context>
    <name>Natter::ChatTime</name>
    <message>
        <location filename="../../src/core/ChatTime.cpp" line="22"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../src/core/ChatTime.cpp" line="60"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>Natter::ContactService</name>
    <message>
        <location filename="../../src/services/ContactService.cpp" line="52"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/services/ContactService.cpp" line="80"/>
        <source>Your picture could not be published: %1</source>
        <translation>Impossible de publier votre photo&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/ContactService.cpp" line="260"/>
        <source>Not connected. Try again when Natter is online.</source>
        <translation>Non connecté. Réessayez quand Natter sera en ligne.</translation>
    </message>
</context>
<context>
    <name>Natter::ConversationModel</name>
    <message>
        <location filename="../../src/models/ConversationModel.cpp" line="60"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
</context>
<context>
    <name>Natter::DBusNotifier</name>
    <message>
        <location filename="../../src/desktop/DBusNotifier.cpp" line="69"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>Natter::Database</name>
    <message>
        <location filename="../../src/storage/Database.cpp" line="84"/>
        <source>The history file %1 is damaged and could not be moved aside.</source>
        <translation>Le fichier d&apos;historique %1 est endommagé et n&apos;a pas pu être mis de côté.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="89"/>
        <source>Cannot open the history file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier d&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="99"/>
        <source>The history file %1 is damaged and could not be replaced.</source>
        <translation>Le fichier d&apos;historique %1 est endommagé et n&apos;a pas pu être remplacé.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="108"/>
        <source>This history was written by a newer version of Natter (schema %1; this version understands up to %2). Update Natter to open it.</source>
        <translation>Cet historique a été écrit par une version plus récente de Natter (schéma %1&#x202f;; cette version comprend jusqu&apos;au %2). Mettez Natter à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="132"/>
        <source>Cannot update the history file %1: %2</source>
        <translation>Impossible de mettre à jour le fichier d&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="138"/>
        <source>The history file was damaged. It was moved to %1 and a new, empty history was started.</source>
        <translation>Le fichier d&apos;historique était endommagé. Il a été déplacé vers %1 et un nouvel historique vide a été créé.</translation>
    </message>
</context>
<context>
    <name>Natter::Download</name>
    <message>
        <location filename="../../src/media/Download.cpp" line="69"/>
        <source>The file could not be saved: there are too many files named %1.</source>
        <translation>Le fichier n’a pas pu être enregistré&#xa0;: il y a trop de fichiers nommés %1.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="77"/>
        <location filename="../../src/media/Download.cpp" line="89"/>
        <location filename="../../src/media/Download.cpp" line="163"/>
        <location filename="../../src/media/Download.cpp" line="200"/>
        <location filename="../../src/media/Download.cpp" line="256"/>
        <location filename="../../src/media/Download.cpp" line="278"/>
        <source>The file could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="183"/>
        <source>The file on the server is not the one that was sent (its size differs), so it was not downloaded.</source>
        <translation>Le fichier sur le serveur n&apos;est pas celui qui a été envoyé (sa taille diffère)&#xa0;: il n&apos;a donc pas été téléchargé.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="197"/>
        <source>The file on the server is larger than announced, so it was not downloaded.</source>
        <translation>Le fichier sur le serveur est plus gros qu&apos;annoncé&#xa0;: il n&apos;a donc pas été téléchargé.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="221"/>
        <source>The server sent an invalid redirect.</source>
        <translation>Le serveur a envoyé une redirection non valide.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="223"/>
        <source>The link redirects too often, so the file was not downloaded.</source>
        <translation>Le lien redirige trop souvent&#xa0;: le fichier n&apos;a donc pas été téléchargé.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="259"/>
        <source>The file on the server is not the one that was sent (its size differs), so it was removed.</source>
        <translation>Le fichier sur le serveur n&apos;est pas celui qui a été envoyé (sa taille diffère)&#xa0;: il a donc été supprimé.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="263"/>
        <source>The file on the server is not the one that was sent (its checksum differs), so it was removed.</source>
        <translation>Le fichier sur le serveur n&apos;est pas celui qui a été envoyé (sa somme de contrôle diffère)&#xa0;: il a donc été supprimé.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="268"/>
        <source>The saved file is not the one that was sent (it changed on disk), so it was removed.</source>
        <translation>Le fichier enregistré n’est pas celui qui a été envoyé (il a changé sur le disque)&#xa0;; il a donc été supprimé.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="271"/>
        <source>The file could not be saved: another program took the name %1.</source>
        <translation>Le fichier n’a pas pu être enregistré&#xa0;: un autre programme a pris le nom %1.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="294"/>
        <source>The file is no longer on the server (HTTP %1).</source>
        <translation>Le fichier n&apos;est plus sur le serveur (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="296"/>
        <source>The server refused the download (HTTP %1). Try again later.</source>
        <translation>Le serveur a refusé le téléchargement (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="300"/>
        <source>The download stalled and was stopped. Check your connection and try again.</source>
        <translation>Le téléchargement était bloqué et a été arrêté. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="302"/>
        <source>The server %1 could not be found.</source>
        <translation>Serveur %1 introuvable.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="304"/>
        <source>The server&apos;s certificate is not trusted, so the file was not downloaded.</source>
        <translation>Le certificat du serveur n&apos;est pas fiable&#xa0;: le fichier n&apos;a donc pas été téléchargé.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="306"/>
        <source>The server sent an unexpected answer (HTTP %1).</source>
        <translation>Le serveur a envoyé une réponse inattendue (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="308"/>
        <source>The server could not be reached (%1). Check your connection and try again.</source>
        <translation>Impossible de joindre le serveur (%1). Vérifiez votre connexion et réessayez.</translation>
    </message>
</context>
<context>
    <name>Natter::DownloadService</name>
    <message>
        <location filename="../../src/services/DownloadService.cpp" line="87"/>
        <source>The file is larger than Natter downloads (max 100 MB).</source>
        <translation>Le fichier dépasse la taille que Natter télécharge (100 Mo max.).</translation>
    </message>
</context>
<context>
    <name>Natter::EmojiModel</name>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="100"/>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="101"/>
        <source>Smileys &amp; people</source>
        <translation>Smileys et personnes</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="102"/>
        <source>Animals &amp; nature</source>
        <translation>Animaux et nature</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="103"/>
        <source>Food &amp; drink</source>
        <translation>Nourriture et boissons</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="104"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="105"/>
        <source>Travel &amp; places</source>
        <translation>Voyages et lieux</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="106"/>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="107"/>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="108"/>
        <source>Flags</source>
        <translation>Drapeaux</translation>
    </message>
</context>
<context>
    <name>Natter::FileUpload</name>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="33"/>
        <source>The file could not be read: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="41"/>
        <source>The file changed while it was being sent. Please send it again.</source>
        <translation>Le fichier a changé pendant l&apos;envoi. Veuillez le renvoyer.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="88"/>
        <source>The server refused the file as too large (HTTP 413).</source>
        <translation>Le serveur a refusé le fichier, jugé trop gros (HTTP 413).</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="90"/>
        <source>The server refused the upload (HTTP %1). Try again later.</source>
        <translation>Le serveur a refusé l&apos;envoi (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="94"/>
        <source>The upload stalled and was stopped. Check your connection and try again.</source>
        <translation>L&apos;envoi était bloqué et a été arrêté. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="96"/>
        <source>The upload server&apos;s certificate is not trusted, so nothing was sent.</source>
        <translation>Le certificat du serveur d&apos;envoi n&apos;est pas fiable&#xa0;: rien n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="98"/>
        <source>The upload server sent an unexpected answer (HTTP %1).</source>
        <translation>Le serveur d&apos;envoi a envoyé une réponse inattendue (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="100"/>
        <source>The upload server could not be reached (%1). Check your connection and try again.</source>
        <translation>Impossible de joindre le serveur d&apos;envoi (%1). Vérifiez votre connexion et réessayez.</translation>
    </message>
</context>
<context>
    <name>Natter::ForwardTargets</name>
    <message>
        <location filename="../../src/models/actions/ForwardTargets.cpp" line="136"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../src/models/actions/ForwardTargets.cpp" line="136"/>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../src/models/actions/ForwardTargets.cpp" line="136"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/actions/ForwardTargets.cpp" line="167"/>
        <source>You can forward to at most %n chats at once.</source>
        <translation>
            <numerusform>Vous pouvez transférer à %n discussion au maximum à la fois.</numerusform>
            <numerusform>Vous pouvez transférer à %n discussions au maximum à la fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Natter::Forwarding</name>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="35"/>
        <source>This file changed on disk since it was received; it can&apos;t be forwarded.</source>
        <translation>Ce fichier a été modifié sur le disque depuis sa réception&#xa0;; il ne peut pas être transféré.</translation>
    </message>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="88"/>
        <source>Choose a chat to forward the message to.</source>
        <translation>Choisissez une discussion à laquelle transférer le message.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/services/actions/Forwarding.cpp" line="91"/>
        <source>A message can be forwarded to at most %n chats at once.</source>
        <translation>
            <numerusform>Un message peut être transféré à %n discussion au maximum à la fois.</numerusform>
            <numerusform>Un message peut être transféré à %n discussions au maximum à la fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="97"/>
        <source>This message can&apos;t be forwarded.</source>
        <translation>Ce message ne peut pas être transféré.</translation>
    </message>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="106"/>
        <source>Choose a message to forward.</source>
        <translation>Choisissez un message à transférer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/services/actions/Forwarding.cpp" line="109"/>
        <source>At most %n messages can be forwarded at once.</source>
        <translation>
            <numerusform>Vous pouvez transférer au maximum %n message à la fois.</numerusform>
            <numerusform>Vous pouvez transférer au maximum %n messages à la fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/services/actions/Forwarding.cpp" line="151"/>
        <source>The message could not be forwarded to %n of the chats.</source>
        <translation>
            <numerusform>Le message n&apos;a pas pu être transféré à %n des discussions.</numerusform>
            <numerusform>Le message n&apos;a pas pu être transféré à %n des discussions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Natter::GeoUri</name>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="93"/>
        <source>The location link is too long.</source>
        <translation>Le lien de la position est trop long.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="95"/>
        <source>This is not a geo: location.</source>
        <translation>Ceci n&apos;est pas une position geo:.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="97"/>
        <source>The location link contains characters a link cannot hold.</source>
        <translation>Le lien de la position contient des caractères qu&apos;un lien ne peut pas contenir.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="105"/>
        <source>The location&apos;s coordinates are not numbers in degrees.</source>
        <translation>Les coordonnées de la position ne sont pas des nombres en degrés.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="111"/>
        <source>The location link has too many parameters.</source>
        <translation>Le lien de la position a trop de paramètres.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="119"/>
        <source>The location uses a coordinate system other than WGS-84.</source>
        <translation>La position utilise un autre système de coordonnées que WGS-84.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="123"/>
        <source>The location&apos;s uncertainty is not a distance in metres.</source>
        <translation>L&apos;incertitude de la position n&apos;est pas une distance en mètres.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="126"/>
        <source>The location link contains an invalid parameter.</source>
        <translation>Le lien de la position contient un paramètre non valide.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="138"/>
        <source>The location link contains an invalid %-escape.</source>
        <translation>Le lien de la position contient une séquence d&apos;échappement % non valide.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="143"/>
        <source>The location&apos;s name is too long.</source>
        <translation>Le nom de la position est trop long.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="154"/>
        <location filename="../../src/core/GeoUri.cpp" line="188"/>
        <source>The location&apos;s latitude or longitude is out of range.</source>
        <translation>La latitude ou la longitude de la position est hors limites.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="163"/>
        <source>Paste a geo: link, a map link or two numbers such as 52.52, 13.405.</source>
        <translation>Collez un lien geo:, un lien de carte ou deux nombres comme 52.52, 13.405.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="211"/>
        <source>The latitude is a number from -90 to 90.</source>
        <translation>La latitude est un nombre de -90 à 90.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="213"/>
        <source>The longitude is a number from -180 to 180.</source>
        <translation>La longitude est un nombre de -180 à 180.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="225"/>
        <source>The name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
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
        <translation>Vous ne faites plus partie de ce groupe.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="174"/>
        <source>That is not an address. It looks like name@example.org.</source>
        <translation>Ce n&apos;est pas une adresse. Elle ressemble à nom@example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="213"/>
        <source>This participant&apos;s address is hidden, so they cannot be changed.</source>
        <translation>L&apos;adresse de ce participant est masquée&#xa0;: son rôle ne peut donc pas être modifié.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="232"/>
        <source>Give the group a name.</source>
        <translation>Donnez un nom au groupe.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="246"/>
        <source>Replaced by a newer description.</source>
        <translation>Remplacée par une description plus récente.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="254"/>
        <source>The group did not answer. Try again later.</source>
        <translation>Le groupe n&apos;a pas répondu. Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>Natter::GroupDetails</name>
    <message numerus="yes">
        <location filename="../../src/models/groups/GroupDetails.cpp" line="109"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="114"/>
        <source>You</source>
        <translation>Vous</translation>
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
        <translation>Vous avez quitté ce groupe.</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="151"/>
        <source>You were removed from this group.</source>
        <translation>Vous avez été retiré de ce groupe.</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="153"/>
        <source>You were banned from this group.</source>
        <translation>Vous avez été banni de ce groupe.</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="155"/>
        <source>This group was deleted.</source>
        <translation>Ce groupe a été supprimé.</translation>
    </message>
</context>
<context>
    <name>Natter::GroupPrivateMessaging</name>
    <message>
        <location filename="../../src/services/groups/GroupPrivateMessaging.cpp" line="36"/>
        <source>The group refused the message.</source>
        <translation>Le groupe a refusé le message.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupPrivateMessaging.cpp" line="75"/>
        <source>You are no longer in %1.</source>
        <translation>Vous ne faites plus partie de %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupPrivateMessaging.cpp" line="82"/>
        <source>%1 is no longer in %2.</source>
        <translation>%1 ne fait plus partie de %2.</translation>
    </message>
</context>
<context>
    <name>Natter::GroupService</name>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="214"/>
        <source>Give the group a name.</source>
        <translation>Donnez un nom au groupe.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="216"/>
        <source>You are offline. Groups can be created once Natter is connected.</source>
        <translation>Vous êtes hors ligne. Vous pourrez créer des groupes une fois Natter connecté.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="232"/>
        <source>Your server does not offer groups.</source>
        <translation>Votre serveur ne propose pas de groupes.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="239"/>
        <source>The server gave no new group. Try again.</source>
        <translation>Le serveur n’a pas créé de nouveau groupe. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="244"/>
        <source>The server did not accept the group&apos;s settings.</source>
        <translation>Le serveur n’a pas accepté les réglages du groupe.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="280"/>
        <source>That is not a group address. It looks like name@groups.example.org.</source>
        <translation>Ce n’est pas une adresse de groupe. Elle ressemble à nom@groups.example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="286"/>
        <source>You are offline. Groups can be joined once Natter is connected.</source>
        <translation>Vous êtes hors ligne. Vous pourrez rejoindre des groupes une fois Natter connecté.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="323"/>
        <source>The group could not be saved in your history.</source>
        <translation>Le groupe n’a pas pu être enregistré dans votre historique.</translation>
    </message>
</context>
<context>
    <name>Natter::HistoryService</name>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="40"/>
        <source>The disk is full. Free some space on it: until then, new messages wait in memory, and they are saved as soon as there is room.</source>
        <translation>Le disque est plein. Libérez de l’espace&#xa0;: d’ici là, les nouveaux messages attendent en mémoire et sont enregistrés dès qu’il y a de la place.</translation>
    </message>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="43"/>
        <source>The message history file is damaged. Restart Natter to repair it; the damaged file is kept.</source>
        <translation>Le fichier de l’historique des messages est endommagé. Redémarrez Natter pour le réparer&#xa0;; le fichier endommagé est conservé.</translation>
    </message>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="46"/>
        <source>Saving history failed: %1</source>
        <translation>Échec de l&apos;enregistrement de l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="59"/>
        <source>Your message history could not be read, so Natter started a new one. The damaged file was kept as %1.</source>
        <translation>Impossible de lire votre historique de messages&#xa0;: Natter en a commencé un nouveau. Le fichier endommagé a été conservé sous %1.</translation>
    </message>
</context>
<context>
    <name>Natter::ImageDecoder</name>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="32"/>
        <source>The image says it is %1 × %2 pixels, more than Natter opens. Save it and open it with another program if you trust it.</source>
        <translation>L&apos;image indique %1 × %2 pixels, plus que ce que Natter ouvre. Enregistrez-la et ouvrez-la avec un autre programme si vous lui faites confiance.</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="77"/>
        <location filename="../../src/media/ImageDecoder.cpp" line="132"/>
        <source>The file could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="96"/>
        <source>The preview image is larger than a preview may be.</source>
        <translation>L&apos;aperçu est plus grand que ce qu&apos;un aperçu peut être.</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="101"/>
        <location filename="../../src/media/ImageDecoder.cpp" line="106"/>
        <source>This file is not an image Natter can show.</source>
        <translation>Ce fichier n&apos;est pas une image que Natter peut afficher.</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="162"/>
        <source>The image could not be read: %1</source>
        <translation>Impossible de lire l&apos;image&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Natter::InvitationModel</name>
    <message>
        <location filename="../../src/models/groups/InvitationModel.cpp" line="59"/>
        <source>%1 invited you to %2</source>
        <translation>%1 vous a invité à %2</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/InvitationModel.cpp" line="60"/>
        <source>Someone you don&apos;t know (%1) invited you to %2</source>
        <translation>Quelqu’un que vous ne connaissez pas (%1) vous a invité à %2</translation>
    </message>
</context>
<context>
    <name>Natter::Jid</name>
    <message>
        <location filename="../../src/core/Jid.cpp" line="49"/>
        <source>Enter an address like name@example.org.</source>
        <translation>Saisissez une adresse comme nom@example.org.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="58"/>
        <source>The part after &apos;/&apos; is empty.</source>
        <translation>La partie après «&#xa0;/&#xa0;» est vide.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="65"/>
        <source>The name before &apos;@&apos; is empty.</source>
        <translation>Le nom avant «&#xa0;@&#xa0;» est vide.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="67"/>
        <source>The name before &apos;@&apos; contains a character that is not allowed.</source>
        <translation>Le nom avant «&#xa0;@&#xa0;» contient un caractère non autorisé.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="71"/>
        <source>&apos;%1&apos; is not a valid server name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de serveur valide.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="74"/>
        <source>The address is too long.</source>
        <translation>L&apos;adresse est trop longue.</translation>
    </message>
</context>
<context>
    <name>Natter::LastSeenFormatter</name>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="36"/>
        <source>typing…</source>
        <translation>écrit…</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="38"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
</context>
<context>
    <name>Natter::MediaProbe</name>
    <message>
        <location filename="../../src/media/MediaProbe.cpp" line="31"/>
        <location filename="../../src/media/MediaProbe.cpp" line="86"/>
        <source>Cannot read this media file. It may be damaged or in a format this system does not know.</source>
        <translation>Impossible de lire ce fichier multimédia. Il est peut-être endommagé ou dans un format que ce système ne connaît pas.</translation>
    </message>
    <message>
        <location filename="../../src/media/MediaProbe.cpp" line="42"/>
        <source>Cannot read this media file: it did not open in time.</source>
        <translation>Impossible de lire ce fichier multimédia&#xa0;: il ne s&apos;est pas ouvert à temps.</translation>
    </message>
    <message>
        <location filename="../../src/media/MediaProbe.cpp" line="52"/>
        <source>Cannot read this media file: it is missing, empty or not readable.</source>
        <translation>Impossible de lire ce fichier multimédia&#xa0;: il est absent, vide ou illisible.</translation>
    </message>
</context>
<context>
    <name>Natter::MediaService</name>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="37"/>
        <source>Your server does not accept files (it offers no HTTP upload).</source>
        <translation>Votre serveur n&apos;accepte pas les fichiers (il ne propose pas l&apos;envoi HTTP).</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="90"/>
        <source>The file cannot be read.</source>
        <translation>Impossible de lire le fichier.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="92"/>
        <source>The file is empty, so there is nothing to send.</source>
        <translation>Le fichier est vide&#xa0;: il n&apos;y a rien à envoyer.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="247"/>
        <location filename="../../src/services/MediaService.cpp" line="321"/>
        <source>The upload was cancelled.</source>
        <translation>L&apos;envoi a été annulé.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="331"/>
        <location filename="../../src/services/MediaService.cpp" line="358"/>
        <source>The file is not downloaded yet.</source>
        <translation>Le fichier n&apos;est pas encore téléchargé.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="338"/>
        <source>The file could not be saved there.</source>
        <translation>Impossible d&apos;enregistrer le fichier à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="367"/>
        <source>No application on this computer opens this file.</source>
        <translation>Aucune application de cet ordinateur ne peut ouvrir ce fichier.</translation>
    </message>
</context>
<context>
    <name>Natter::MessageCard</name>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="75"/>
        <source>📍 Location</source>
        <translation>📍 Position</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="76"/>
        <source>📍 Location: %1</source>
        <translation>📍 Position&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="78"/>
        <source>👤 Contact: %1</source>
        <translation>👤 Contact&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="96"/>
        <source>Location: %1</source>
        <translation>Position&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="97"/>
        <source>Location: %1, %2</source>
        <translation>Position&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="99"/>
        <source>Contact: %1</source>
        <translation>Contact&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="100"/>
        <source>Contact: %1, %2</source>
        <translation>Contact&#xa0;: %1, %2</translation>
    </message>
</context>
<context>
    <name>Natter::MessageInfoModel</name>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="122"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="216"/>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="218"/>
        <source>Sent, not delivered yet</source>
        <translation>Envoyé, pas encore distribué</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="220"/>
        <source>Delivered, not read yet</source>
        <translation>Distribué, pas encore lu</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="222"/>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="224"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="225"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="241"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Lu par %n personne</numerusform>
            <numerusform>Lu par %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="242"/>
        <source>Read by %1 of %2</source>
        <translation>Lu par %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="277"/>
        <source>Read by</source>
        <translation>Lu par</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="277"/>
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="279"/>
        <source>%1, not read yet</source>
        <translation>%1, pas encore lu</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="280"/>
        <source>%1, read %2</source>
        <translation>%1, lu %2</translation>
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
        <translation>aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="316"/>
        <source>yesterday at %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="318"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>Natter::MessageSync</name>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="72"/>
        <source>The recipient cannot receive messages.</source>
        <translation>Le destinataire ne peut pas recevoir de messages.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="74"/>
        <source>This address does not exist.</source>
        <translation>Cette adresse n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="77"/>
        <source>The recipient&apos;s server cannot be reached.</source>
        <translation>Le serveur du destinataire est injoignable.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="80"/>
        <source>The server refused the message.</source>
        <translation>Le serveur a refusé le message.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="82"/>
        <source>The message could not be delivered.</source>
        <translation>Impossible de distribuer le message.</translation>
    </message>
</context>
<context>
    <name>Natter::MucSync</name>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="59"/>
        <source>This group needs a password.</source>
        <translation>Ce groupe demande un mot de passe.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="61"/>
        <source>Someone in this group already uses that nickname. Choose another.</source>
        <translation>Quelqu&apos;un dans ce groupe utilise déjà ce pseudo. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="63"/>
        <source>Only members can enter this group. Ask an admin to add you.</source>
        <translation>Seuls les membres peuvent entrer dans ce groupe. Demandez à un administrateur de vous ajouter.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="65"/>
        <source>You are banned from this group.</source>
        <translation>Vous êtes banni de ce groupe.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="67"/>
        <source>This group does not exist.</source>
        <translation>Ce groupe n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="69"/>
        <source>This group is full.</source>
        <translation>Ce groupe est complet.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="71"/>
        <source>The group&apos;s server cannot be reached.</source>
        <translation>Le serveur du groupe est injoignable.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="73"/>
        <source>The group did not answer. Try again later.</source>
        <translation>Le groupe n&apos;a pas répondu. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="75"/>
        <source>The group refused to let you in.</source>
        <translation>Le groupe a refusé de vous laisser entrer.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="396"/>
        <source>Only the group&apos;s admins can change its description.</source>
        <translation>Seuls les administrateurs du groupe peuvent modifier sa description.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="397"/>
        <source>The group did not accept the new description.</source>
        <translation>Le groupe n&apos;a pas accepté la nouvelle description.</translation>
    </message>
</context>
<context>
    <name>Natter::NickService</name>
    <message>
        <location filename="../../src/services/NickService.cpp" line="123"/>
        <source>Your name could not be shared: your server does not support profile names.</source>
        <translation>Impossible de partager votre nom&#xa0;: votre serveur ne prend pas en charge les noms de profil.</translation>
    </message>
    <message>
        <location filename="../../src/services/NickService.cpp" line="124"/>
        <source>Your name could not be shared: %1</source>
        <translation>Impossible de partager votre nom&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/NickService.cpp" line="125"/>
        <source>the server refused it.</source>
        <translation>le serveur l&apos;a refusé.</translation>
    </message>
</context>
<context>
    <name>Natter::NotificationService</name>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="45"/>
        <source>📷 Photo</source>
        <translation>📷 Photo</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="47"/>
        <source>🎥 Video</source>
        <translation>🎥 Vidéo</translation>
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
        <translation>🎤 Message vocal (%1)</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="52"/>
        <source>🎤 Voice message</source>
        <translation>🎤 Message vocal</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="56"/>
        <source>📄 %1</source>
        <translation>📄 %1</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="56"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="125"/>
        <source>%1 new messages</source>
        <translation>%1 nouveaux messages</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="127"/>
        <source>Natter</source>
        <translation>Natter</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="129"/>
        <source>%1 new messages in %2 chats</source>
        <translation>%1 nouveaux messages dans %2 discussions</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="157"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="158"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
</context>
<context>
    <name>Natter::OutgoingFile</name>
    <message>
        <location filename="../../src/media/OutgoingFile.cpp" line="31"/>
        <location filename="../../src/media/OutgoingFile.cpp" line="66"/>
        <source>The file cannot be read.</source>
        <translation>Impossible de lire le fichier.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingFile.cpp" line="37"/>
        <source>There is no room for the file in Natter&apos;s media folder.</source>
        <translation>Il n&apos;y a pas de place pour le fichier dans le dossier des médias de Natter.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingFile.cpp" line="57"/>
        <source>The file could not be copied into Natter&apos;s media folder.</source>
        <translation>Impossible de copier le fichier dans le dossier des médias de Natter.</translation>
    </message>
</context>
<context>
    <name>Natter::OutgoingImage</name>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="52"/>
        <source>The picture is too large to send.</source>
        <translation>L&apos;image est trop grande pour être envoyée.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="53"/>
        <source>The picture could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;image&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="90"/>
        <source>The picture could not be compressed.</source>
        <translation>Impossible de compresser l&apos;image.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="106"/>
        <source>The picture could not be saved for sending: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;image pour l&apos;envoi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Natter::ParticipantModel</name>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="144"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="186"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="188"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="190"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="226"/>
        <source>You cannot do that in this group.</source>
        <translation>Vous ne pouvez pas faire cela dans ce groupe.</translation>
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
        <translation>Un autre Natter (processus %1 sur %2) utilise ce profil. Fermez-le d&apos;abord, ou lancez Natter avec un autre profil.</translation>
    </message>
    <message>
        <location filename="../../src/storage/ProfileLock.cpp" line="39"/>
        <source>Cannot write the lock file %1.</source>
        <translation>Impossible d&apos;écrire le fichier de verrou %1.</translation>
    </message>
</context>
<context>
    <name>Natter::RegistrationService</name>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="85"/>
        <source>Asking %1 what it needs…</source>
        <translation>Demande à %1 des informations requises…</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="87"/>
        <source>Creating your account…</source>
        <translation>Création de votre compte…</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="89"/>
        <source>Account created. Signing in…</source>
        <translation>Compte créé. Connexion…</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="91"/>
        <source>Your account %1 is ready.</source>
        <translation>Votre compte %1 est prêt.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="106"/>
        <source>Enter the server&apos;s name, such as example.org.</source>
        <translation>Saisissez le nom du serveur, par exemple example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="111"/>
        <source>Enter only the server&apos;s name, such as example.org.</source>
        <translation>Saisissez uniquement le nom du serveur, par exemple example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="115"/>
        <source>The port must be 1 to 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="145"/>
        <source>The server did not say what it needs to create an account.</source>
        <translation>Le serveur n&apos;a pas indiqué ce dont il a besoin pour créer un compte.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="207"/>
        <source>Issued to: %1
Issued by: %2
Valid until: %3
SHA-256: %4</source>
        <translation>Délivré à&#xa0;: %1
Délivré par&#xa0;: %2
Valide jusqu&apos;au&#xa0;: %3
SHA-256&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="234"/>
        <source>Natter cannot fill in “%1”, which this server requires.</source>
        <translation>Natter ne peut pas remplir «&#xa0;%1&#xa0;», que ce serveur exige.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="238"/>
        <source>Fill in: %1.</source>
        <translation>À remplir&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="242"/>
        <source>Enter only the name, without “@” or the server.</source>
        <translation>Saisissez uniquement le nom, sans «&#xa0;@&#xa0;» ni le serveur.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="282"/>
        <source>Your account %1 was created, but signing in failed: %2</source>
        <translation>Votre compte %1 a été créé, mais la connexion a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Natter::RegistrationSync</name>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="229"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n&apos;est pas fiable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="239"/>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="288"/>
        <source>That name is taken.</source>
        <translation>Ce nom est déjà pris.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="290"/>
        <source>This server does not allow creating accounts here.</source>
        <translation>Ce serveur ne permet pas de créer un compte ici.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="292"/>
        <source>Some fields are missing or invalid.</source>
        <translation>Certains champs sont manquants ou non valides.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="294"/>
        <source>The server does not accept another new account from here right now. Try again later.</source>
        <translation>Le serveur n&apos;accepte pas d&apos;autre nouveau compte depuis ici pour le moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="297"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Le certificat du serveur n&apos;est pas fiable.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="299"/>
        <source>The server could not be reached.</source>
        <translation>Impossible de joindre le serveur.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="303"/>
        <source>The server refused to create the account.</source>
        <translation>Le serveur a refusé de créer le compte.</translation>
    </message>
</context>
<context>
    <name>Natter::ReplyQuotes</name>
    <message>
        <location filename="../../src/models/actions/ReplyQuotes.cpp" line="65"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
</context>
<context>
    <name>Natter::Session</name>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="91"/>
        <source>The connection was lost.</source>
        <translation>La connexion a été perdue.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="219"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n&apos;est pas fiable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="253"/>
        <source>The server stopped answering.</source>
        <translation>Le serveur ne répond plus.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="256"/>
        <source>This account was signed in from another place with the same device name.</source>
        <translation>Ce compte s&apos;est connecté depuis un autre endroit avec le même nom d&apos;appareil.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="259"/>
        <source>The server ended the session.</source>
        <translation>Le serveur a mis fin à la session.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="262"/>
        <source>The connection failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
</context>
<context>
    <name>Natter::TrayIcon</name>
    <message>
        <location filename="../../src/desktop/TrayIcon.cpp" line="58"/>
        <source>Open Natter</source>
        <translation>Ouvrir Natter</translation>
    </message>
    <message>
        <location filename="../../src/desktop/TrayIcon.cpp" line="62"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/desktop/TrayIcon.cpp" line="109"/>
        <source>Natter — %n unread message(s)</source>
        <translation>
            <numerusform>Natter — %n message non lu</numerusform>
            <numerusform>Natter — %n messages non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Natter::UploadSync</name>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="99"/>
        <source>The file is larger than the server accepts (max %1).</source>
        <translation>Le fichier dépasse la taille acceptée par le serveur (%1 max.).</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="100"/>
        <source>The file is larger than Natter sends (max %1).</source>
        <translation>Le fichier dépasse la taille que Natter envoie (%1 max.).</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="200"/>
        <source>Your server does not offer file uploads right now. Try again once you are connected.</source>
        <translation>Votre serveur ne propose pas l&apos;envoi de fichiers pour le moment. Réessayez une fois connecté.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="205"/>
        <source>The file is empty, so there is nothing to send.</source>
        <translation>Le fichier est vide&#xa0;: il n&apos;y a rien à envoyer.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="222"/>
        <source>The server refused the file as too large.</source>
        <translation>Le serveur a refusé le fichier, jugé trop gros.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="224"/>
        <source>Your storage on the server is full. Try again later.</source>
        <translation>Votre espace sur le serveur est plein. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="227"/>
        <source>Your server does not allow you to send files.</source>
        <translation>Votre serveur ne vous permet pas d&apos;envoyer des fichiers.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="229"/>
        <source>The server could not take the file (%1). Try again later.</source>
        <translation>Le serveur n&apos;a pas pu prendre le fichier (%1). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="245"/>
        <source>The server offered an unencrypted or invalid upload address, so the file was not sent.</source>
        <translation>Le serveur a proposé une adresse d&apos;envoi non chiffrée ou non valide&#xa0;: le fichier n&apos;a donc pas été envoyé.</translation>
    </message>
</context>
<context>
    <name>Natter::VoiceRecorder</name>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="76"/>
        <source>No microphone was found. Connect one, or allow Natter to use it in your system&apos;s settings, then try again.</source>
        <translation>Aucun micro trouvé. Branchez-en un, ou autorisez Natter à l&apos;utiliser dans les paramètres du système, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="81"/>
        <source>This system cannot record voice notes: no AAC audio encoder is available.</source>
        <translation>Ce système ne peut pas enregistrer de messages vocaux&#xa0;: aucun encodeur audio AAC n&apos;est disponible.</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="86"/>
        <source>Cannot save the voice note in %1. Check that the folder is writable.</source>
        <translation>Impossible d&apos;enregistrer le message vocal dans %1. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="149"/>
        <source>Recording stopped because of an error: %1</source>
        <translation>L&apos;enregistrement s&apos;est arrêté à cause d&apos;une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="173"/>
        <source>Nothing was recorded. Check that the microphone is connected and not muted, then try again.</source>
        <translation>Rien n&apos;a été enregistré. Vérifiez que le micro est branché et non coupé, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Natter::XmppUri</name>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="50"/>
        <source>The link contains an invalid %-escape.</source>
        <translation>Le lien contient un échappement&#xa0;% non valide.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="54"/>
        <source>The link is empty.</source>
        <translation>Le lien est vide.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="56"/>
        <source>&apos;%1&apos; is not an xmpp: link.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un lien xmpp:.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="58"/>
        <source>The link contains spaces or control characters.</source>
        <translation>Le lien contient des espaces ou des caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="70"/>
        <source>The link names an account but no contact or group to open.</source>
        <translation>Le lien indique un compte, mais aucun contact ni groupe à ouvrir.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="77"/>
        <source>The account in the link is not valid: %1</source>
        <translation>Le compte indiqué dans le lien n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="82"/>
        <source>The link contains no address.</source>
        <translation>Le lien ne contient aucune adresse.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="89"/>
        <source>The address in the link is not valid: %1</source>
        <translation>L&apos;adresse indiquée dans le lien n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="96"/>
        <source>The link has parameters but no action.</source>
        <translation>Le lien a des paramètres, mais aucune action.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="101"/>
        <source>&apos;%1&apos; is not a valid action.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une action valide.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="106"/>
        <source>The parameter &apos;%1&apos; is not of the form key=value.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» n&apos;est pas de la forme clé=valeur.</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="19"/>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="41"/>
        <location filename="../../ui/components/NewChatDialog.qml" line="42"/>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="52"/>
        <location filename="../../ui/components/NewChatDialog.qml" line="53"/>
        <source>Join a group</source>
        <translation>Rejoindre un groupe</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="67"/>
        <source>Name or address, e.g. alice@example.org</source>
        <translation>Nom ou adresse, par ex. alice@example.org</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="68"/>
        <source>Name or address to chat with</source>
        <translation>Nom ou adresse de votre correspondant</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="76"/>
        <source>Chat</source>
        <translation>Discuter</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="92"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="33"/>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="83"/>
        <source>Add a group picture</source>
        <translation>Ajouter une photo de groupe</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="84"/>
        <source>Change the group picture</source>
        <translation>Changer la photo du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="99"/>
        <location filename="../../ui/components/NewGroupDialog.qml" line="100"/>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="113"/>
        <source>Add people: name or address</source>
        <translation>Ajouter des personnes : nom ou adresse</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="114"/>
        <source>Name or address of someone to add</source>
        <translation>Nom ou adresse d’une personne à ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="123"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="124"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="145"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="154"/>
        <source>Contacts to add</source>
        <translation>Contacts à ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="223"/>
        <source>Creating the group…</source>
        <translation>Création du groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="244"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="251"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>OpenFileConfirmDialog</name>
    <message>
        <location filename="../../ui/components/OpenFileConfirmDialog.qml" line="32"/>
        <source>Open this program?</source>
        <translation>Ouvrir ce programme&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="33"/>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="59"/>
        <source>in the group now</source>
        <translation>dans le groupe</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="33"/>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="59"/>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="87"/>
        <source>Actions for %1</source>
        <translation>Actions pour %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="96"/>
        <source>Make group admin</source>
        <translation>Nommer administrateur du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="103"/>
        <source>Dismiss as admin</source>
        <translation>Retirer des administrateurs</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="110"/>
        <source>Remove %1…</source>
        <translation>Retirer %1…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="117"/>
        <source>Ban %1…</source>
        <translation>Bannir %1…</translation>
    </message>
</context>
<context>
    <name>PictureFileDialog</name>
    <message>
        <location filename="../../ui/components/PictureFileDialog.qml" line="6"/>
        <source>Choose the group&apos;s picture</source>
        <translation>Choisissez la photo du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/components/PictureFileDialog.qml" line="8"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
</context>
<context>
    <name>ProfilePaths</name>
    <message>
        <location filename="../../src/core/ProfilePaths.cpp" line="40"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossible de créer le dossier de profil %1.</translation>
    </message>
</context>
<context>
    <name>ReactionBar</name>
    <message>
        <location filename="../../ui/components/ReactionBar.qml" line="40"/>
        <source>React with %1</source>
        <translation>Réagir avec %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReactionBar.qml" line="51"/>
        <location filename="../../ui/components/ReactionBar.qml" line="53"/>
        <source>More reactions</source>
        <translation>Plus de réactions</translation>
    </message>
</context>
<context>
    <name>ReactionRoles</name>
    <message>
        <location filename="../../src/models/actions/ReactionRoles.cpp" line="66"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/actions/ReactionRoles.cpp" line="101"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReactionStrip</name>
    <message>
        <location filename="../../ui/components/ReactionStrip.qml" line="33"/>
        <source>Yours; press to take it back</source>
        <translation>La vôtre ; appuyez pour la retirer</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReactionStrip.qml" line="33"/>
        <source>Press to react the same</source>
        <translation>Appuyez pour réagir de même</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="54"/>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="60"/>
        <source>Pick an XMPP server, then fill in what it asks for.</source>
        <translation>Choisissez un serveur XMPP, puis remplissez ce qu&apos;il demande.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="70"/>
        <source>Server, such as example.org</source>
        <translation>Serveur, par exemple example.org</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="75"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="82"/>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="93"/>
        <source>Server host (optional)</source>
        <translation>Hôte du serveur (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="96"/>
        <source>Server host</source>
        <translation>Hôte du serveur</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="100"/>
        <location filename="../../ui/pages/RegisterPage.qml" line="104"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="108"/>
        <source>Direct TLS instead of STARTTLS</source>
        <translation>TLS direct au lieu de STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="121"/>
        <source>Natter cannot verify this server&apos;s certificate. Trust it only if you know it is the server&apos;s own:</source>
        <translation>Natter ne peut pas vérifier le certificat de ce serveur. Ne lui faites confiance que si vous savez qu&apos;il appartient bien au serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="135"/>
        <source>Trust this certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="166"/>
        <source>Sign-up website</source>
        <translation>Site d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="199"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="211"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="213"/>
        <source>Back to sign in</source>
        <translation>Retour à la connexion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="222"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="232"/>
        <source>Create account</source>
        <translation>Créer un compte</translation>
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
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>RegistrationFormModel</name>
    <message>
        <location filename="../../src/models/RegistrationFormModel.cpp" line="163"/>
        <source>This server creates accounts on a website, but its address is not a secure https one, so Natter does not open it: %1</source>
        <translation>Ce serveur crée les comptes sur un site web, mais son adresse n’est pas une adresse https sécurisée&#xa0;; Natter ne l’ouvre donc pas&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/models/RegistrationFormModel.cpp" line="167"/>
        <source>This server creates accounts on its website: %1</source>
        <translation>Ce serveur crée les comptes sur son site web&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <location filename="../../src/services/actions/Replies.cpp" line="52"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>ReplyQuote</name>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="22"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="22"/>
        <source>This message was deleted</source>
        <translation>Ce message a été supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="22"/>
        <source>Original message not found</source>
        <translation>Message d’origine introuvable</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="33"/>
        <source>Reply to %1: %2</source>
        <translation>Réponse à %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="33"/>
        <source>Reply: %1</source>
        <translation>Réponse : %1</translation>
    </message>
</context>
<context>
    <name>RetractCodec</name>
    <message>
        <location filename="../../src/xmpp/actions/RetractCodec.cpp" line="92"/>
        <source>This person deleted a message, but your app does not support message deletion.</source>
        <translation>Cette personne a supprimé un message, mais votre application ne prend pas en charge la suppression de messages.</translation>
    </message>
</context>
<context>
    <name>RoomAdminSync</name>
    <message>
        <location filename="../../src/xmpp/muc/RoomAdminSync.cpp" line="103"/>
        <source>The group&apos;s server does not offer that.</source>
        <translation>Le serveur du groupe ne propose pas cette fonction.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/RoomAdminSync.cpp" line="125"/>
        <source>That picture is too large for a group.</source>
        <translation>Cette image est trop grande pour un groupe.</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <location filename="../../ui/components/SaveFileDialog.qml" line="22"/>
        <source>Save “%1”</source>
        <translation>Enregistrer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../../ui/components/SearchHitDelegate.qml" line="46"/>
        <source>You: </source>
        <translation>Vous&#xa0;: </translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="34"/>
        <source>Cancel selection</source>
        <translation>Annuler la sélection</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/SelectionBar.qml" line="41"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="47"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="50"/>
        <source>Copy the selected messages</source>
        <translation>Copier les messages sélectionnés</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="59"/>
        <source>Star or unstar the selected messages</source>
        <translation>Marquer ou non les messages sélectionnés comme importants</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="65"/>
        <source>Forward</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="68"/>
        <source>Forward the selected messages</source>
        <translation>Transférer les messages sélectionnés</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="74"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="77"/>
        <source>Delete the selected messages</source>
        <translation>Supprimer les messages sélectionnés</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="43"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="46"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="76"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="96"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="100"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="120"/>
        <source>Your contacts see this name unless they gave you one themselves.</source>
        <translation>Vos contacts voient ce nom, sauf s&apos;ils vous en ont donné un eux-mêmes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="130"/>
        <source>Change picture…</source>
        <translation>Changer de photo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="138"/>
        <source>Sign out…</source>
        <translation>Se déconnecter…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="153"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="157"/>
        <source>Read receipts</source>
        <translation>Confirmations de lecture</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="163"/>
        <source>Share my last seen</source>
        <translation>Partager ma dernière connexion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="168"/>
        <source>Blocked contacts</source>
        <translation>Contacts bloqués</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="178"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="182"/>
        <source>Show notifications</source>
        <translation>Afficher les notifications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="188"/>
        <source>Show message text in notifications</source>
        <translation>Afficher le texte des messages dans les notifications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="195"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Rester dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="201"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="209"/>
        <source>Download images automatically up to</source>
        <translation>Télécharger automatiquement les images jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="219"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="219"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="221"/>
        <source>Largest image to download automatically, in megabytes</source>
        <translation>Taille maximale des images téléchargées automatiquement, en mégaoctets</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="225"/>
        <source>Images from your contacts up to this size download by themselves. Videos, voice notes, audio and documents download only when you click them.</source>
        <translation>Les images de vos contacts jusqu&apos;à cette taille se téléchargent d&apos;elles-mêmes. Les vidéos, messages vocaux, fichiers audio et documents ne se téléchargent que lorsque vous cliquez dessus.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="233"/>
        <source>Send images compressed by default</source>
        <translation>Envoyer les images compressées par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="238"/>
        <source>Off sends the original photo, without its location data.</source>
        <translation>Désactivé, la photo d&apos;origine est envoyée, sans ses données de localisation.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="246"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="253"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="260"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="267"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="277"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="286"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="307"/>
        <source>Choose your picture</source>
        <translation>Choisissez votre photo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="308"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ShareContactDialog</name>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="19"/>
        <source>Share a contact</source>
        <translation>Partager un contact</translation>
    </message>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="36"/>
        <location filename="../../ui/components/ShareContactDialog.qml" line="37"/>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="45"/>
        <source>No contacts to share</source>
        <translation>Aucun contact à partager</translation>
    </message>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="53"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="42"/>
        <source>Sign in to Natter</source>
        <translation>Se connecter à Natter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="48"/>
        <source>Use your account on any XMPP server.</source>
        <translation>Utilisez votre compte sur n&apos;importe quel serveur XMPP.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="56"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="62"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="68"/>
        <location filename="../../ui/pages/SignInPage.qml" line="72"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="79"/>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="89"/>
        <source>Server host (optional)</source>
        <translation>Hôte du serveur (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="91"/>
        <source>Server host</source>
        <translation>Hôte du serveur</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="95"/>
        <location filename="../../ui/pages/SignInPage.qml" line="98"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="102"/>
        <source>Direct TLS instead of STARTTLS</source>
        <translation>TLS direct au lieu de STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="136"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="142"/>
        <source>Create account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="149"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="18"/>
        <source>Sign out?</source>
        <translation>Se déconnecter&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="24"/>
        <source>Natter forgets the password of %1 on this computer, and you need it to sign in again. Your messages stay here.</source>
        <translation>Natter oublie le mot de passe de %1 sur cet ordinateur, et il vous faudra pour vous reconnecter. Vos messages restent ici.</translation>
    </message>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="33"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="41"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StarredMessageDelegate</name>
    <message>
        <location filename="../../ui/components/StarredMessageDelegate.qml" line="33"/>
        <source>Starred</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../../ui/components/StarredMessageDelegate.qml" line="91"/>
        <location filename="../../ui/components/StarredMessageDelegate.qml" line="93"/>
        <source>Unstar</source>
        <translation>Retirer des messages importants</translation>
    </message>
</context>
<context>
    <name>StarredMessageModel</name>
    <message>
        <location filename="../../src/models/actions/StarredMessageModel.cpp" line="217"/>
        <source>Document: %1</source>
        <translation>Document&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/models/actions/StarredMessageModel.cpp" line="236"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../src/models/actions/StarredMessageModel.cpp" line="274"/>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2&#xa0;: %3, %4</translation>
    </message>
</context>
<context>
    <name>StarredPage</name>
    <message>
        <location filename="../../ui/pages/StarredPage.qml" line="35"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/pages/StarredPage.qml" line="42"/>
        <location filename="../../ui/pages/StarredPage.qml" line="80"/>
        <source>Starred messages</source>
        <translation>Messages importants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/StarredPage.qml" line="80"/>
        <source>Starred messages in %1</source>
        <translation>Messages importants dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/StarredPage.qml" line="109"/>
        <source>No starred messages. Star a message from its menu to find it here.</source>
        <translation>Aucun message important. Marquez un message comme important depuis son menu pour le retrouver ici.</translation>
    </message>
</context>
<context>
    <name>SystemLineText</name>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="27"/>
        <source>You removed the group description</source>
        <translation>Vous avez supprimé la description du groupe</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="28"/>
        <source>%1 removed the group description</source>
        <translation>%1 a supprimé la description du groupe</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="29"/>
        <source>The group description was removed</source>
        <translation>La description du groupe a été supprimée</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="31"/>
        <source>You changed the group description to “%1”</source>
        <translation>Vous avez changé la description du groupe en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="33"/>
        <source>%1 changed the group description to “%2”</source>
        <translation>%1 a changé la description du groupe en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="35"/>
        <source>The group description was changed to “%1”</source>
        <translation>La description du groupe a été changée en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="37"/>
        <source>You changed the group name to “%1”</source>
        <translation>Vous avez renommé le groupe en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="39"/>
        <source>%1 changed the group name to “%2”</source>
        <translation>%1 a renommé le groupe en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="40"/>
        <source>The group name was changed to “%1”</source>
        <translation>Le groupe a été renommé en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="42"/>
        <source>The group was deleted</source>
        <translation>Le groupe a été supprimé</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="60"/>
        <source>%1 added you</source>
        <translation>%1 vous a ajouté</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="60"/>
        <source>You were added</source>
        <translation>Vous avez été ajouté</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="61"/>
        <source>You added %1</source>
        <translation>Vous avez ajouté %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="62"/>
        <source>%1 added %2</source>
        <translation>%1 a ajouté %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="63"/>
        <source>%1 was added</source>
        <translation>%1 a été ajouté</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="66"/>
        <source>%1 removed you</source>
        <translation>%1 vous a retiré</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="66"/>
        <source>You were removed</source>
        <translation>Vous avez été retiré</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="67"/>
        <source>You removed %1</source>
        <translation>Vous avez retiré %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="68"/>
        <source>%1 removed %2</source>
        <translation>%1 a retiré %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="69"/>
        <source>%1 was removed</source>
        <translation>%1 a été retiré</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="72"/>
        <source>%1 kicked you out</source>
        <translation>%1 vous a expulsé</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="72"/>
        <source>You were kicked out</source>
        <translation>Vous avez été expulsé</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="73"/>
        <source>You kicked %1 out</source>
        <translation>Vous avez expulsé %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="74"/>
        <source>%1 kicked %2 out</source>
        <translation>%1 a expulsé %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="75"/>
        <source>%1 was kicked out</source>
        <translation>%1 a été expulsé</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="78"/>
        <source>%1 banned you</source>
        <translation>%1 vous a banni</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="78"/>
        <source>You were banned</source>
        <translation>Vous avez été banni</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="79"/>
        <source>You banned %1</source>
        <translation>Vous avez banni %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="80"/>
        <source>%1 banned %2</source>
        <translation>%1 a banni %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="81"/>
        <source>%1 was banned</source>
        <translation>%1 a été banni</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="84"/>
        <source>%1 made you an admin</source>
        <translation>%1 vous a nommé administrateur</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="84"/>
        <source>You are now an admin</source>
        <translation>Vous êtes maintenant administrateur</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="85"/>
        <source>You made %1 an admin</source>
        <translation>Vous avez nommé %1 administrateur</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="86"/>
        <source>%1 made %2 an admin</source>
        <translation>%1 a nommé %2 administrateur</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="87"/>
        <source>%1 is now an admin</source>
        <translation>%1 est maintenant administrateur</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="90"/>
        <source>%1 made you an owner</source>
        <translation>%1 vous a nommé propriétaire</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="90"/>
        <source>You are now an owner</source>
        <translation>Vous êtes maintenant propriétaire</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="91"/>
        <source>You made %1 an owner</source>
        <translation>Vous avez nommé %1 propriétaire</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="92"/>
        <source>%1 made %2 an owner</source>
        <translation>%1 a nommé %2 propriétaire</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="93"/>
        <source>%1 is now an owner</source>
        <translation>%1 est maintenant propriétaire</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="95"/>
        <source>You are no longer an admin</source>
        <translation>Vous n&apos;êtes plus administrateur</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="95"/>
        <source>%1 is no longer an admin</source>
        <translation>%1 n&apos;est plus administrateur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="110"/>
        <source>%n joined</source>
        <translation>
            <numerusform>%n personne a rejoint le groupe</numerusform>
            <numerusform>%n personnes ont rejoint le groupe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="110"/>
        <source>%n left</source>
        <translation>
            <numerusform>%n personne a quitté le groupe</numerusform>
            <numerusform>%n personnes ont quitté le groupe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="112"/>
        <source>%1 joined</source>
        <translation>%1 a rejoint le groupe</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="112"/>
        <source>%1 left</source>
        <translation>%1 a quitté le groupe</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="114"/>
        <source>%1 and %2 joined</source>
        <translation>%1 et %2 ont rejoint le groupe</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="114"/>
        <source>%1 and %2 left</source>
        <translation>%1 et %2 ont quitté le groupe</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="117"/>
        <source>%1, %2 and one other joined</source>
        <translation>%1, %2 et une autre personne ont rejoint le groupe</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="118"/>
        <source>%1, %2 and one other left</source>
        <translation>%1, %2 et une autre personne ont quitté le groupe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="120"/>
        <source>%1 and %n others joined</source>
        <translation>
            <numerusform>%1 et %n autre personne ont rejoint le groupe</numerusform>
            <numerusform>%1 et %n autres personnes ont rejoint le groupe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="121"/>
        <source>%1 and %n others left</source>
        <translation>
            <numerusform>%1 et %n autre personne ont quitté le groupe</numerusform>
            <numerusform>%1 et %n autres personnes ont quitté le groupe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="122"/>
        <source>%1, %2 and %n others joined</source>
        <translation>
            <numerusform>%1, %2 et %n autre personne ont rejoint le groupe</numerusform>
            <numerusform>%1, %2 et %n autres personnes ont rejoint le groupe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="123"/>
        <source>%1, %2 and %n others left</source>
        <translation>
            <numerusform>%1, %2 et %n autre personne ont quitté le groupe</numerusform>
            <numerusform>%1, %2 et %n autres personnes ont quitté le groupe</numerusform>
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
        <translation>Il n&apos;y a pas d&apos;image à prévisualiser.</translation>
    </message>
</context>
<context>
    <name>TransferOverlay</name>
    <message>
        <location filename="../../ui/components/TransferOverlay.qml" line="42"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/components/TransferOverlay.qml" line="42"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../ui/components/TransferOverlay.qml" line="42"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../ui/components/TransferOverlay.qml" line="59"/>
        <source>The transfer failed.</source>
        <translation>Le transfert a échoué.</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <location filename="../../ui/components/UndoToast.qml" line="30"/>
        <source>Message deleted</source>
        <translation>Message supprimé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/UndoToast.qml" line="30"/>
        <source>%n messages deleted</source>
        <translation>
            <numerusform>%n message supprimé</numerusform>
            <numerusform>%n messages supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/UndoToast.qml" line="51"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/components/UndoToast.qml" line="52"/>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="96"/>
        <source>Natter only opens web links (https) here.</source>
        <translation>Natter n&apos;ouvre ici que les liens web (https).</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="99"/>
        <source>The link is not encrypted (http), so Natter does not fetch it.</source>
        <translation>Le lien n&apos;est pas chiffré (http)&#xa0;: Natter ne le récupère donc pas.</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="102"/>
        <source>Files from people outside your contacts are downloaded only when you click them.</source>
        <translation>Les fichiers des personnes hors de vos contacts ne sont téléchargés que lorsque vous cliquez dessus.</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="106"/>
        <location filename="../../src/media/UrlPolicy.cpp" line="120"/>
        <source>The link points into a local network, so Natter does not fetch it.</source>
        <translation>Le lien pointe vers un réseau local&#xa0;: Natter ne le récupère donc pas.</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="114"/>
        <source>The server %1 could not be found.</source>
        <translation>Serveur %1 introuvable.</translation>
    </message>
</context>
<context>
    <name>VideoContent</name>
    <message>
        <location filename="../../ui/components/VideoContent.qml" line="72"/>
        <source>Play video</source>
        <translation>Lire la vidéo</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderBar</name>
    <message>
        <location filename="../../ui/components/VoiceRecorderBar.qml" line="31"/>
        <source>Cancel voice note</source>
        <translation>Annuler le message vocal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/VoiceRecorderBar.qml" line="55"/>
        <source>Recording, %n second(s)</source>
        <translation>
            <numerusform>Enregistrement, %n seconde</numerusform>
            <numerusform>Enregistrement, %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/VoiceRecorderBar.qml" line="76"/>
        <source>Send voice note</source>
        <translation>Envoyer le message vocal</translation>
    </message>
</context>
<context>
    <name>Waveform</name>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="58"/>
        <source>Cannot read this audio file: it is missing, empty or not readable.</source>
        <translation>Impossible de lire ce fichier audio&#xa0;: il est absent, vide ou illisible.</translation>
    </message>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="81"/>
        <source>Cannot read this audio file. It may be damaged or in a format this system does not know.</source>
        <translation>Impossible de lire ce fichier audio. Il est peut-être endommagé ou dans un format que ce système ne connaît pas.</translation>
    </message>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="95"/>
        <source>Cannot read this audio file: decoding took too long.</source>
        <translation>Impossible de lire ce fichier audio&#xa0;: le décodage a pris trop de temps.</translation>
    </message>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="111"/>
        <source>Cannot read this audio file: it contains no sound.</source>
        <translation>Impossible de lire ce fichier audio&#xa0;: il ne contient aucun son.</translation>
    </message>
</context>
</TS>
