<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccountSession</name>
    <message numerus="yes">
        <location filename="../../src/services/AccountSession.cpp" line="327"/>
        <source>Offline: %1 Retrying in %n s…</source>
        <translation>
            <numerusform>Offline: %1 Tentando de novo em %n s…</numerusform>
            <numerusform>Offline: %1 Tentando de novo em %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddContactBanner</name>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="28"/>
        <source>%1 is not in your contacts.</source>
        <translation>%1 não está nos seus contatos.</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="36"/>
        <source>Add contact</source>
        <translation>Adicionar contato</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="38"/>
        <source>Add %1 to your contacts</source>
        <translation>Adicionar %1 aos seus contatos</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="43"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
</context>
<context>
    <name>AddParticipantDialog</name>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="17"/>
        <source>Add participants</source>
        <translation>Adicionar participantes</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="41"/>
        <source>Name or address</source>
        <translation>Nome ou endereço</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="42"/>
        <source>Name or address of someone to add</source>
        <translation>Nome ou endereço de alguém para adicionar</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="51"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="52"/>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="83"/>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="64"/>
        <source>Contacts to add</source>
        <translation>Contatos para adicionar</translation>
    </message>
</context>
<context>
    <name>AttachmentRoles</name>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="30"/>
        <location filename="../../src/models/AttachmentRoles.cpp" line="105"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="95"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="97"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="100"/>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="101"/>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="35"/>
        <source>1 file to send</source>
        <translation>1 arquivo para enviar</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="36"/>
        <source>%1 files to send</source>
        <translation>%1 arquivos para enviar</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="43"/>
        <source>Send images compressed</source>
        <translation>Enviar imagens compactadas</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="49"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="51"/>
        <source>Remove all files</source>
        <translation>Remover todos os arquivos</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="67"/>
        <source>Files to send</source>
        <translation>Arquivos para enviar</translation>
    </message>
</context>
<context>
    <name>AttachmentTrayEntry</name>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="98"/>
        <source>Add a caption</source>
        <translation>Adicionar legenda</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="107"/>
        <source>Caption for %1</source>
        <translation>Legenda de %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="114"/>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="116"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>AudioPlayback</name>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="39"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="39"/>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="86"/>
        <source>Playback position</source>
        <translation>Posição da reprodução</translation>
    </message>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="93"/>
        <source>Can&apos;t play</source>
        <translation>Não é possível reproduzir</translation>
    </message>
</context>
<context>
    <name>BlockedContactList</name>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="11"/>
        <source>Blocked contacts</source>
        <translation>Contatos bloqueados</translation>
    </message>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="33"/>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="36"/>
        <source>Unblock %1</source>
        <translation>Desbloquear %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="42"/>
        <source>Nobody is blocked.</source>
        <translation>Ninguém está bloqueado.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="23"/>
        <source>The server&apos;s certificate has changed</source>
        <translation>O certificado do servidor mudou</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="23"/>
        <source>Unverified certificate</source>
        <translation>Certificado não verificado</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="31"/>
        <source>This server now presents a different certificate from the one you trusted before. This can happen when the server renews it, but it can also mean someone is intercepting your connection. Only continue if you can confirm the new fingerprint with the server&apos;s operator.</source>
        <translation>Este servidor agora apresenta um certificado diferente daquele em que você confiou antes. Isso pode acontecer quando o servidor o renova, mas também pode significar que alguém está interceptando sua conexão. Só continue se puder confirmar a nova impressão digital com o administrador do servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="32"/>
        <source>Natter could not verify this server&apos;s identity (%1). Only trust it if you can confirm the fingerprint with the server&apos;s operator.</source>
        <translation>O Natter não conseguiu verificar a identidade deste servidor (%1). Só confie nele se puder confirmar a impressão digital com o administrador do servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="42"/>
        <source>Subject</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="44"/>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="46"/>
        <source>Valid from</source>
        <translation>Válido a partir de</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="48"/>
        <source>Valid until</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="50"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="58"/>
        <source>SHA-256 fingerprint</source>
        <translation>Impressão digital SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="67"/>
        <source>Reject</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="72"/>
        <source>Trust this certificate</source>
        <translation>Confiar neste certificado</translation>
    </message>
</context>
<context>
    <name>ChatActionDialog</name>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="37"/>
        <source>Clear messages?</source>
        <translation>Limpar conversa?</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="37"/>
        <source>Delete group?</source>
        <translation>Apagar grupo?</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="37"/>
        <source>Delete chat?</source>
        <translation>Apagar conversa?</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="57"/>
        <source>The messages and their downloaded files are removed from this computer only. The chat stays, and others still see the messages.</source>
        <translation>As mensagens e os arquivos baixados delas são removidos apenas deste computador. A conversa continua, e os outros ainda veem as mensagens.</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="57"/>
        <source>The chat, its messages and their downloaded files are removed from this computer only. Others still see the messages; a new message brings the chat back.</source>
        <translation>A conversa, as mensagens e os arquivos baixados delas são removidos apenas deste computador. Os outros ainda veem as mensagens; uma nova mensagem traz a conversa de volta.</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="63"/>
        <source>Leave the group too</source>
        <translation>Sair do grupo também</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="72"/>
        <source>Clear messages</source>
        <translation>Limpar conversa</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="72"/>
        <source>Leave and delete</source>
        <translation>Sair e apagar</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="72"/>
        <source>Delete chat</source>
        <translation>Apagar conversa</translation>
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
            <numerusform>, %n não lida</numerusform>
            <numerusform>, %n não lidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="116"/>
        <source>typing…</source>
        <translation>digitando…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="116"/>
        <source>You: %1</source>
        <translation>Você: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <source>, marked unread</source>
        <translation>, marcada como não lida</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="52"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="136"/>
        <source>Pinned</source>
        <translation>Fixada</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="52"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="130"/>
        <source>Muted</source>
        <translation>Silenciada</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="107"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="165"/>
        <source>Unpin chat</source>
        <translation>Desafixar conversa</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="165"/>
        <source>Pin chat</source>
        <translation>Fixar conversa</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="169"/>
        <source>Unarchive chat</source>
        <translation>Desarquivar conversa</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="169"/>
        <source>Archive chat</source>
        <translation>Arquivar conversa</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="174"/>
        <source>Mark as read</source>
        <translation>Marcar como lida</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="174"/>
        <source>Mark as unread</source>
        <translation>Marcar como não lida</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="190"/>
        <source>Unmute notifications</source>
        <translation>Reativar notificações</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="195"/>
        <source>Clear messages…</source>
        <translation>Limpar conversa…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="200"/>
        <source>Delete group…</source>
        <translation>Apagar grupo…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="200"/>
        <source>Delete chat…</source>
        <translation>Apagar conversa…</translation>
    </message>
</context>
<context>
    <name>ChatFindBar</name>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="46"/>
        <location filename="../../ui/components/ChatFindBar.qml" line="47"/>
        <source>Find in this chat</source>
        <translation>Pesquisar nesta conversa</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="61"/>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="61"/>
        <source>No matches</source>
        <translation>Nenhum resultado</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="61"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="72"/>
        <source>Previous match (newer)</source>
        <translation>Resultado anterior (mais recente)</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="82"/>
        <source>Next match (older)</source>
        <translation>Próximo resultado (mais antigo)</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="91"/>
        <source>Close find</source>
        <translation>Fechar pesquisa</translation>
    </message>
</context>
<context>
    <name>ChatListPage</name>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="63"/>
        <source>Back to chats</source>
        <translation>Voltar às conversas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="66"/>
        <source>Archived</source>
        <translation>Arquivadas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="66"/>
        <source>Message requests</source>
        <translation>Solicitações de mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="76"/>
        <location filename="../../ui/pages/ChatListPage.qml" line="78"/>
        <source>New chat</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="85"/>
        <source>Account menu</source>
        <translation>Menu da conta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="92"/>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="97"/>
        <source>Starred messages</source>
        <translation>Mensagens favoritas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="102"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="107"/>
        <source>Sign out…</source>
        <translation>Sair…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="112"/>
        <source>Remove account…</source>
        <translation>Remover conta…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="153"/>
        <location filename="../../ui/pages/ChatListPage.qml" line="154"/>
        <source>Search chats and messages</source>
        <translation>Pesquisar conversas e mensagens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="164"/>
        <source>Message requests (%1)</source>
        <translation>Solicitações de mensagem (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="173"/>
        <source>Archived (%1)</source>
        <translation>Arquivadas (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="182"/>
        <source>Chats</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="230"/>
        <source>No archived chats</source>
        <translation>Nenhuma conversa arquivada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="230"/>
        <source>No chats yet</source>
        <translation>Nenhuma conversa ainda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="230"/>
        <source>No message requests</source>
        <translation>Nenhuma solicitação de mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="241"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="241"/>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="241"/>
        <source>No messages found</source>
        <translation>Nenhuma mensagem encontrada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="253"/>
        <source>Messages found</source>
        <translation>Mensagens encontradas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="328"/>
        <source>Remove account?</source>
        <translation>Remover a conta?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="333"/>
        <source>This signs you out of %1 and deletes its messages and media from this computer. The account on the server stays.</source>
        <translation>Você sairá de %1 e as mensagens e mídias dessa conta serão apagadas deste computador. A conta no servidor continua existindo.</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="98"/>
        <source>People to mention</source>
        <translation>Pessoas para mencionar</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="116"/>
        <source>Mention %1</source>
        <translation>Mencionar %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="161"/>
        <source>Cancel reply</source>
        <translation>Cancelar resposta</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="212"/>
        <source>Editing</source>
        <translation>Editando</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="233"/>
        <source>Cancel editing</source>
        <translation>Cancelar edição</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="235"/>
        <source>Cancel editing (Esc)</source>
        <translation>Cancelar edição (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="258"/>
        <source>Insert emoji</source>
        <translation>Inserir emoji</translation>
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
        <translation>Anexar</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="284"/>
        <source>Files…</source>
        <translation>Arquivos…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="289"/>
        <source>Location…</source>
        <translation>Localização…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="294"/>
        <source>Contact…</source>
        <translation>Contato…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="306"/>
        <source>Type a message</source>
        <translation>Digite uma mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="350"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="362"/>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="374"/>
        <source>Record a voice note</source>
        <translation>Gravar mensagem de voz</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="383"/>
        <source>Choose files to send</source>
        <translation>Escolher arquivos para enviar</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../ui/components/ConnectionBanner.qml" line="39"/>
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <location filename="../../ui/components/ConnectionBanner.qml" line="40"/>
        <source>Retry connecting now</source>
        <translation>Reconectar agora</translation>
    </message>
</context>
<context>
    <name>ContactAddress</name>
    <message>
        <location filename="../../src/core/ContactAddress.cpp" line="32"/>
        <source>That is your own address.</source>
        <translation>Esse é o seu próprio endereço.</translation>
    </message>
    <message>
        <location filename="../../src/core/ContactAddress.cpp" line="36"/>
        <source>%1 is a server, not a person. Add name@%1.</source>
        <translation>%1 é um servidor, não uma pessoa. Adicione nome@%1.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../ui/components/ContactCard.qml" line="81"/>
        <source>Message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactCard.qml" line="90"/>
        <source>Add contact</source>
        <translation>Adicionar contato</translation>
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
        <translation>aguardando aprovação</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="56"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="65"/>
        <source>Actions for %1</source>
        <translation>Ações para %1</translation>
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
        <translation>Renomear…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="82"/>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
</context>
<context>
    <name>ContactInfoPage</name>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="34"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="37"/>
        <source>Contact info</source>
        <translation>Dados do contato</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="93"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="109"/>
        <source>Unblock %1</source>
        <translation>Desbloquear %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="109"/>
        <source>Block %1</source>
        <translation>Bloquear %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="120"/>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="128"/>
        <source>Shared media</source>
        <translation>Mídia compartilhada</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="31"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="34"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="157"/>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="43"/>
        <source>Contact settings</source>
        <translation>Configurações de contatos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="50"/>
        <source>Share my last seen</source>
        <translation>Compartilhar meu visto por último</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="56"/>
        <source>Set my picture…</source>
        <translation>Definir minha foto…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="60"/>
        <source>Blocked (%1)</source>
        <translation>Bloqueados (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="89"/>
        <source>Requests</source>
        <translation>Solicitações</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="120"/>
        <source>%1 wants to see when you are online</source>
        <translation>%1 quer ver quando você está online</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="134"/>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="135"/>
        <source>Accept %1</source>
        <translation>Aceitar %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="140"/>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="141"/>
        <source>Decline %1</source>
        <translation>Recusar %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="146"/>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="147"/>
        <source>Block %1</source>
        <translation>Bloquear %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="175"/>
        <source>No contacts yet. Add someone by their address.</source>
        <translation>Nenhum contato ainda. Adicione alguém pelo endereço.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="190"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="196"/>
        <source>Add contact</source>
        <translation>Adicionar contato</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="209"/>
        <source>name@example.org or xmpp: link</source>
        <translation>nome@example.org ou link xmpp:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="210"/>
        <source>Contact address</source>
        <translation>Endereço do contato</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="215"/>
        <source>Name (optional)</source>
        <translation>Nome (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="216"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="278"/>
        <source>Contact name</source>
        <translation>Nome do contato</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="232"/>
        <source>Add</source>
        <translation>Adicionar</translation>
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
        <translation>Renomear contato</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="277"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="295"/>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="317"/>
        <source>Remove contact?</source>
        <translation>Remover contato?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="327"/>
        <source>%1 leaves your contacts, and you stop seeing each other online. Your chat stays.</source>
        <translation>%1 sai dos seus contatos, e vocês deixam de ver quando o outro está online. A conversa continua aqui.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="343"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="360"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="375"/>
        <source>Choose your picture</source>
        <translation>Escolha sua foto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="376"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="101"/>
        <source>Back to chats</source>
        <translation>Voltar às conversas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="114"/>
        <source>Contact info for %1</source>
        <translation>Dados do contato %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="114"/>
        <source>%1, private message through %2</source>
        <translation>%1, mensagem privada por meio de %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="114"/>
        <source>Group info for %1, %2</source>
        <translation>Dados do grupo %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="148"/>
        <source>typing…</source>
        <translation>digitando…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="148"/>
        <source>Private message through %1</source>
        <translation>Mensagem privada por meio de %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="164"/>
        <source>Group menu</source>
        <translation>Menu do grupo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="164"/>
        <source>Chat menu</source>
        <translation>Menu da conversa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="171"/>
        <source>Find in chat</source>
        <translation>Pesquisar na conversa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="176"/>
        <source>Mark as read</source>
        <translation>Marcar como lida</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="176"/>
        <source>Mark as unread</source>
        <translation>Marcar como não lida</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="193"/>
        <source>Unmute notifications</source>
        <translation>Reativar notificações</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="201"/>
        <source>Group info</source>
        <translation>Dados do grupo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="201"/>
        <source>Contact info</source>
        <translation>Dados do contato</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="206"/>
        <source>Clear messages…</source>
        <translation>Limpar conversa…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="211"/>
        <source>Delete group…</source>
        <translation>Apagar grupo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="211"/>
        <source>Delete chat…</source>
        <translation>Apagar conversa…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="216"/>
        <source>Starred messages</source>
        <translation>Mensagens favoritas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="223"/>
        <source>Leave group…</source>
        <translation>Sair do grupo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="238"/>
        <source>Leave %1?</source>
        <translation>Sair de %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="242"/>
        <source>Leave</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="244"/>
        <source>You will no longer receive this group&apos;s messages. Its history stays on this computer.</source>
        <translation>Você não vai mais receber as mensagens deste grupo. O histórico fica neste computador.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="268"/>
        <source>Choose a chat to start messaging</source>
        <translation>Escolha uma conversa para começar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="405"/>
        <source>Drop files to send them to %1</source>
        <translation>Solte arquivos para enviá-los a %1</translation>
    </message>
</context>
<context>
    <name>DeleteMessageDialog</name>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="44"/>
        <source>Delete message?</source>
        <translation>Apagar a mensagem?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="44"/>
        <source>Delete %n messages?</source>
        <translation>
            <numerusform>Apagar %n mensagem?</numerusform>
            <numerusform>Apagar %n mensagens?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="54"/>
        <source>Deleted for everyone, each message shows as &quot;This message was deleted&quot; to everyone in the chat, as far as their app supports it. Deleted for you, they go from this computer only.</source>
        <translation>Ao apagar para todos, cada mensagem aparece como “Esta mensagem foi apagada” para todos na conversa, se o aplicativo deles tiver suporte. Ao apagar para você, elas são removidas apenas deste computador.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="55"/>
        <source>The messages are deleted from this computer. Others still see them.</source>
        <translation>As mensagens são apagadas deste computador. Os outros ainda as veem.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="57"/>
        <source>The message is deleted from this computer. Others still see it.</source>
        <translation>A mensagem é apagada deste computador. Os outros ainda a veem.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="58"/>
        <source>Deleted for everyone, the message shows as &quot;This message was deleted&quot; to everyone in the chat, as far as their app supports it.</source>
        <translation>Apagada para todos, a mensagem aparece como “Esta mensagem foi apagada” para todos na conversa, se o aplicativo deles tiver suporte.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="64"/>
        <source>Delete for everyone</source>
        <translation>Apagar para todos</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="75"/>
        <source>Delete for me</source>
        <translation>Apagar para mim</translation>
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
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
</context>
<context>
    <name>DocumentContent</name>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="73"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="108"/>
        <source>The transfer failed.</source>
        <translation>A transferência falhou.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="121"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="127"/>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
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
        <translation>Pesquisar emoji</translation>
    </message>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="91"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="128"/>
        <source>No emoji found</source>
        <translation>Nenhum emoji encontrado</translation>
    </message>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="128"/>
        <source>No recent emoji</source>
        <translation>Nenhum emoji recente</translation>
    </message>
</context>
<context>
    <name>ExecutableType</name>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="100"/>
        <source>a Windows program</source>
        <translation>um programa do Windows</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="102"/>
        <source>an installer</source>
        <translation>um instalador</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="104"/>
        <source>a script</source>
        <translation>um script</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="106"/>
        <source>a Linux launcher</source>
        <translation>um atalho de aplicativo do Linux</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="108"/>
        <source>a macOS program</source>
        <translation>um programa do macOS</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="110"/>
        <source>a Java program</source>
        <translation>um programa Java</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="112"/>
        <source>a Linux program</source>
        <translation>um programa do Linux</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="114"/>
        <source>a Windows shortcut or setting</source>
        <translation>um atalho ou configuração do Windows</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="149"/>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="155"/>
        <source>%1, although its name ends in .%2</source>
        <translation>%1, embora o nome termine em .%2</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="163"/>
        <source>“%1” is %2. Opening it can run it on this computer with all your rights. Open it only if you expected it from this person.</source>
        <translation>“%1” é %2. Abri-lo pode executá-lo neste computador com todas as suas permissões. Abra apenas se você esperava isso dessa pessoa.</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message numerus="yes">
        <location filename="../../ui/components/ForwardDialog.qml" line="32"/>
        <source>Forward %n messages</source>
        <translation>
            <numerusform>Encaminhar %n mensagem</numerusform>
            <numerusform>Encaminhar %n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="32"/>
        <source>Forward message</source>
        <translation>Encaminhar mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="66"/>
        <location filename="../../ui/components/ForwardDialog.qml" line="67"/>
        <source>Search chats and contacts</source>
        <translation>Pesquisar conversas e contatos</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="80"/>
        <source>Chats and contacts</source>
        <translation>Conversas e contatos</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="163"/>
        <source>No chats yet</source>
        <translation>Nenhuma conversa ainda</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="163"/>
        <source>No chat or contact matches</source>
        <translation>Nenhuma conversa ou contato encontrado</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="181"/>
        <source>Choose up to %1 chats</source>
        <translation>Escolha até %1 conversas</translation>
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
        <translation>%1 de %2 conversas escolhidas</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="198"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="204"/>
        <source>Forward</source>
        <translation>Encaminhar</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="207"/>
        <source>Forward to 1 chat</source>
        <translation>Encaminhar para 1 conversa</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="207"/>
        <source>Forward to %1 chats</source>
        <translation>Encaminhar para %1 conversas</translation>
    </message>
</context>
<context>
    <name>GroupInfoPage</name>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="69"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="72"/>
        <source>Group info</source>
        <translation>Dados do grupo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="97"/>
        <source>Change picture</source>
        <translation>Alterar foto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="107"/>
        <source>Group name</source>
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="121"/>
        <source>Add a group description</source>
        <translation>Adicionar uma descrição do grupo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="122"/>
        <source>Group description</source>
        <translation>Descrição do grupo</translation>
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
        <translation>Adicionar participantes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="175"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="193"/>
        <source>Leave group</source>
        <translation>Sair do grupo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="202"/>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="284"/>
        <source>Delete group</source>
        <translation>Apagar grupo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="236"/>
        <source>Ban %1?</source>
        <translation>Banir %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="236"/>
        <source>Remove %1?</source>
        <translation>Remover %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="240"/>
        <source>Ban</source>
        <translation>Banir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="240"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="245"/>
        <source>%1 will be removed from %2 and cannot join it again.</source>
        <translation>%1 será removido de %2 e não poderá entrar de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="246"/>
        <source>%1 will be removed from %2.</source>
        <translation>%1 será removido de %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="260"/>
        <source>Leave %1?</source>
        <translation>Sair de %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="263"/>
        <source>Leave</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="265"/>
        <source>You will no longer receive this group&apos;s messages. Its history stays on this computer.</source>
        <translation>Você não vai mais receber as mensagens deste grupo. O histórico fica neste computador.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="281"/>
        <source>Delete %1?</source>
        <translation>Apagar %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="286"/>
        <source>%1 ends for everyone in it. Nobody can write there again. This cannot be undone.</source>
        <translation>%1 será encerrado para todos os participantes. Ninguém poderá escrever lá de novo. Isso não pode ser desfeito.</translation>
    </message>
</context>
<context>
    <name>HistoryBanner</name>
    <message>
        <location filename="../../ui/components/HistoryBanner.qml" line="42"/>
        <source>Until this is fixed, Natter can neither show nor save messages. Fix it, then start Natter again.</source>
        <translation>Até que isso seja resolvido, o Natter não consegue mostrar nem salvar mensagens. Resolva e depois abra o Natter de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/components/HistoryBanner.qml" line="53"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../../ui/components/HistoryBanner.qml" line="55"/>
        <source>Dismiss the history notice</source>
        <translation>Dispensar o aviso do histórico</translation>
    </message>
</context>
<context>
    <name>ImageContent</name>
    <message>
        <location filename="../../ui/components/ImageContent.qml" line="89"/>
        <source>View picture</source>
        <translation>Ver imagem</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="123"/>
        <source>Older picture</source>
        <translation>Imagem anterior</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="134"/>
        <source>Newer picture</source>
        <translation>Próxima imagem</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="155"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="160"/>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="166"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="174"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>InvitationBanner</name>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="86"/>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="89"/>
        <source>Decline the invitation to %1</source>
        <translation>Recusar o convite para %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="94"/>
        <source>Joining…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="94"/>
        <source>Join</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="97"/>
        <source>Join %1</source>
        <translation>Entrar em %1</translation>
    </message>
</context>
<context>
    <name>JoinGroupDialog</name>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="31"/>
        <source>Join a group</source>
        <translation>Entrar em um grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="66"/>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="72"/>
        <source>Group address or link</source>
        <translation>Endereço ou link do grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="71"/>
        <source>e.g. family@groups.example.org</source>
        <translation>ex.: familia@groups.example.org</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="78"/>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="83"/>
        <source>Your nickname in the group</source>
        <translation>Seu apelido no grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="90"/>
        <source>Password (only if the group has one)</source>
        <translation>Senha (só se o grupo tiver uma)</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="95"/>
        <source>Group password</source>
        <translation>Senha do grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="109"/>
        <source>Joining…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="125"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="132"/>
        <source>Join</source>
        <translation>Entrar</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../../src/services/Keychain.cpp" line="62"/>
        <source>No keychain is available on this system, so Natter will not remember your password and will ask for it at each start.</source>
        <translation>Nenhum chaveiro está disponível neste sistema, então o Natter não vai lembrar sua senha e a pedirá a cada início.</translation>
    </message>
</context>
<context>
    <name>LinkConfirmDialog</name>
    <message>
        <location filename="../../ui/components/LinkConfirmDialog.qml" line="23"/>
        <source>Open this link?</source>
        <translation>Abrir este link?</translation>
    </message>
    <message>
        <location filename="../../ui/components/LinkConfirmDialog.qml" line="33"/>
        <source>The link leads somewhere other than it shows:

%1</source>
        <translation>O link leva a um lugar diferente do que mostra:

%1</translation>
    </message>
</context>
<context>
    <name>LocationCard</name>
    <message>
        <location filename="../../ui/components/LocationCard.qml" line="68"/>
        <source>Open in maps</source>
        <translation>Abrir no mapa</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="20"/>
        <source>Share a location</source>
        <translation>Compartilhar uma localização</translation>
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
        <translation>Cole um link geo: ou de mapa, ou digite as coordenadas em graus.</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="72"/>
        <source>geo:52.52,13.405 or a map link</source>
        <translation>geo:52.52,13.405 ou um link de mapa</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="73"/>
        <source>Location link</source>
        <translation>Link da localização</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="84"/>
        <source>Latitude, e.g. 52.52</source>
        <translation>Latitude, ex.: 52.52</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="85"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="94"/>
        <source>Longitude, e.g. 13.405</source>
        <translation>Longitude, ex.: 13.405</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="95"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="105"/>
        <source>Name of the place (optional)</source>
        <translation>Nome do lugar (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="106"/>
        <source>Name of the place</source>
        <translation>Nome do lugar</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="116"/>
        <source>Location: %1</source>
        <translation>Localização: %1</translation>
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
        <translation>Manter o Natter aberto?</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="58"/>
        <source>Natter can stay in the tray when you close its window, so that messages and notifications keep arriving. You can change this later in Settings.</source>
        <translation>O Natter pode ficar na bandeja do sistema quando você fecha a janela, para que mensagens e notificações continuem chegando. Você pode mudar isso depois nas Configurações.</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="66"/>
        <source>Keep running in the tray</source>
        <translation>Continuar na bandeja</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="71"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>You, %1: %2</source>
        <translation>Você, %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>, not sent</source>
        <translation>, não enviada</translation>
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
        <translation>Esta mensagem foi apagada</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>, edited</source>
        <translation>, editada</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>Forwarded, </source>
        <translation>Encaminhada, </translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>, starred</source>
        <translation>, favoritada</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="151"/>
        <source>1 unread message</source>
        <translation>1 mensagem não lida</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="151"/>
        <source>%1 unread messages</source>
        <translation>%1 mensagens não lidas</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="220"/>
        <location filename="../../ui/components/MessageBubble.qml" line="222"/>
        <source>React</source>
        <translation>Reagir</translation>
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
        <translation>Encaminhada</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="471"/>
        <source>Starred</source>
        <translation>Favoritada</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="476"/>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="504"/>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="504"/>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="513"/>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
</context>
<context>
    <name>MessageInfoDialog</name>
    <message>
        <location filename="../../ui/components/MessageInfoDialog.qml" line="23"/>
        <source>Message info</source>
        <translation>Dados da mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageInfoDialog.qml" line="53"/>
        <source>Sent %1</source>
        <translation>Enviada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageInfoDialog.qml" line="70"/>
        <source>Edited. Earlier versions:</source>
        <translation>Editada. Versões anteriores:</translation>
    </message>
</context>
<context>
    <name>MessageListView</name>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="155"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="303"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="309"/>
        <source>Unselect</source>
        <translation>Desmarcar</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="309"/>
        <source>Select</source>
        <translation>Selecionar</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="315"/>
        <source>Show the original</source>
        <translation>Mostrar a original</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="321"/>
        <source>Forward…</source>
        <translation>Encaminhar…</translation>
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
        <translation>Abrir no mapa</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="350"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="356"/>
        <source>Retry sending</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="362"/>
        <source>View picture</source>
        <translation>Ver imagem</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="368"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="374"/>
        <source>Message info</source>
        <translation>Dados da mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="380"/>
        <source>Message %1 privately</source>
        <translation>Enviar mensagem privada para %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="390"/>
        <source>React…</source>
        <translation>Reagir…</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="396"/>
        <source>Unstar</source>
        <translation>Desfavoritar</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="396"/>
        <source>Star</source>
        <translation>Favoritar</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="402"/>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="408"/>
        <source>Delete for me</source>
        <translation>Apagar para mim</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="414"/>
        <source>Delete for everyone</source>
        <translation>Apagar para todos</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="425"/>
        <source>Forwarded to 1 chat</source>
        <translation>Encaminhado para 1 conversa</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="425"/>
        <source>Forwarded to %1 chats</source>
        <translation>Encaminhado para %1 conversas</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="545"/>
        <source>The original message is not in this chat&apos;s history.</source>
        <translation>A mensagem original não está no histórico desta conversa.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="593"/>
        <source>Jump to the newest message</source>
        <translation>Ir para a mensagem mais recente</translation>
    </message>
</context>
<context>
    <name>MessageRequestBanner</name>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="34"/>
        <source>%1 is not in your contacts</source>
        <translation>%1 não está nos seus contatos</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="42"/>
        <source>They don&apos;t know that you have seen their messages. Replying accepts the request.</source>
        <translation>Essa pessoa não sabe que você viu as mensagens dela. Responder aceita a solicitação.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="53"/>
        <source>Add to contacts</source>
        <translation>Adicionar aos contatos</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="55"/>
        <source>Add %1 to your contacts</source>
        <translation>Adicionar %1 aos seus contatos</translation>
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
        <translation>Denunciar spam e bloquear?</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="94"/>
        <source>Block?</source>
        <translation>Bloquear?</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="106"/>
        <source>%1 will not be able to message you. The request leaves your list.</source>
        <translation>%1 não poderá mais enviar mensagens para você. A solicitação sai da sua lista.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="106"/>
        <source>%1 is reported to your server as spam and blocked.</source>
        <translation>%1 será denunciado como spam ao seu servidor e bloqueado.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="106"/>
        <source>Your server does not take spam reports: %1 will only be blocked.</source>
        <translation>Seu servidor não aceita denúncias de spam: %1 será apenas bloqueado.</translation>
    </message>
</context>
<context>
    <name>MuteMenu</name>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="14"/>
        <source>Mute notifications</source>
        <translation>Silenciar notificações</translation>
    </message>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="18"/>
        <source>For 8 hours</source>
        <translation>Por 8 horas</translation>
    </message>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="23"/>
        <source>For 1 week</source>
        <translation>Por 1 semana</translation>
    </message>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="28"/>
        <source>Always</source>
        <translation>Sempre</translation>
    </message>
</context>
<context>
    <name>Natter</name>
    <message>
        <location filename="../../app/CommandLine.cpp" line="30"/>
        <source>Natter, a desktop XMPP messenger.</source>
        <translation>Natter, um mensageiro XMPP para desktop.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="35"/>
        <source>Keep all state (database, settings, media) in &lt;dir&gt;, so several people can run Natter side by side.</source>
        <translation>Guardar todos os dados (banco de dados, configurações, mídia) em &lt;dir&gt;, para que várias pessoas possam usar o Natter lado a lado.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="39"/>
        <source>Sign in as &lt;jid&gt; at start, without the sign-in page. Needs --password-file.</source>
        <translation>Entrar como &lt;jid&gt; ao iniciar, sem a página de login. Requer --password-file.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="42"/>
        <source>Read the --sign-in password from &lt;file&gt; (one line; a final newline is dropped). The file must be readable by you alone (chmod 600); Natter never deletes it, and never takes a password on the command line, where other users could see it.</source>
        <translation>Ler a senha de --sign-in de &lt;file&gt; (uma linha; a quebra de linha final é descartada). O arquivo deve ser legível só por você (chmod 600); o Natter nunca o apaga e nunca aceita uma senha na linha de comando, onde outros usuários poderiam vê-la.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="47"/>
        <source>Connect to &lt;host&gt; instead of looking up the --sign-in domain.</source>
        <translation>Conectar a &lt;host&gt; em vez de procurar o domínio de --sign-in.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="49"/>
        <source>Connect to &lt;port&gt; (usually with --host).</source>
        <translation>Conectar à porta &lt;port&gt; (geralmente com --host).</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="52"/>
        <source>Trust the server certificate(s) in &lt;pem-file&gt; for the --sign-in account, exactly as if you had accepted them in the certificate dialog: Natter pins them in the profile and then connects to a server presenting them although no certificate authority vouches for it. Use it only for a certificate you know, such as the demo server&apos;s.</source>
        <translation>Confiar nos certificados do servidor em &lt;pem-file&gt; para a conta de --sign-in, exatamente como se você os tivesse aceitado na caixa de diálogo do certificado: o Natter os fixa no perfil e depois se conecta a um servidor que os apresente, mesmo que nenhuma autoridade certificadora o garanta. Use apenas para um certificado que você conhece, como o do servidor de demonstração.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="60"/>
        <source>An xmpp: link to open, e.g. xmpp:alice@example.org?message.</source>
        <translation>Um link xmpp: para abrir, por ex. xmpp:alice@example.org?message.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="82"/>
        <source>--password-file: %1 does not exist.</source>
        <translation>--password-file: %1 não existe.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="86"/>
        <source>--password-file: %1 is not a regular file.</source>
        <translation>--password-file: %1 não é um arquivo comum.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="94"/>
        <source>--password-file: %1 is accessible by other users (mode %2); make it yours alone with: chmod 600 %1</source>
        <translation>--password-file: %1 está acessível a outros usuários (modo %2); deixe-o só para você com: chmod 600 %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="101"/>
        <source>--password-file: %1 is too big to hold a password.</source>
        <translation>--password-file: %1 é grande demais para conter uma senha.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="106"/>
        <source>--password-file: cannot read %1: %2</source>
        <translation>--password-file: não é possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="115"/>
        <source>--password-file: %1 is empty.</source>
        <translation>--password-file: %1 está vazio.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="124"/>
        <source>--trust-certificate: %1 is not a readable file.</source>
        <translation>--trust-certificate: %1 não é um arquivo legível.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="129"/>
        <source>--trust-certificate: %1 holds no PEM certificate.</source>
        <translation>--trust-certificate: %1 não contém nenhum certificado PEM.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="142"/>
        <source>--%1 works only together with --sign-in.</source>
        <translation>--%1 só funciona junto com --sign-in.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="151"/>
        <source>--sign-in: %1</source>
        <translation>--sign-in: %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="157"/>
        <source>--sign-in needs --password-file &lt;file&gt;: Natter never takes a password on the command line.</source>
        <translation>--sign-in requer --password-file &lt;file&gt;: o Natter nunca aceita uma senha na linha de comando.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="170"/>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port deve ser um número de 1 a 65535.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="190"/>
        <source>Natter opens one xmpp: link at a time.</source>
        <translation>O Natter abre um link xmpp: por vez.</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="25"/>
        <source>last seen today at %1</source>
        <translation>visto por último hoje às %1</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="27"/>
        <source>last seen yesterday at %1</source>
        <translation>visto por último ontem às %1</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="28"/>
        <source>last seen %1</source>
        <translation>visto por último em %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="39"/>
        <source>This is not an image.</source>
        <translation>Isto não é uma imagem.</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="44"/>
        <source>The image is too large (%1 × %2).</source>
        <translation>A imagem é grande demais (%1 × %2).</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="54"/>
        <source>The image could not be read: %1</source>
        <translation>Não foi possível ler a imagem: %1</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="71"/>
        <source>This server asks you to solve a picture or sound puzzle (CAPTCHA), which Natter cannot show yet. Create the account on the server&apos;s website or pick another server.</source>
        <translation>Este servidor pede que você resolva um desafio de imagem ou som (CAPTCHA), que o Natter ainda não consegue mostrar. Crie a conta no site do servidor ou escolha outro servidor.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="109"/>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="112"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="115"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="31"/>
        <source>Wrong address or password.</source>
        <translation>Endereço ou senha incorretos.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="33"/>
        <source>This account is disabled on the server.</source>
        <translation>Esta conta está desativada no servidor.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="35"/>
        <source>The password has expired.</source>
        <translation>A senha expirou.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="37"/>
        <source>The server offers no secure way to sign in.</source>
        <translation>O servidor não oferece uma forma segura de entrar.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="39"/>
        <source>Signing in failed.</source>
        <translation>Não foi possível entrar.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="13"/>
        <source>The server could not be found. Check the address and your connection.</source>
        <translation>O servidor não foi encontrado. Verifique o endereço e sua conexão.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="15"/>
        <source>The server refused the connection.</source>
        <translation>O servidor recusou a conexão.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="17"/>
        <source>The server closed the connection.</source>
        <translation>O servidor encerrou a conexão.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="19"/>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="21"/>
        <source>The network is unreachable.</source>
        <translation>A rede está inacessível.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="23"/>
        <source>A secure connection to the server could not be established.</source>
        <translation>Não foi possível estabelecer uma conexão segura com o servidor.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="25"/>
        <source>The connection failed.</source>
        <translation>A conexão falhou.</translation>
    </message>
</context>
<context>
    <name>Natter::AccountSession</name>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="323"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="325"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="334"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="334"/>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="345"/>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="347"/>
        <source>The port must be 1 to 65535.</source>
        <translation>A porta deve estar entre 1 e 65535.</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="474"/>
        <source>Not connected: you did not trust the server&apos;s certificate.</source>
        <translation>Não conectado: você não confiou no certificado do servidor.</translation>
    </message>
</context>
<context>
    <name>Natter::AttachmentDraftModel</name>
    <message numerus="yes">
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="137"/>
        <source>Only %n files can be sent at once; send these first, then add the rest.</source>
        <translation>
            <numerusform>Só é possível enviar %n arquivo por vez; envie este primeiro e depois adicione o restante.</numerusform>
            <numerusform>Só é possível enviar %n arquivos por vez; envie estes primeiro e depois adicione o restante.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="226"/>
        <source>The pasted image could not be saved. Check that the disk has room.</source>
        <translation>Não foi possível salvar a imagem colada. Verifique se há espaço no disco.</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="248"/>
        <source>Only files on this computer can be attached.</source>
        <translation>Só é possível anexar arquivos deste computador.</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="252"/>
        <source>This file cannot be read. Check that it still exists and you may open it.</source>
        <translation>Não é possível ler este arquivo. Verifique se ele ainda existe e se você pode abri-lo.</translation>
    </message>
</context>
<context>
    <name>Natter::AudioPlayer</name>
    <message>
        <location filename="../../src/media/AudioPlayer.cpp" line="29"/>
        <source>This audio cannot be played: %1</source>
        <translation>Não é possível reproduzir este áudio: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/AudioPlayer.cpp" line="61"/>
        <source>There is no sound output to play this on.</source>
        <translation>Não há saída de som para reproduzir isto.</translation>
    </message>
    <message>
        <location filename="../../src/media/AudioPlayer.cpp" line="93"/>
        <source>This audio file cannot be read. It may be damaged or in a format this system does not play.</source>
        <translation>Não é possível ler este arquivo de áudio. Ele pode estar danificado ou em um formato que este sistema não reproduz.</translation>
    </message>
</context>
<context>
    <name>Natter::AvatarCache</name>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="102"/>
        <source>The avatar does not match its announced hash.</source>
        <translation>A foto de perfil não corresponde ao hash anunciado.</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="106"/>
        <source>The avatar is too large (%1 bytes).</source>
        <translation>A foto de perfil é grande demais (%1 bytes).</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="122"/>
        <source>The avatar could not be saved: %1</source>
        <translation>Não foi possível salvar a foto de perfil: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="136"/>
        <source>The file could not be opened: %1</source>
        <translation>Não foi possível abrir o arquivo: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="140"/>
        <source>The file is too large for a profile picture.</source>
        <translation>O arquivo é grande demais para uma foto de perfil.</translation>
    </message>
</context>
<context>
    <name>Natter::AvatarService</name>
    <message>
        <location filename="../../src/services/AvatarService.cpp" line="120"/>
        <source>Not connected. Try again when Natter is online.</source>
        <translation>Sem conexão. Tente de novo quando o Natter estiver online.</translation>
    </message>
</context>
<context>
    <name>Natter::ChatComposer</name>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="144"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="162"/>
        <source>This message can no longer be edited.</source>
        <translation>Esta mensagem não pode mais ser editada.</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="172"/>
        <source>Your history is not open yet; try again in a moment.</source>
        <translation>Seu histórico ainda não está aberto; tente de novo em instantes.</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="215"/>
        <source>“%1” could not be sent.</source>
        <translation>Não foi possível enviar “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="228"/>
        <source>This message could not be sent.</source>
        <translation>Não foi possível enviar esta mensagem.</translation>
    </message>
</context>
<context>
    <name>Natter::ChatTime</name>
    <message>
        <location filename="../../src/core/ChatTime.cpp" line="22"/>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <location filename="../../src/core/ChatTime.cpp" line="60"/>
        <source>Today</source>
        <translation>Hoje</translation>
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
        <translation>Não foi possível publicar sua foto: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/ContactService.cpp" line="260"/>
        <source>Not connected. Try again when Natter is online.</source>
        <translation>Sem conexão. Tente de novo quando o Natter estiver online.</translation>
    </message>
</context>
<context>
    <name>Natter::ConversationModel</name>
    <message>
        <location filename="../../src/models/ConversationModel.cpp" line="60"/>
        <source>You</source>
        <translation>Você</translation>
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
        <translation>O arquivo de histórico %1 está danificado e não pôde ser movido para o lado.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="89"/>
        <source>Cannot open the history file %1: %2</source>
        <translation>Não é possível abrir o arquivo de histórico %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="99"/>
        <source>The history file %1 is damaged and could not be replaced.</source>
        <translation>O arquivo de histórico %1 está danificado e não pôde ser substituído.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="108"/>
        <source>This history was written by a newer version of Natter (schema %1; this version understands up to %2). Update Natter to open it.</source>
        <translation>Este histórico foi gravado por uma versão mais nova do Natter (esquema %1; esta versão entende até o %2). Atualize o Natter para abri-lo.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="132"/>
        <source>Cannot update the history file %1: %2</source>
        <translation>Não é possível atualizar o arquivo de histórico %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="138"/>
        <source>The history file was damaged. It was moved to %1 and a new, empty history was started.</source>
        <translation>O arquivo de histórico estava danificado. Ele foi movido para %1 e um novo histórico vazio foi iniciado.</translation>
    </message>
</context>
<context>
    <name>Natter::Download</name>
    <message>
        <location filename="../../src/media/Download.cpp" line="69"/>
        <source>The file could not be saved: there are too many files named %1.</source>
        <translation>Não foi possível salvar o arquivo: há arquivos demais com o nome %1.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="77"/>
        <location filename="../../src/media/Download.cpp" line="89"/>
        <location filename="../../src/media/Download.cpp" line="163"/>
        <location filename="../../src/media/Download.cpp" line="200"/>
        <location filename="../../src/media/Download.cpp" line="256"/>
        <location filename="../../src/media/Download.cpp" line="278"/>
        <source>The file could not be saved: %1</source>
        <translation>Não foi possível salvar o arquivo: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="183"/>
        <source>The file on the server is not the one that was sent (its size differs), so it was not downloaded.</source>
        <translation>O arquivo no servidor não é o que foi enviado (o tamanho é diferente), então ele não foi baixado.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="197"/>
        <source>The file on the server is larger than announced, so it was not downloaded.</source>
        <translation>O arquivo no servidor é maior do que o anunciado, então ele não foi baixado.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="221"/>
        <source>The server sent an invalid redirect.</source>
        <translation>O servidor enviou um redirecionamento inválido.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="223"/>
        <source>The link redirects too often, so the file was not downloaded.</source>
        <translation>O link redireciona vezes demais, então o arquivo não foi baixado.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="259"/>
        <source>The file on the server is not the one that was sent (its size differs), so it was removed.</source>
        <translation>O arquivo no servidor não é o que foi enviado (o tamanho é diferente), então ele foi removido.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="263"/>
        <source>The file on the server is not the one that was sent (its checksum differs), so it was removed.</source>
        <translation>O arquivo no servidor não é o que foi enviado (a soma de verificação é diferente), então ele foi removido.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="268"/>
        <source>The saved file is not the one that was sent (it changed on disk), so it was removed.</source>
        <translation>O arquivo salvo não é o que foi enviado (ele mudou no disco), por isso foi removido.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="271"/>
        <source>The file could not be saved: another program took the name %1.</source>
        <translation>Não foi possível salvar o arquivo: outro programa usou o nome %1.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="294"/>
        <source>The file is no longer on the server (HTTP %1).</source>
        <translation>O arquivo não está mais no servidor (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="296"/>
        <source>The server refused the download (HTTP %1). Try again later.</source>
        <translation>O servidor recusou o download (HTTP %1). Tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="300"/>
        <source>The download stalled and was stopped. Check your connection and try again.</source>
        <translation>O download travou e foi interrompido. Verifique sua conexão e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="302"/>
        <source>The server %1 could not be found.</source>
        <translation>O servidor %1 não foi encontrado.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="304"/>
        <source>The server&apos;s certificate is not trusted, so the file was not downloaded.</source>
        <translation>O certificado do servidor não é confiável, então o arquivo não foi baixado.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="306"/>
        <source>The server sent an unexpected answer (HTTP %1).</source>
        <translation>O servidor enviou uma resposta inesperada (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="308"/>
        <source>The server could not be reached (%1). Check your connection and try again.</source>
        <translation>Não foi possível acessar o servidor (%1). Verifique sua conexão e tente de novo.</translation>
    </message>
</context>
<context>
    <name>Natter::DownloadService</name>
    <message>
        <location filename="../../src/services/DownloadService.cpp" line="87"/>
        <source>The file is larger than Natter downloads (max 100 MB).</source>
        <translation>O arquivo é maior do que o Natter baixa (máx. 100 MB).</translation>
    </message>
</context>
<context>
    <name>Natter::EmojiModel</name>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="100"/>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="101"/>
        <source>Smileys &amp; people</source>
        <translation>Smileys e pessoas</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="102"/>
        <source>Animals &amp; nature</source>
        <translation>Animais e natureza</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="103"/>
        <source>Food &amp; drink</source>
        <translation>Comidas e bebidas</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="104"/>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="105"/>
        <source>Travel &amp; places</source>
        <translation>Viagens e lugares</translation>
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
        <translation>Bandeiras</translation>
    </message>
</context>
<context>
    <name>Natter::FileUpload</name>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="33"/>
        <source>The file could not be read: %1</source>
        <translation>Não foi possível ler o arquivo: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="41"/>
        <source>The file changed while it was being sent. Please send it again.</source>
        <translation>O arquivo mudou durante o envio. Envie-o de novo.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="88"/>
        <source>The server refused the file as too large (HTTP 413).</source>
        <translation>O servidor recusou o arquivo por ser grande demais (HTTP 413).</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="90"/>
        <source>The server refused the upload (HTTP %1). Try again later.</source>
        <translation>O servidor recusou o envio (HTTP %1). Tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="94"/>
        <source>The upload stalled and was stopped. Check your connection and try again.</source>
        <translation>O envio travou e foi interrompido. Verifique sua conexão e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="96"/>
        <source>The upload server&apos;s certificate is not trusted, so nothing was sent.</source>
        <translation>O certificado do servidor de envio não é confiável, então nada foi enviado.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="98"/>
        <source>The upload server sent an unexpected answer (HTTP %1).</source>
        <translation>O servidor de envio enviou uma resposta inesperada (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="100"/>
        <source>The upload server could not be reached (%1). Check your connection and try again.</source>
        <translation>Não foi possível acessar o servidor de envio (%1). Verifique sua conexão e tente de novo.</translation>
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
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../../src/models/actions/ForwardTargets.cpp" line="136"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/actions/ForwardTargets.cpp" line="167"/>
        <source>You can forward to at most %n chats at once.</source>
        <translation>
            <numerusform>Você pode encaminhar para no máximo %n conversa por vez.</numerusform>
            <numerusform>Você pode encaminhar para no máximo %n conversas por vez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Natter::Forwarding</name>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="35"/>
        <source>This file changed on disk since it was received; it can&apos;t be forwarded.</source>
        <translation>Este arquivo foi alterado no disco desde que foi recebido; não é possível encaminhá-lo.</translation>
    </message>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="88"/>
        <source>Choose a chat to forward the message to.</source>
        <translation>Escolha uma conversa para encaminhar a mensagem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/services/actions/Forwarding.cpp" line="91"/>
        <source>A message can be forwarded to at most %n chats at once.</source>
        <translation>
            <numerusform>Uma mensagem pode ser encaminhada para no máximo %n conversa por vez.</numerusform>
            <numerusform>Uma mensagem pode ser encaminhada para no máximo %n conversas por vez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="97"/>
        <source>This message can&apos;t be forwarded.</source>
        <translation>Não é possível encaminhar esta mensagem.</translation>
    </message>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="106"/>
        <source>Choose a message to forward.</source>
        <translation>Escolha uma mensagem para encaminhar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/services/actions/Forwarding.cpp" line="109"/>
        <source>At most %n messages can be forwarded at once.</source>
        <translation>
            <numerusform>No máximo %n mensagem pode ser encaminhada por vez.</numerusform>
            <numerusform>No máximo %n mensagens podem ser encaminhadas por vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/services/actions/Forwarding.cpp" line="151"/>
        <source>The message could not be forwarded to %n of the chats.</source>
        <translation>
            <numerusform>Não foi possível encaminhar a mensagem para %n das conversas.</numerusform>
            <numerusform>Não foi possível encaminhar a mensagem para %n das conversas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Natter::GeoUri</name>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="93"/>
        <source>The location link is too long.</source>
        <translation>O link da localização é longo demais.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="95"/>
        <source>This is not a geo: location.</source>
        <translation>Isto não é uma localização geo:.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="97"/>
        <source>The location link contains characters a link cannot hold.</source>
        <translation>O link da localização contém caracteres que um link não pode conter.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="105"/>
        <source>The location&apos;s coordinates are not numbers in degrees.</source>
        <translation>As coordenadas da localização não são números em graus.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="111"/>
        <source>The location link has too many parameters.</source>
        <translation>O link da localização tem parâmetros demais.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="119"/>
        <source>The location uses a coordinate system other than WGS-84.</source>
        <translation>A localização usa um sistema de coordenadas diferente do WGS-84.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="123"/>
        <source>The location&apos;s uncertainty is not a distance in metres.</source>
        <translation>A incerteza da localização não é uma distância em metros.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="126"/>
        <source>The location link contains an invalid parameter.</source>
        <translation>O link da localização contém um parâmetro inválido.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="138"/>
        <source>The location link contains an invalid %-escape.</source>
        <translation>O link da localização contém um escape % inválido.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="143"/>
        <source>The location&apos;s name is too long.</source>
        <translation>O nome da localização é longo demais.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="154"/>
        <location filename="../../src/core/GeoUri.cpp" line="188"/>
        <source>The location&apos;s latitude or longitude is out of range.</source>
        <translation>A latitude ou a longitude da localização está fora do intervalo válido.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="163"/>
        <source>Paste a geo: link, a map link or two numbers such as 52.52, 13.405.</source>
        <translation>Cole um link geo:, um link de mapa ou dois números como 52.52, 13.405.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="211"/>
        <source>The latitude is a number from -90 to 90.</source>
        <translation>A latitude é um número de -90 a 90.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="213"/>
        <source>The longitude is a number from -180 to 180.</source>
        <translation>A longitude é um número de -180 a 180.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="225"/>
        <source>The name is longer than %1 characters.</source>
        <translation>O nome tem mais de %1 caracteres.</translation>
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
        <translation>L</translation>
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
        <translation>Você não está mais neste grupo.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="174"/>
        <source>That is not an address. It looks like name@example.org.</source>
        <translation>Isso não é um endereço. Ele tem a forma nome@example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="213"/>
        <source>This participant&apos;s address is hidden, so they cannot be changed.</source>
        <translation>O endereço deste participante está oculto, então não é possível alterar a função dele.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="232"/>
        <source>Give the group a name.</source>
        <translation>Dê um nome ao grupo.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="246"/>
        <source>Replaced by a newer description.</source>
        <translation>Substituída por uma descrição mais recente.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="254"/>
        <source>The group did not answer. Try again later.</source>
        <translation>O grupo não respondeu. Tente novamente mais tarde.</translation>
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
        <translation>Você</translation>
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
        <translation>Você saiu deste grupo.</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="151"/>
        <source>You were removed from this group.</source>
        <translation>Você foi removido deste grupo.</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="153"/>
        <source>You were banned from this group.</source>
        <translation>Você foi banido deste grupo.</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="155"/>
        <source>This group was deleted.</source>
        <translation>Este grupo foi apagado.</translation>
    </message>
</context>
<context>
    <name>Natter::GroupPrivateMessaging</name>
    <message>
        <location filename="../../src/services/groups/GroupPrivateMessaging.cpp" line="36"/>
        <source>The group refused the message.</source>
        <translation>O grupo recusou a mensagem.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupPrivateMessaging.cpp" line="75"/>
        <source>You are no longer in %1.</source>
        <translation>Você não está mais em %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupPrivateMessaging.cpp" line="82"/>
        <source>%1 is no longer in %2.</source>
        <translation>%1 não está mais em %2.</translation>
    </message>
</context>
<context>
    <name>Natter::GroupService</name>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="214"/>
        <source>Give the group a name.</source>
        <translation>Dê um nome ao grupo.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="216"/>
        <source>You are offline. Groups can be created once Natter is connected.</source>
        <translation>Você está offline. Dá para criar grupos assim que o Natter estiver conectado.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="232"/>
        <source>Your server does not offer groups.</source>
        <translation>Seu servidor não oferece grupos.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="239"/>
        <source>The server gave no new group. Try again.</source>
        <translation>O servidor não criou um grupo novo. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="244"/>
        <source>The server did not accept the group&apos;s settings.</source>
        <translation>O servidor não aceitou as configurações do grupo.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="280"/>
        <source>That is not a group address. It looks like name@groups.example.org.</source>
        <translation>Isso não é um endereço de grupo. Ele tem a forma nome@groups.example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="286"/>
        <source>You are offline. Groups can be joined once Natter is connected.</source>
        <translation>Você está offline. Dá para entrar em grupos assim que o Natter estiver conectado.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="323"/>
        <source>The group could not be saved in your history.</source>
        <translation>Não foi possível salvar o grupo no seu histórico.</translation>
    </message>
</context>
<context>
    <name>Natter::HistoryService</name>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="40"/>
        <source>The disk is full. Free some space on it: until then, new messages wait in memory, and they are saved as soon as there is room.</source>
        <translation>O disco está cheio. Libere espaço nele: até lá, as mensagens novas esperam na memória e são salvas assim que houver espaço.</translation>
    </message>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="43"/>
        <source>The message history file is damaged. Restart Natter to repair it; the damaged file is kept.</source>
        <translation>O arquivo do histórico de mensagens está danificado. Reinicie o Natter para repará-lo; o arquivo danificado é mantido.</translation>
    </message>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="46"/>
        <source>Saving history failed: %1</source>
        <translation>Não foi possível salvar o histórico: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="59"/>
        <source>Your message history could not be read, so Natter started a new one. The damaged file was kept as %1.</source>
        <translation>Não foi possível ler seu histórico de mensagens, então o Natter iniciou um novo. O arquivo danificado foi mantido como %1.</translation>
    </message>
</context>
<context>
    <name>Natter::ImageDecoder</name>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="32"/>
        <source>The image says it is %1 × %2 pixels, more than Natter opens. Save it and open it with another program if you trust it.</source>
        <translation>A imagem diz ter %1 × %2 pixels, mais do que o Natter abre. Salve-a e abra-a com outro programa se confiar nela.</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="77"/>
        <location filename="../../src/media/ImageDecoder.cpp" line="132"/>
        <source>The file could not be opened: %1</source>
        <translation>Não foi possível abrir o arquivo: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="96"/>
        <source>The preview image is larger than a preview may be.</source>
        <translation>A pré-visualização é maior do que uma pré-visualização pode ser.</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="101"/>
        <location filename="../../src/media/ImageDecoder.cpp" line="106"/>
        <source>This file is not an image Natter can show.</source>
        <translation>Este arquivo não é uma imagem que o Natter consiga mostrar.</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="162"/>
        <source>The image could not be read: %1</source>
        <translation>Não foi possível ler a imagem: %1</translation>
    </message>
</context>
<context>
    <name>Natter::InvitationModel</name>
    <message>
        <location filename="../../src/models/groups/InvitationModel.cpp" line="59"/>
        <source>%1 invited you to %2</source>
        <translation>%1 convidou você para %2</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/InvitationModel.cpp" line="60"/>
        <source>Someone you don&apos;t know (%1) invited you to %2</source>
        <translation>Alguém que você não conhece (%1) convidou você para %2</translation>
    </message>
</context>
<context>
    <name>Natter::Jid</name>
    <message>
        <location filename="../../src/core/Jid.cpp" line="49"/>
        <source>Enter an address like name@example.org.</source>
        <translation>Digite um endereço como nome@example.org.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="58"/>
        <source>The part after &apos;/&apos; is empty.</source>
        <translation>A parte depois de “/” está vazia.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="65"/>
        <source>The name before &apos;@&apos; is empty.</source>
        <translation>O nome antes de “@” está vazio.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="67"/>
        <source>The name before &apos;@&apos; contains a character that is not allowed.</source>
        <translation>O nome antes de “@” contém um caractere não permitido.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="71"/>
        <source>&apos;%1&apos; is not a valid server name.</source>
        <translation>“%1” não é um nome de servidor válido.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="74"/>
        <source>The address is too long.</source>
        <translation>O endereço é longo demais.</translation>
    </message>
</context>
<context>
    <name>Natter::LastSeenFormatter</name>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="36"/>
        <source>typing…</source>
        <translation>digitando…</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="38"/>
        <source>online</source>
        <translation>online</translation>
    </message>
</context>
<context>
    <name>Natter::MediaProbe</name>
    <message>
        <location filename="../../src/media/MediaProbe.cpp" line="31"/>
        <location filename="../../src/media/MediaProbe.cpp" line="86"/>
        <source>Cannot read this media file. It may be damaged or in a format this system does not know.</source>
        <translation>Não é possível ler este arquivo de mídia. Ele pode estar danificado ou em um formato que este sistema não conhece.</translation>
    </message>
    <message>
        <location filename="../../src/media/MediaProbe.cpp" line="42"/>
        <source>Cannot read this media file: it did not open in time.</source>
        <translation>Não é possível ler este arquivo de mídia: ele não abriu a tempo.</translation>
    </message>
    <message>
        <location filename="../../src/media/MediaProbe.cpp" line="52"/>
        <source>Cannot read this media file: it is missing, empty or not readable.</source>
        <translation>Não é possível ler este arquivo de mídia: ele está ausente, vazio ou ilegível.</translation>
    </message>
</context>
<context>
    <name>Natter::MediaService</name>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="37"/>
        <source>Your server does not accept files (it offers no HTTP upload).</source>
        <translation>Seu servidor não aceita arquivos (ele não oferece envio por HTTP).</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="90"/>
        <source>The file cannot be read.</source>
        <translation>Não é possível ler o arquivo.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="92"/>
        <source>The file is empty, so there is nothing to send.</source>
        <translation>O arquivo está vazio, então não há nada para enviar.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="247"/>
        <location filename="../../src/services/MediaService.cpp" line="321"/>
        <source>The upload was cancelled.</source>
        <translation>O envio foi cancelado.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="331"/>
        <location filename="../../src/services/MediaService.cpp" line="358"/>
        <source>The file is not downloaded yet.</source>
        <translation>O arquivo ainda não foi baixado.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="338"/>
        <source>The file could not be saved there.</source>
        <translation>Não foi possível salvar o arquivo ali.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="367"/>
        <source>No application on this computer opens this file.</source>
        <translation>Nenhum aplicativo deste computador abre este arquivo.</translation>
    </message>
</context>
<context>
    <name>Natter::MessageCard</name>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="75"/>
        <source>📍 Location</source>
        <translation>📍 Localização</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="76"/>
        <source>📍 Location: %1</source>
        <translation>📍 Localização: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="78"/>
        <source>👤 Contact: %1</source>
        <translation>👤 Contato: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="96"/>
        <source>Location: %1</source>
        <translation>Localização: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="97"/>
        <source>Location: %1, %2</source>
        <translation>Localização: %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="99"/>
        <source>Contact: %1</source>
        <translation>Contato: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="100"/>
        <source>Contact: %1, %2</source>
        <translation>Contato: %1, %2</translation>
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
        <translation>Ainda não enviada</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="218"/>
        <source>Sent, not delivered yet</source>
        <translation>Enviada, ainda não entregue</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="220"/>
        <source>Delivered, not read yet</source>
        <translation>Entregue, ainda não lida</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="222"/>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="224"/>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="225"/>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="241"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Lida por %n pessoa</numerusform>
            <numerusform>Lida por %n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="242"/>
        <source>Read by %1 of %2</source>
        <translation>Lida por %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="277"/>
        <source>Read by</source>
        <translation>Lida por</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="277"/>
        <source>Not read yet</source>
        <translation>Ainda não lida</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="279"/>
        <source>%1, not read yet</source>
        <translation>%1, ainda não leu</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="280"/>
        <source>%1, read %2</source>
        <translation>%1, leu %2</translation>
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
        <translation>hoje às %1</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="316"/>
        <source>yesterday at %1</source>
        <translation>ontem às %1</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="318"/>
        <source>%1 at %2</source>
        <translation>%1 às %2</translation>
    </message>
</context>
<context>
    <name>Natter::MessageSync</name>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="72"/>
        <source>The recipient cannot receive messages.</source>
        <translation>O destinatário não pode receber mensagens.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="74"/>
        <source>This address does not exist.</source>
        <translation>Este endereço não existe.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="77"/>
        <source>The recipient&apos;s server cannot be reached.</source>
        <translation>O servidor do destinatário está inacessível.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="80"/>
        <source>The server refused the message.</source>
        <translation>O servidor recusou a mensagem.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="82"/>
        <source>The message could not be delivered.</source>
        <translation>Não foi possível entregar a mensagem.</translation>
    </message>
</context>
<context>
    <name>Natter::MucSync</name>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="59"/>
        <source>This group needs a password.</source>
        <translation>Este grupo precisa de uma senha.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="61"/>
        <source>Someone in this group already uses that nickname. Choose another.</source>
        <translation>Alguém neste grupo já usa esse apelido. Escolha outro.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="63"/>
        <source>Only members can enter this group. Ask an admin to add you.</source>
        <translation>Só membros podem entrar neste grupo. Peça a um administrador para adicionar você.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="65"/>
        <source>You are banned from this group.</source>
        <translation>Você foi banido deste grupo.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="67"/>
        <source>This group does not exist.</source>
        <translation>Este grupo não existe.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="69"/>
        <source>This group is full.</source>
        <translation>Este grupo está cheio.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="71"/>
        <source>The group&apos;s server cannot be reached.</source>
        <translation>Não foi possível alcançar o servidor do grupo.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="73"/>
        <source>The group did not answer. Try again later.</source>
        <translation>O grupo não respondeu. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="75"/>
        <source>The group refused to let you in.</source>
        <translation>O grupo recusou a sua entrada.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="396"/>
        <source>Only the group&apos;s admins can change its description.</source>
        <translation>Só administradores do grupo podem alterar a descrição dele.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="397"/>
        <source>The group did not accept the new description.</source>
        <translation>O grupo não aceitou a nova descrição.</translation>
    </message>
</context>
<context>
    <name>Natter::NickService</name>
    <message>
        <location filename="../../src/services/NickService.cpp" line="123"/>
        <source>Your name could not be shared: your server does not support profile names.</source>
        <translation>Não foi possível compartilhar seu nome: seu servidor não suporta nomes de perfil.</translation>
    </message>
    <message>
        <location filename="../../src/services/NickService.cpp" line="124"/>
        <source>Your name could not be shared: %1</source>
        <translation>Não foi possível compartilhar seu nome: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/NickService.cpp" line="125"/>
        <source>the server refused it.</source>
        <translation>o servidor o recusou.</translation>
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
        <translation>Áudio</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="51"/>
        <source>🎤 Voice message (%1)</source>
        <translation>🎤 Mensagem de voz (%1)</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="52"/>
        <source>🎤 Voice message</source>
        <translation>🎤 Mensagem de voz</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="56"/>
        <source>📄 %1</source>
        <translation>📄 %1</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="56"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="125"/>
        <source>%1 new messages</source>
        <translation>%1 novas mensagens</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="127"/>
        <source>Natter</source>
        <translation>Natter</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="129"/>
        <source>%1 new messages in %2 chats</source>
        <translation>%1 novas mensagens em %2 conversas</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="157"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="158"/>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
</context>
<context>
    <name>Natter::OutgoingFile</name>
    <message>
        <location filename="../../src/media/OutgoingFile.cpp" line="31"/>
        <location filename="../../src/media/OutgoingFile.cpp" line="66"/>
        <source>The file cannot be read.</source>
        <translation>Não é possível ler o arquivo.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingFile.cpp" line="37"/>
        <source>There is no room for the file in Natter&apos;s media folder.</source>
        <translation>Não há espaço para o arquivo na pasta de mídia do Natter.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingFile.cpp" line="57"/>
        <source>The file could not be copied into Natter&apos;s media folder.</source>
        <translation>Não foi possível copiar o arquivo para a pasta de mídia do Natter.</translation>
    </message>
</context>
<context>
    <name>Natter::OutgoingImage</name>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="52"/>
        <source>The picture is too large to send.</source>
        <translation>A imagem é grande demais para enviar.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="53"/>
        <source>The picture could not be opened: %1</source>
        <translation>Não foi possível abrir a imagem: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="90"/>
        <source>The picture could not be compressed.</source>
        <translation>Não foi possível compactar a imagem.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="106"/>
        <source>The picture could not be saved for sending: %1</source>
        <translation>Não foi possível salvar a imagem para envio: %1</translation>
    </message>
</context>
<context>
    <name>Natter::ParticipantModel</name>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="144"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="186"/>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="188"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="190"/>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="226"/>
        <source>You cannot do that in this group.</source>
        <translation>Você não pode fazer isso neste grupo.</translation>
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
        <translation>Outro Natter (processo %1 em %2) está usando este perfil. Feche-o primeiro ou inicie o Natter com outro perfil.</translation>
    </message>
    <message>
        <location filename="../../src/storage/ProfileLock.cpp" line="39"/>
        <source>Cannot write the lock file %1.</source>
        <translation>Não é possível gravar o arquivo de bloqueio %1.</translation>
    </message>
</context>
<context>
    <name>Natter::RegistrationService</name>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="85"/>
        <source>Asking %1 what it needs…</source>
        <translation>Perguntando a %1 o que é necessário…</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="87"/>
        <source>Creating your account…</source>
        <translation>Criando sua conta…</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="89"/>
        <source>Account created. Signing in…</source>
        <translation>Conta criada. Entrando…</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="91"/>
        <source>Your account %1 is ready.</source>
        <translation>Sua conta %1 está pronta.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="106"/>
        <source>Enter the server&apos;s name, such as example.org.</source>
        <translation>Digite o nome do servidor, como example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="111"/>
        <source>Enter only the server&apos;s name, such as example.org.</source>
        <translation>Digite apenas o nome do servidor, como example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="115"/>
        <source>The port must be 1 to 65535.</source>
        <translation>A porta deve estar entre 1 e 65535.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="145"/>
        <source>The server did not say what it needs to create an account.</source>
        <translation>O servidor não informou o que precisa para criar uma conta.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="207"/>
        <source>Issued to: %1
Issued by: %2
Valid until: %3
SHA-256: %4</source>
        <translation>Emitido para: %1
Emitido por: %2
Válido até: %3
SHA-256: %4</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="234"/>
        <source>Natter cannot fill in “%1”, which this server requires.</source>
        <translation>O Natter não consegue preencher “%1”, que este servidor exige.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="238"/>
        <source>Fill in: %1.</source>
        <translation>Preencha: %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="242"/>
        <source>Enter only the name, without “@” or the server.</source>
        <translation>Digite apenas o nome, sem “@” nem o servidor.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="282"/>
        <source>Your account %1 was created, but signing in failed: %2</source>
        <translation>Sua conta %1 foi criada, mas não foi possível entrar: %2</translation>
    </message>
</context>
<context>
    <name>Natter::RegistrationSync</name>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="229"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>O certificado do servidor não é confiável: %1</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="239"/>
        <source>The server closed the connection.</source>
        <translation>O servidor encerrou a conexão.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="288"/>
        <source>That name is taken.</source>
        <translation>Esse nome já está em uso.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="290"/>
        <source>This server does not allow creating accounts here.</source>
        <translation>Este servidor não permite criar contas aqui.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="292"/>
        <source>Some fields are missing or invalid.</source>
        <translation>Alguns campos estão faltando ou são inválidos.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="294"/>
        <source>The server does not accept another new account from here right now. Try again later.</source>
        <translation>O servidor não aceita outra conta nova daqui no momento. Tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="297"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>O certificado do servidor não é confiável.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="299"/>
        <source>The server could not be reached.</source>
        <translation>Não foi possível acessar o servidor.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="303"/>
        <source>The server refused to create the account.</source>
        <translation>O servidor recusou a criação da conta.</translation>
    </message>
</context>
<context>
    <name>Natter::ReplyQuotes</name>
    <message>
        <location filename="../../src/models/actions/ReplyQuotes.cpp" line="65"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
</context>
<context>
    <name>Natter::Session</name>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="91"/>
        <source>The connection was lost.</source>
        <translation>A conexão caiu.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="219"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>O certificado do servidor não é confiável: %1</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="253"/>
        <source>The server stopped answering.</source>
        <translation>O servidor parou de responder.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="256"/>
        <source>This account was signed in from another place with the same device name.</source>
        <translation>Esta conta foi conectada em outro lugar com o mesmo nome de dispositivo.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="259"/>
        <source>The server ended the session.</source>
        <translation>O servidor encerrou a sessão.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="262"/>
        <source>The connection failed.</source>
        <translation>A conexão falhou.</translation>
    </message>
</context>
<context>
    <name>Natter::TrayIcon</name>
    <message>
        <location filename="../../src/desktop/TrayIcon.cpp" line="58"/>
        <source>Open Natter</source>
        <translation>Abrir o Natter</translation>
    </message>
    <message>
        <location filename="../../src/desktop/TrayIcon.cpp" line="62"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/desktop/TrayIcon.cpp" line="109"/>
        <source>Natter — %n unread message(s)</source>
        <translation>
            <numerusform>Natter — %n mensagem não lida</numerusform>
            <numerusform>Natter — %n mensagens não lidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Natter::UploadSync</name>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="99"/>
        <source>The file is larger than the server accepts (max %1).</source>
        <translation>O arquivo é maior do que o servidor aceita (máx. %1).</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="100"/>
        <source>The file is larger than Natter sends (max %1).</source>
        <translation>O arquivo é maior do que o Natter envia (máx. %1).</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="200"/>
        <source>Your server does not offer file uploads right now. Try again once you are connected.</source>
        <translation>Seu servidor não oferece envio de arquivos no momento. Tente de novo quando estiver conectado.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="205"/>
        <source>The file is empty, so there is nothing to send.</source>
        <translation>O arquivo está vazio, então não há nada para enviar.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="222"/>
        <source>The server refused the file as too large.</source>
        <translation>O servidor recusou o arquivo por ser grande demais.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="224"/>
        <source>Your storage on the server is full. Try again later.</source>
        <translation>Seu espaço no servidor está cheio. Tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="227"/>
        <source>Your server does not allow you to send files.</source>
        <translation>Seu servidor não permite que você envie arquivos.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="229"/>
        <source>The server could not take the file (%1). Try again later.</source>
        <translation>O servidor não conseguiu receber o arquivo (%1). Tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="245"/>
        <source>The server offered an unencrypted or invalid upload address, so the file was not sent.</source>
        <translation>O servidor ofereceu um endereço de envio sem criptografia ou inválido, então o arquivo não foi enviado.</translation>
    </message>
</context>
<context>
    <name>Natter::VoiceRecorder</name>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="76"/>
        <source>No microphone was found. Connect one, or allow Natter to use it in your system&apos;s settings, then try again.</source>
        <translation>Nenhum microfone foi encontrado. Conecte um ou permita que o Natter o use nas configurações do sistema e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="81"/>
        <source>This system cannot record voice notes: no AAC audio encoder is available.</source>
        <translation>Este sistema não consegue gravar mensagens de voz: nenhum codificador de áudio AAC está disponível.</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="86"/>
        <source>Cannot save the voice note in %1. Check that the folder is writable.</source>
        <translation>Não é possível salvar a mensagem de voz em %1. Verifique se a pasta permite gravação.</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="149"/>
        <source>Recording stopped because of an error: %1</source>
        <translation>A gravação parou por causa de um erro: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="173"/>
        <source>Nothing was recorded. Check that the microphone is connected and not muted, then try again.</source>
        <translation>Nada foi gravado. Verifique se o microfone está conectado e não está mudo e tente de novo.</translation>
    </message>
</context>
<context>
    <name>Natter::XmppUri</name>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="50"/>
        <source>The link contains an invalid %-escape.</source>
        <translation>O link contém um escape % inválido.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="54"/>
        <source>The link is empty.</source>
        <translation>O link está vazio.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="56"/>
        <source>&apos;%1&apos; is not an xmpp: link.</source>
        <translation>“%1” não é um link xmpp:.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="58"/>
        <source>The link contains spaces or control characters.</source>
        <translation>O link contém espaços ou caracteres de controle.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="70"/>
        <source>The link names an account but no contact or group to open.</source>
        <translation>O link indica uma conta, mas nenhum contato ou grupo para abrir.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="77"/>
        <source>The account in the link is not valid: %1</source>
        <translation>A conta no link não é válida: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="82"/>
        <source>The link contains no address.</source>
        <translation>O link não contém nenhum endereço.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="89"/>
        <source>The address in the link is not valid: %1</source>
        <translation>O endereço no link não é válido: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="96"/>
        <source>The link has parameters but no action.</source>
        <translation>O link tem parâmetros, mas nenhuma ação.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="101"/>
        <source>&apos;%1&apos; is not a valid action.</source>
        <translation>“%1” não é uma ação válida.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="106"/>
        <source>The parameter &apos;%1&apos; is not of the form key=value.</source>
        <translation>O parâmetro “%1” não está no formato chave=valor.</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="19"/>
        <source>New chat</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="41"/>
        <location filename="../../ui/components/NewChatDialog.qml" line="42"/>
        <source>New group</source>
        <translation>Novo grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="52"/>
        <location filename="../../ui/components/NewChatDialog.qml" line="53"/>
        <source>Join a group</source>
        <translation>Entrar em um grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="67"/>
        <source>Name or address, e.g. alice@example.org</source>
        <translation>Nome ou endereço, por ex. alice@example.org</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="68"/>
        <source>Name or address to chat with</source>
        <translation>Nome ou endereço para conversar</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="76"/>
        <source>Chat</source>
        <translation>Conversar</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="92"/>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="33"/>
        <source>New group</source>
        <translation>Novo grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="83"/>
        <source>Add a group picture</source>
        <translation>Adicionar uma foto do grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="84"/>
        <source>Change the group picture</source>
        <translation>Alterar a foto do grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="99"/>
        <location filename="../../ui/components/NewGroupDialog.qml" line="100"/>
        <source>Group name</source>
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="113"/>
        <source>Add people: name or address</source>
        <translation>Adicionar pessoas: nome ou endereço</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="114"/>
        <source>Name or address of someone to add</source>
        <translation>Nome ou endereço de alguém para adicionar</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="123"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="124"/>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="145"/>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="154"/>
        <source>Contacts to add</source>
        <translation>Contatos para adicionar</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="223"/>
        <source>Creating the group…</source>
        <translation>Criando o grupo…</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="244"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="251"/>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
</context>
<context>
    <name>OpenFileConfirmDialog</name>
    <message>
        <location filename="../../ui/components/OpenFileConfirmDialog.qml" line="32"/>
        <source>Open this program?</source>
        <translation>Abrir este programa?</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="33"/>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="59"/>
        <source>in the group now</source>
        <translation>no grupo agora</translation>
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
        <translation>Ações para %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="96"/>
        <source>Make group admin</source>
        <translation>Promover a administrador do grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="103"/>
        <source>Dismiss as admin</source>
        <translation>Remover como administrador</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="110"/>
        <source>Remove %1…</source>
        <translation>Remover %1…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="117"/>
        <source>Ban %1…</source>
        <translation>Banir %1…</translation>
    </message>
</context>
<context>
    <name>PictureFileDialog</name>
    <message>
        <location filename="../../ui/components/PictureFileDialog.qml" line="6"/>
        <source>Choose the group&apos;s picture</source>
        <translation>Escolha a foto do grupo</translation>
    </message>
    <message>
        <location filename="../../ui/components/PictureFileDialog.qml" line="8"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
</context>
<context>
    <name>ProfilePaths</name>
    <message>
        <location filename="../../src/core/ProfilePaths.cpp" line="40"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Não é possível criar a pasta de perfil %1.</translation>
    </message>
</context>
<context>
    <name>ReactionBar</name>
    <message>
        <location filename="../../ui/components/ReactionBar.qml" line="40"/>
        <source>React with %1</source>
        <translation>Reagir com %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReactionBar.qml" line="51"/>
        <location filename="../../ui/components/ReactionBar.qml" line="53"/>
        <source>More reactions</source>
        <translation>Mais reações</translation>
    </message>
</context>
<context>
    <name>ReactionRoles</name>
    <message>
        <location filename="../../src/models/actions/ReactionRoles.cpp" line="66"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/actions/ReactionRoles.cpp" line="101"/>
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReactionStrip</name>
    <message>
        <location filename="../../ui/components/ReactionStrip.qml" line="33"/>
        <source>Yours; press to take it back</source>
        <translation>Sua; pressione para retirá-la</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReactionStrip.qml" line="33"/>
        <source>Press to react the same</source>
        <translation>Pressione para reagir igual</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="54"/>
        <source>Create an account</source>
        <translation>Criar uma conta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="60"/>
        <source>Pick an XMPP server, then fill in what it asks for.</source>
        <translation>Escolha um servidor XMPP e preencha o que ele pedir.</translation>
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
        <translation>Configurações avançadas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="93"/>
        <source>Server host (optional)</source>
        <translation>Host do servidor (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="96"/>
        <source>Server host</source>
        <translation>Host do servidor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="100"/>
        <location filename="../../ui/pages/RegisterPage.qml" line="104"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="108"/>
        <source>Direct TLS instead of STARTTLS</source>
        <translation>TLS direto em vez de STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="121"/>
        <source>Natter cannot verify this server&apos;s certificate. Trust it only if you know it is the server&apos;s own:</source>
        <translation>O Natter não consegue verificar o certificado deste servidor. Só confie nele se souber que é o do próprio servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="135"/>
        <source>Trust this certificate</source>
        <translation>Confiar neste certificado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="166"/>
        <source>Sign-up website</source>
        <translation>Site de cadastro</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="199"/>
        <source>Working</source>
        <translation>Processando</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="211"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="213"/>
        <source>Back to sign in</source>
        <translation>Voltar para o login</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="222"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="232"/>
        <source>Create account</source>
        <translation>Criar conta</translation>
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
        <translation>Escolher…</translation>
    </message>
</context>
<context>
    <name>RegistrationFormModel</name>
    <message>
        <location filename="../../src/models/RegistrationFormModel.cpp" line="163"/>
        <source>This server creates accounts on a website, but its address is not a secure https one, so Natter does not open it: %1</source>
        <translation>Este servidor cria contas em um site, mas o endereço não é https seguro, então o Natter não o abre: %1</translation>
    </message>
    <message>
        <location filename="../../src/models/RegistrationFormModel.cpp" line="167"/>
        <source>This server creates accounts on its website: %1</source>
        <translation>Este servidor cria contas no próprio site: %1</translation>
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
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="22"/>
        <source>This message was deleted</source>
        <translation>Esta mensagem foi apagada</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="22"/>
        <source>Original message not found</source>
        <translation>Mensagem original não encontrada</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="33"/>
        <source>Reply to %1: %2</source>
        <translation>Resposta a %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="33"/>
        <source>Reply: %1</source>
        <translation>Resposta: %1</translation>
    </message>
</context>
<context>
    <name>RetractCodec</name>
    <message>
        <location filename="../../src/xmpp/actions/RetractCodec.cpp" line="92"/>
        <source>This person deleted a message, but your app does not support message deletion.</source>
        <translation>Esta pessoa apagou uma mensagem, mas o seu aplicativo não tem suporte para apagar mensagens.</translation>
    </message>
</context>
<context>
    <name>RoomAdminSync</name>
    <message>
        <location filename="../../src/xmpp/muc/RoomAdminSync.cpp" line="103"/>
        <source>The group&apos;s server does not offer that.</source>
        <translation>O servidor do grupo não oferece isso.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/RoomAdminSync.cpp" line="125"/>
        <source>That picture is too large for a group.</source>
        <translation>Essa imagem é grande demais para um grupo.</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <location filename="../../ui/components/SaveFileDialog.qml" line="22"/>
        <source>Save “%1”</source>
        <translation>Salvar “%1”</translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../../ui/components/SearchHitDelegate.qml" line="46"/>
        <source>You: </source>
        <translation>Você: </translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="34"/>
        <source>Cancel selection</source>
        <translation>Cancelar seleção</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/SelectionBar.qml" line="41"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selecionada</numerusform>
            <numerusform>%n selecionadas</numerusform>
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
        <translation>Copiar as mensagens selecionadas</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="59"/>
        <source>Star or unstar the selected messages</source>
        <translation>Favoritar ou desfavoritar as mensagens selecionadas</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="65"/>
        <source>Forward</source>
        <translation>Encaminhar</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="68"/>
        <source>Forward the selected messages</source>
        <translation>Encaminhar as mensagens selecionadas</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="74"/>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="77"/>
        <source>Delete the selected messages</source>
        <translation>Apagar as mensagens selecionadas</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="43"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="46"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="76"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="96"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="100"/>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="120"/>
        <source>Your contacts see this name unless they gave you one themselves.</source>
        <translation>Seus contatos veem este nome, a menos que tenham dado outro a você.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="130"/>
        <source>Change picture…</source>
        <translation>Alterar foto…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="138"/>
        <source>Sign out…</source>
        <translation>Sair…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="153"/>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="157"/>
        <source>Read receipts</source>
        <translation>Confirmações de leitura</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="163"/>
        <source>Share my last seen</source>
        <translation>Compartilhar meu visto por último</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="168"/>
        <source>Blocked contacts</source>
        <translation>Contatos bloqueados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="178"/>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="182"/>
        <source>Show notifications</source>
        <translation>Mostrar notificações</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="188"/>
        <source>Show message text in notifications</source>
        <translation>Mostrar o texto da mensagem nas notificações</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="195"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuar na bandeja do sistema ao fechar a janela</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="201"/>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="209"/>
        <source>Download images automatically up to</source>
        <translation>Baixar imagens automaticamente até</translation>
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
        <translation>Tamanho máximo das imagens baixadas automaticamente, em megabytes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="225"/>
        <source>Images from your contacts up to this size download by themselves. Videos, voice notes, audio and documents download only when you click them.</source>
        <translation>Imagens dos seus contatos até este tamanho são baixadas sozinhas. Vídeos, mensagens de voz, áudios e documentos só são baixados quando você clica neles.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="233"/>
        <source>Send images compressed by default</source>
        <translation>Enviar imagens compactadas por padrão</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="238"/>
        <source>Off sends the original photo, without its location data.</source>
        <translation>Desativado envia a foto original, sem os dados de localização.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="246"/>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="253"/>
        <source>Follow the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="260"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="267"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="277"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="286"/>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="307"/>
        <source>Choose your picture</source>
        <translation>Escolha sua foto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="308"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ShareContactDialog</name>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="19"/>
        <source>Share a contact</source>
        <translation>Compartilhar um contato</translation>
    </message>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="36"/>
        <location filename="../../ui/components/ShareContactDialog.qml" line="37"/>
        <source>Search contacts</source>
        <translation>Pesquisar contatos</translation>
    </message>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="45"/>
        <source>No contacts to share</source>
        <translation>Nenhum contato para compartilhar</translation>
    </message>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="53"/>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="42"/>
        <source>Sign in to Natter</source>
        <translation>Entrar no Natter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="48"/>
        <source>Use your account on any XMPP server.</source>
        <translation>Use sua conta em qualquer servidor XMPP.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="56"/>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="62"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="68"/>
        <location filename="../../ui/pages/SignInPage.qml" line="72"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="79"/>
        <source>Advanced settings</source>
        <translation>Configurações avançadas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="89"/>
        <source>Server host (optional)</source>
        <translation>Host do servidor (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="91"/>
        <source>Server host</source>
        <translation>Host do servidor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="95"/>
        <location filename="../../ui/pages/SignInPage.qml" line="98"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="102"/>
        <source>Direct TLS instead of STARTTLS</source>
        <translation>TLS direto em vez de STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="136"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="142"/>
        <source>Create account</source>
        <translation>Criar conta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="149"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="18"/>
        <source>Sign out?</source>
        <translation>Sair?</translation>
    </message>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="24"/>
        <source>Natter forgets the password of %1 on this computer, and you need it to sign in again. Your messages stay here.</source>
        <translation>O Natter esquece a senha de %1 neste computador, e você vai precisar dela para entrar de novo. Suas mensagens continuam aqui.</translation>
    </message>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="33"/>
        <source>Sign out</source>
        <translation>Sair</translation>
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
        <translation>Favoritada</translation>
    </message>
    <message>
        <location filename="../../ui/components/StarredMessageDelegate.qml" line="91"/>
        <location filename="../../ui/components/StarredMessageDelegate.qml" line="93"/>
        <source>Unstar</source>
        <translation>Desfavoritar</translation>
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
        <translation>Você</translation>
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
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/StarredPage.qml" line="42"/>
        <location filename="../../ui/pages/StarredPage.qml" line="80"/>
        <source>Starred messages</source>
        <translation>Mensagens favoritas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/StarredPage.qml" line="80"/>
        <source>Starred messages in %1</source>
        <translation>Mensagens favoritas em %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/StarredPage.qml" line="109"/>
        <source>No starred messages. Star a message from its menu to find it here.</source>
        <translation>Nenhuma mensagem favoritada. Favorite uma mensagem pelo menu dela para encontrá-la aqui.</translation>
    </message>
</context>
<context>
    <name>SystemLineText</name>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="27"/>
        <source>You removed the group description</source>
        <translation>Você removeu a descrição do grupo</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="28"/>
        <source>%1 removed the group description</source>
        <translation>%1 removeu a descrição do grupo</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="29"/>
        <source>The group description was removed</source>
        <translation>A descrição do grupo foi removida</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="31"/>
        <source>You changed the group description to “%1”</source>
        <translation>Você mudou a descrição do grupo para “%1”</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="33"/>
        <source>%1 changed the group description to “%2”</source>
        <translation>%1 mudou a descrição do grupo para “%2”</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="35"/>
        <source>The group description was changed to “%1”</source>
        <translation>A descrição do grupo foi alterada para “%1”</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="37"/>
        <source>You changed the group name to “%1”</source>
        <translation>Você mudou o nome do grupo para “%1”</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="39"/>
        <source>%1 changed the group name to “%2”</source>
        <translation>%1 mudou o nome do grupo para “%2”</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="40"/>
        <source>The group name was changed to “%1”</source>
        <translation>O nome do grupo foi alterado para “%1”</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="42"/>
        <source>The group was deleted</source>
        <translation>O grupo foi apagado</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="60"/>
        <source>%1 added you</source>
        <translation>%1 adicionou você</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="60"/>
        <source>You were added</source>
        <translation>Você foi adicionado</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="61"/>
        <source>You added %1</source>
        <translation>Você adicionou %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="62"/>
        <source>%1 added %2</source>
        <translation>%1 adicionou %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="63"/>
        <source>%1 was added</source>
        <translation>%1 foi adicionado</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="66"/>
        <source>%1 removed you</source>
        <translation>%1 removeu você</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="66"/>
        <source>You were removed</source>
        <translation>Você foi removido</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="67"/>
        <source>You removed %1</source>
        <translation>Você removeu %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="68"/>
        <source>%1 removed %2</source>
        <translation>%1 removeu %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="69"/>
        <source>%1 was removed</source>
        <translation>%1 foi removido</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="72"/>
        <source>%1 kicked you out</source>
        <translation>%1 expulsou você</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="72"/>
        <source>You were kicked out</source>
        <translation>Você foi expulso</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="73"/>
        <source>You kicked %1 out</source>
        <translation>Você expulsou %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="74"/>
        <source>%1 kicked %2 out</source>
        <translation>%1 expulsou %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="75"/>
        <source>%1 was kicked out</source>
        <translation>%1 foi expulso</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="78"/>
        <source>%1 banned you</source>
        <translation>%1 baniu você</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="78"/>
        <source>You were banned</source>
        <translation>Você foi banido</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="79"/>
        <source>You banned %1</source>
        <translation>Você baniu %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="80"/>
        <source>%1 banned %2</source>
        <translation>%1 baniu %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="81"/>
        <source>%1 was banned</source>
        <translation>%1 foi banido</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="84"/>
        <source>%1 made you an admin</source>
        <translation>%1 tornou você administrador</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="84"/>
        <source>You are now an admin</source>
        <translation>Agora você é administrador</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="85"/>
        <source>You made %1 an admin</source>
        <translation>Você tornou %1 administrador</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="86"/>
        <source>%1 made %2 an admin</source>
        <translation>%1 tornou %2 administrador</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="87"/>
        <source>%1 is now an admin</source>
        <translation>%1 agora é administrador</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="90"/>
        <source>%1 made you an owner</source>
        <translation>%1 tornou você proprietário</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="90"/>
        <source>You are now an owner</source>
        <translation>Agora você é proprietário</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="91"/>
        <source>You made %1 an owner</source>
        <translation>Você tornou %1 proprietário</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="92"/>
        <source>%1 made %2 an owner</source>
        <translation>%1 tornou %2 proprietário</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="93"/>
        <source>%1 is now an owner</source>
        <translation>%1 agora é proprietário</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="95"/>
        <source>You are no longer an admin</source>
        <translation>Você não é mais administrador</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="95"/>
        <source>%1 is no longer an admin</source>
        <translation>%1 não é mais administrador</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="110"/>
        <source>%n joined</source>
        <translation>
            <numerusform>%n pessoa entrou</numerusform>
            <numerusform>%n pessoas entraram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="110"/>
        <source>%n left</source>
        <translation>
            <numerusform>%n pessoa saiu</numerusform>
            <numerusform>%n pessoas saíram</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="112"/>
        <source>%1 joined</source>
        <translation>%1 entrou</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="112"/>
        <source>%1 left</source>
        <translation>%1 saiu</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="114"/>
        <source>%1 and %2 joined</source>
        <translation>%1 e %2 entraram</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="114"/>
        <source>%1 and %2 left</source>
        <translation>%1 e %2 saíram</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="117"/>
        <source>%1, %2 and one other joined</source>
        <translation>%1, %2 e mais uma pessoa entraram</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="118"/>
        <source>%1, %2 and one other left</source>
        <translation>%1, %2 e mais uma pessoa saíram</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="120"/>
        <source>%1 and %n others joined</source>
        <translation>
            <numerusform>%1 e mais %n pessoa entraram</numerusform>
            <numerusform>%1 e mais %n pessoas entraram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="121"/>
        <source>%1 and %n others left</source>
        <translation>
            <numerusform>%1 e mais %n pessoa saíram</numerusform>
            <numerusform>%1 e mais %n pessoas saíram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="122"/>
        <source>%1, %2 and %n others joined</source>
        <translation>
            <numerusform>%1, %2 e mais %n pessoa entraram</numerusform>
            <numerusform>%1, %2 e mais %n pessoas entraram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="123"/>
        <source>%1, %2 and %n others left</source>
        <translation>
            <numerusform>%1, %2 e mais %n pessoa saíram</numerusform>
            <numerusform>%1, %2 e mais %n pessoas saíram</numerusform>
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
        <translation>Não há imagem para pré-visualizar.</translation>
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
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../../ui/components/TransferOverlay.qml" line="42"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location filename="../../ui/components/TransferOverlay.qml" line="59"/>
        <source>The transfer failed.</source>
        <translation>A transferência falhou.</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <location filename="../../ui/components/UndoToast.qml" line="30"/>
        <source>Message deleted</source>
        <translation>Mensagem apagada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/UndoToast.qml" line="30"/>
        <source>%n messages deleted</source>
        <translation>
            <numerusform>%n mensagem apagada</numerusform>
            <numerusform>%n mensagens apagadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/UndoToast.qml" line="51"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../../ui/components/UndoToast.qml" line="52"/>
        <source>Undo delete</source>
        <translation>Desfazer a exclusão</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="96"/>
        <source>Natter only opens web links (https) here.</source>
        <translation>O Natter só abre links da web (https) aqui.</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="99"/>
        <source>The link is not encrypted (http), so Natter does not fetch it.</source>
        <translation>O link não é criptografado (http), então o Natter não o acessa.</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="102"/>
        <source>Files from people outside your contacts are downloaded only when you click them.</source>
        <translation>Arquivos de pessoas fora dos seus contatos só são baixados quando você clica neles.</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="106"/>
        <location filename="../../src/media/UrlPolicy.cpp" line="120"/>
        <source>The link points into a local network, so Natter does not fetch it.</source>
        <translation>O link aponta para uma rede local, então o Natter não o acessa.</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="114"/>
        <source>The server %1 could not be found.</source>
        <translation>O servidor %1 não foi encontrado.</translation>
    </message>
</context>
<context>
    <name>VideoContent</name>
    <message>
        <location filename="../../ui/components/VideoContent.qml" line="72"/>
        <source>Play video</source>
        <translation>Reproduzir vídeo</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderBar</name>
    <message>
        <location filename="../../ui/components/VoiceRecorderBar.qml" line="31"/>
        <source>Cancel voice note</source>
        <translation>Cancelar mensagem de voz</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/VoiceRecorderBar.qml" line="55"/>
        <source>Recording, %n second(s)</source>
        <translation>
            <numerusform>Gravando, %n segundo</numerusform>
            <numerusform>Gravando, %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/VoiceRecorderBar.qml" line="76"/>
        <source>Send voice note</source>
        <translation>Enviar mensagem de voz</translation>
    </message>
</context>
<context>
    <name>Waveform</name>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="58"/>
        <source>Cannot read this audio file: it is missing, empty or not readable.</source>
        <translation>Não é possível ler este arquivo de áudio: ele está ausente, vazio ou ilegível.</translation>
    </message>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="81"/>
        <source>Cannot read this audio file. It may be damaged or in a format this system does not know.</source>
        <translation>Não é possível ler este arquivo de áudio. Ele pode estar danificado ou em um formato que este sistema não conhece.</translation>
    </message>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="95"/>
        <source>Cannot read this audio file: decoding took too long.</source>
        <translation>Não é possível ler este arquivo de áudio: a decodificação demorou demais.</translation>
    </message>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="111"/>
        <source>Cannot read this audio file: it contains no sound.</source>
        <translation>Não é possível ler este arquivo de áudio: ele não contém som.</translation>
    </message>
</context>
</TS>
