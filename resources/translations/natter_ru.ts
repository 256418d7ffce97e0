<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountSession</name>
    <message numerus="yes">
        <location filename="../../src/services/AccountSession.cpp" line="327"/>
        <source>Offline: %1 Retrying in %n s…</source>
        <translation>
            <numerusform>Нет сети: %1 Повтор через %n с…</numerusform>
            <numerusform>Нет сети: %1 Повтор через %n с…</numerusform>
            <numerusform>Нет сети: %1 Повтор через %n с…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddContactBanner</name>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="28"/>
        <source>%1 is not in your contacts.</source>
        <translation>%1 нет в ваших контактах.</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="36"/>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="38"/>
        <source>Add %1 to your contacts</source>
        <translation>Добавить %1 в контакты</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddContactBanner.qml" line="43"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
</context>
<context>
    <name>AddParticipantDialog</name>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="17"/>
        <source>Add participants</source>
        <translation>Добавить участников</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="41"/>
        <source>Name or address</source>
        <translation>Имя или адрес</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="42"/>
        <source>Name or address of someone to add</source>
        <translation>Имя или адрес человека, которого нужно добавить</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="51"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="52"/>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="83"/>
        <source>Add %1</source>
        <translation>Добавить %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/AddParticipantDialog.qml" line="64"/>
        <source>Contacts to add</source>
        <translation>Контакты для добавления</translation>
    </message>
</context>
<context>
    <name>AttachmentRoles</name>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="30"/>
        <location filename="../../src/models/AttachmentRoles.cpp" line="105"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="95"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="97"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="100"/>
        <source>Voice message</source>
        <translation>Голосовое сообщение</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentRoles.cpp" line="101"/>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="35"/>
        <source>1 file to send</source>
        <translation>Файлов к отправке: 1</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="36"/>
        <source>%1 files to send</source>
        <translation>Файлов к отправке: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="43"/>
        <source>Send images compressed</source>
        <translation>Сжимать изображения</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="49"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="51"/>
        <source>Remove all files</source>
        <translation>Убрать все файлы</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTray.qml" line="67"/>
        <source>Files to send</source>
        <translation>Файлы для отправки</translation>
    </message>
</context>
<context>
    <name>AttachmentTrayEntry</name>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="98"/>
        <source>Add a caption</source>
        <translation>Добавить подпись</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="107"/>
        <source>Caption for %1</source>
        <translation>Подпись к %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="114"/>
        <source>Remove %1</source>
        <translation>Убрать %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/AttachmentTrayEntry.qml" line="116"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
</context>
<context>
    <name>AudioPlayback</name>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="39"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="39"/>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="86"/>
        <source>Playback position</source>
        <translation>Позиция воспроизведения</translation>
    </message>
    <message>
        <location filename="../../ui/components/AudioPlayback.qml" line="93"/>
        <source>Can&apos;t play</source>
        <translation>Не удаётся воспроизвести</translation>
    </message>
</context>
<context>
    <name>BlockedContactList</name>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="11"/>
        <source>Blocked contacts</source>
        <translation>Заблокированные</translation>
    </message>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="33"/>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="36"/>
        <source>Unblock %1</source>
        <translation>Разблокировать %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/BlockedContactList.qml" line="42"/>
        <source>Nobody is blocked.</source>
        <translation>Заблокированных нет.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="23"/>
        <source>The server&apos;s certificate has changed</source>
        <translation>Сертификат сервера изменился</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="23"/>
        <source>Unverified certificate</source>
        <translation>Непроверенный сертификат</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="31"/>
        <source>This server now presents a different certificate from the one you trusted before. This can happen when the server renews it, but it can also mean someone is intercepting your connection. Only continue if you can confirm the new fingerprint with the server&apos;s operator.</source>
        <translation>Сервер теперь предъявляет не тот сертификат, которому вы доверяли раньше. Так бывает, когда сервер его обновляет, но это может означать и перехват вашего соединения. Продолжайте, только если можете подтвердить новый отпечаток у администратора сервера.</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="32"/>
        <source>Natter could not verify this server&apos;s identity (%1). Only trust it if you can confirm the fingerprint with the server&apos;s operator.</source>
        <translation>Natter не смог проверить подлинность этого сервера (%1). Доверяйте ему, только если можете подтвердить отпечаток у администратора сервера.</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="42"/>
        <source>Subject</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="44"/>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="46"/>
        <source>Valid from</source>
        <translation>Действителен с</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="48"/>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="50"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="58"/>
        <source>SHA-256 fingerprint</source>
        <translation>Отпечаток SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="67"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/components/CertificateDialog.qml" line="72"/>
        <source>Trust this certificate</source>
        <translation>Доверять этому сертификату</translation>
    </message>
</context>
<context>
    <name>ChatActionDialog</name>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="37"/>
        <source>Clear messages?</source>
        <translation>Очистить историю?</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="37"/>
        <source>Delete group?</source>
        <translation>Удалить группу?</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="37"/>
        <source>Delete chat?</source>
        <translation>Удалить чат?</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="57"/>
        <source>The messages and their downloaded files are removed from this computer only. The chat stays, and others still see the messages.</source>
        <translation>Сообщения и загруженные из них файлы удаляются только с этого компьютера. Чат остаётся, а остальные по-прежнему видят сообщения.</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="57"/>
        <source>The chat, its messages and their downloaded files are removed from this computer only. Others still see the messages; a new message brings the chat back.</source>
        <translation>Чат, его сообщения и загруженные из них файлы удаляются только с этого компьютера. Остальные по-прежнему видят сообщения; с новым сообщением чат появится снова.</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="63"/>
        <source>Leave the group too</source>
        <translation>Также покинуть группу</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="72"/>
        <source>Clear messages</source>
        <translation>Очистить историю</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="72"/>
        <source>Leave and delete</source>
        <translation>Покинуть и удалить</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="72"/>
        <source>Delete chat</source>
        <translation>Удалить чат</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatActionDialog.qml" line="87"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ChatDelegate</name>
    <message numerus="yes">
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n непрочитанное</numerusform>
            <numerusform>, %n непрочитанных</numerusform>
            <numerusform>, %n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="116"/>
        <source>typing…</source>
        <translation>печатает…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="116"/>
        <source>You: %1</source>
        <translation>Вы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <source>Group %1</source>
        <translation>Группа %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="51"/>
        <source>, marked unread</source>
        <translation>, отмечен как непрочитанный</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="52"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="136"/>
        <source>Pinned</source>
        <translation>Закреплён</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="52"/>
        <location filename="../../ui/components/ChatDelegate.qml" line="130"/>
        <source>Muted</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="107"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="165"/>
        <source>Unpin chat</source>
        <translation>Открепить чат</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="165"/>
        <source>Pin chat</source>
        <translation>Закрепить чат</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="169"/>
        <source>Unarchive chat</source>
        <translation>Вернуть из архива</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="169"/>
        <source>Archive chat</source>
        <translation>Архивировать чат</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="174"/>
        <source>Mark as read</source>
        <translation>Отметить как прочитанный</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="174"/>
        <source>Mark as unread</source>
        <translation>Отметить как непрочитанный</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="190"/>
        <source>Unmute notifications</source>
        <translation>Включить звук уведомлений</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="195"/>
        <source>Clear messages…</source>
        <translation>Очистить историю…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="200"/>
        <source>Delete group…</source>
        <translation>Удалить группу…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatDelegate.qml" line="200"/>
        <source>Delete chat…</source>
        <translation>Удалить чат…</translation>
    </message>
</context>
<context>
    <name>ChatFindBar</name>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="46"/>
        <location filename="../../ui/components/ChatFindBar.qml" line="47"/>
        <source>Find in this chat</source>
        <translation>Поиск в этом чате</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="61"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="61"/>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="61"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="72"/>
        <source>Previous match (newer)</source>
        <translation>Предыдущее совпадение (новее)</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="82"/>
        <source>Next match (older)</source>
        <translation>Следующее совпадение (старее)</translation>
    </message>
    <message>
        <location filename="../../ui/components/ChatFindBar.qml" line="91"/>
        <source>Close find</source>
        <translation>Закрыть поиск</translation>
    </message>
</context>
<context>
    <name>ChatListPage</name>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="63"/>
        <source>Back to chats</source>
        <translation>Назад к чатам</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="66"/>
        <source>Archived</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="66"/>
        <source>Message requests</source>
        <translation>Запросы на переписку</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="76"/>
        <location filename="../../ui/pages/ChatListPage.qml" line="78"/>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="85"/>
        <source>Account menu</source>
        <translation>Меню аккаунта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="92"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="97"/>
        <source>Starred messages</source>
        <translation>Избранные сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="102"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="107"/>
        <source>Sign out…</source>
        <translation>Выйти…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="112"/>
        <source>Remove account…</source>
        <translation>Удалить аккаунт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="153"/>
        <location filename="../../ui/pages/ChatListPage.qml" line="154"/>
        <source>Search chats and messages</source>
        <translation>Поиск по чатам и сообщениям</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="164"/>
        <source>Message requests (%1)</source>
        <translation>Запросы на переписку (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="173"/>
        <source>Archived (%1)</source>
        <translation>Архив (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="182"/>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="230"/>
        <source>No archived chats</source>
        <translation>Нет чатов в архиве</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="230"/>
        <source>No chats yet</source>
        <translation>Чатов пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="230"/>
        <source>No message requests</source>
        <translation>Нет запросов на переписку</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="241"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="241"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="241"/>
        <source>No messages found</source>
        <translation>Сообщения не найдены</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="253"/>
        <source>Messages found</source>
        <translation>Найденные сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="328"/>
        <source>Remove account?</source>
        <translation>Удалить аккаунт?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ChatListPage.qml" line="333"/>
        <source>This signs you out of %1 and deletes its messages and media from this computer. The account on the server stays.</source>
        <translation>Вы выйдете из %1, а его сообщения и медиафайлы будут удалены с этого компьютера. Аккаунт на сервере сохранится.</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="98"/>
        <source>People to mention</source>
        <translation>Кого упомянуть</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="116"/>
        <source>Mention %1</source>
        <translation>Упомянуть %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="161"/>
        <source>Cancel reply</source>
        <translation>Отменить ответ</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="212"/>
        <source>Editing</source>
        <translation>Редактирование</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="233"/>
        <source>Cancel editing</source>
        <translation>Отменить редактирование</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="235"/>
        <source>Cancel editing (Esc)</source>
        <translation>Отменить редактирование (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="258"/>
        <source>Insert emoji</source>
        <translation>Вставить эмодзи</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="260"/>
        <source>Emoji</source>
        <translation>Эмодзи</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="274"/>
        <location filename="../../ui/components/ComposerBar.qml" line="276"/>
        <source>Attach</source>
        <translation>Прикрепить</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="284"/>
        <source>Files…</source>
        <translation>Файлы…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="289"/>
        <source>Location…</source>
        <translation>Местоположение…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="294"/>
        <source>Contact…</source>
        <translation>Контакт…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="306"/>
        <source>Type a message</source>
        <translation>Введите сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="350"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="362"/>
        <source>Send message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="374"/>
        <source>Record a voice note</source>
        <translation>Записать голосовое сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/components/ComposerBar.qml" line="383"/>
        <source>Choose files to send</source>
        <translation>Выберите файлы для отправки</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../ui/components/ConnectionBanner.qml" line="39"/>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/components/ConnectionBanner.qml" line="40"/>
        <source>Retry connecting now</source>
        <translation>Переподключиться сейчас</translation>
    </message>
</context>
<context>
    <name>ContactAddress</name>
    <message>
        <location filename="../../src/core/ContactAddress.cpp" line="32"/>
        <source>That is your own address.</source>
        <translation>Это ваш собственный адрес.</translation>
    </message>
    <message>
        <location filename="../../src/core/ContactAddress.cpp" line="36"/>
        <source>%1 is a server, not a person. Add name@%1.</source>
        <translation>%1 — это сервер, а не человек. Добавьте имя@%1.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../ui/components/ContactCard.qml" line="81"/>
        <source>Message</source>
        <translation>Написать</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactCard.qml" line="90"/>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="55"/>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="55"/>
        <source>waiting for approval</source>
        <translation>ждёт подтверждения</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="56"/>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="65"/>
        <source>Actions for %1</source>
        <translation>Действия для %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="72"/>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="72"/>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="77"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ContactDelegate.qml" line="82"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
</context>
<context>
    <name>ContactInfoPage</name>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="34"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="37"/>
        <source>Contact info</source>
        <translation>Данные контакта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="93"/>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="109"/>
        <source>Unblock %1</source>
        <translation>Разблокировать %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="109"/>
        <source>Block %1</source>
        <translation>Заблокировать %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="120"/>
        <location filename="../../ui/pages/ContactInfoPage.qml" line="128"/>
        <source>Shared media</source>
        <translation>Общие медиафайлы</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="31"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="34"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="157"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="43"/>
        <source>Contact settings</source>
        <translation>Настройки контактов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="50"/>
        <source>Share my last seen</source>
        <translation>Показывать, когда я был(а) в сети</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="56"/>
        <source>Set my picture…</source>
        <translation>Выбрать моё фото…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="60"/>
        <source>Blocked (%1)</source>
        <translation>Заблокированные (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="89"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="120"/>
        <source>%1 wants to see when you are online</source>
        <translation>%1 хочет видеть, когда вы в сети</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="134"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="135"/>
        <source>Accept %1</source>
        <translation>Принять %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="140"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="141"/>
        <source>Decline %1</source>
        <translation>Отклонить %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="146"/>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="147"/>
        <source>Block %1</source>
        <translation>Заблокировать %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="175"/>
        <source>No contacts yet. Add someone by their address.</source>
        <translation>Контактов пока нет. Добавьте кого-нибудь по адресу.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="190"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="196"/>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="209"/>
        <source>name@example.org or xmpp: link</source>
        <translation>имя@example.org или ссылка xmpp:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="210"/>
        <source>Contact address</source>
        <translation>Адрес контакта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="215"/>
        <source>Name (optional)</source>
        <translation>Имя (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="216"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="278"/>
        <source>Contact name</source>
        <translation>Имя контакта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="232"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="239"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="301"/>
        <location filename="../../ui/pages/ContactsPage.qml" line="351"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="254"/>
        <source>Rename contact</source>
        <translation>Переименовать контакт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="277"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="295"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="317"/>
        <source>Remove contact?</source>
        <translation>Удалить контакт?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="327"/>
        <source>%1 leaves your contacts, and you stop seeing each other online. Your chat stays.</source>
        <translation>%1 будет удалён из ваших контактов, и вы перестанете видеть, когда другой в сети. Чат останется.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="343"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="360"/>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="375"/>
        <source>Choose your picture</source>
        <translation>Выберите своё фото</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ContactsPage.qml" line="376"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="101"/>
        <source>Back to chats</source>
        <translation>Назад к чатам</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="114"/>
        <source>Contact info for %1</source>
        <translation>Данные контакта %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="114"/>
        <source>%1, private message through %2</source>
        <translation>%1, личное сообщение через %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="114"/>
        <source>Group info for %1, %2</source>
        <translation>Данные группы %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="148"/>
        <source>typing…</source>
        <translation>печатает…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="148"/>
        <source>Private message through %1</source>
        <translation>Личное сообщение через %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="164"/>
        <source>Group menu</source>
        <translation>Меню группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="164"/>
        <source>Chat menu</source>
        <translation>Меню чата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="171"/>
        <source>Find in chat</source>
        <translation>Поиск в чате</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="176"/>
        <source>Mark as read</source>
        <translation>Отметить как прочитанный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="176"/>
        <source>Mark as unread</source>
        <translation>Отметить как непрочитанный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="193"/>
        <source>Unmute notifications</source>
        <translation>Включить звук уведомлений</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="201"/>
        <source>Group info</source>
        <translation>Данные группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="201"/>
        <source>Contact info</source>
        <translation>Данные контакта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="206"/>
        <source>Clear messages…</source>
        <translation>Очистить историю…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="211"/>
        <source>Delete group…</source>
        <translation>Удалить группу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="211"/>
        <source>Delete chat…</source>
        <translation>Удалить чат…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="216"/>
        <source>Starred messages</source>
        <translation>Избранные сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="223"/>
        <source>Leave group…</source>
        <translation>Покинуть группу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="238"/>
        <source>Leave %1?</source>
        <translation>Покинуть «%1»?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="242"/>
        <source>Leave</source>
        <translation>Покинуть</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="244"/>
        <source>You will no longer receive this group&apos;s messages. Its history stays on this computer.</source>
        <translation>Вы больше не будете получать сообщения этой группы. Её история останется на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="268"/>
        <source>Choose a chat to start messaging</source>
        <translation>Выберите чат, чтобы начать переписку</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ConversationPage.qml" line="405"/>
        <source>Drop files to send them to %1</source>
        <translation>Перетащите файлы, чтобы отправить их %1</translation>
    </message>
</context>
<context>
    <name>DeleteMessageDialog</name>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="44"/>
        <source>Delete message?</source>
        <translation>Удалить сообщение?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="44"/>
        <source>Delete %n messages?</source>
        <translation>
            <numerusform>Удалить %n сообщение?</numerusform>
            <numerusform>Удалить %n сообщения?</numerusform>
            <numerusform>Удалить %n сообщений?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="54"/>
        <source>Deleted for everyone, each message shows as &quot;This message was deleted&quot; to everyone in the chat, as far as their app supports it. Deleted for you, they go from this computer only.</source>
        <translation>После удаления для всех каждое сообщение выглядит как «Сообщение удалено» у всех участников чата, если их приложение это поддерживает. После удаления у вас они исчезают только с этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="55"/>
        <source>The messages are deleted from this computer. Others still see them.</source>
        <translation>Сообщения удаляются с этого компьютера. Остальные по-прежнему их видят.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="57"/>
        <source>The message is deleted from this computer. Others still see it.</source>
        <translation>Сообщение удаляется с этого компьютера. Остальные по-прежнему его видят.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="58"/>
        <source>Deleted for everyone, the message shows as &quot;This message was deleted&quot; to everyone in the chat, as far as their app supports it.</source>
        <translation>После удаления для всех сообщение выглядит как «Сообщение удалено» у всех участников чата, если их приложение это поддерживает.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="64"/>
        <source>Delete for everyone</source>
        <translation>Удалить для всех</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="75"/>
        <source>Delete for me</source>
        <translation>Удалить у меня</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeleteMessageDialog.qml" line="87"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>DeliveryTicks</name>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <location filename="../../ui/components/DeliveryTicks.qml" line="20"/>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
</context>
<context>
    <name>DocumentContent</name>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="73"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="108"/>
        <source>The transfer failed.</source>
        <translation>Передача не удалась.</translation>
    </message>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="121"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/components/DocumentContent.qml" line="127"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
</context>
<context>
    <name>EditableLine</name>
    <message>
        <location filename="../../ui/components/EditableLine.qml" line="76"/>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="44"/>
        <location filename="../../ui/components/EmojiPicker.qml" line="45"/>
        <source>Search emoji</source>
        <translation>Поиск эмодзи</translation>
    </message>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="91"/>
        <source>Emoji</source>
        <translation>Эмодзи</translation>
    </message>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="128"/>
        <source>No emoji found</source>
        <translation>Эмодзи не найдены</translation>
    </message>
    <message>
        <location filename="../../ui/components/EmojiPicker.qml" line="128"/>
        <source>No recent emoji</source>
        <translation>Нет недавних эмодзи</translation>
    </message>
</context>
<context>
    <name>ExecutableType</name>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="100"/>
        <source>a Windows program</source>
        <translation>программа для Windows</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="102"/>
        <source>an installer</source>
        <translation>установщик</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="104"/>
        <source>a script</source>
        <translation>скрипт</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="106"/>
        <source>a Linux launcher</source>
        <translation>ярлык запуска Linux</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="108"/>
        <source>a macOS program</source>
        <translation>программа для macOS</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="110"/>
        <source>a Java program</source>
        <translation>программа на Java</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="112"/>
        <source>a Linux program</source>
        <translation>программа для Linux</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="114"/>
        <source>a Windows shortcut or setting</source>
        <translation>ярлык или настройка Windows</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="149"/>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="155"/>
        <source>%1, although its name ends in .%2</source>
        <translation>%1, хотя имя заканчивается на .%2</translation>
    </message>
    <message>
        <location filename="../../src/media/ExecutableType.cpp" line="163"/>
        <source>“%1” is %2. Opening it can run it on this computer with all your rights. Open it only if you expected it from this person.</source>
        <translation>«%1» — это %2. При открытии он может запуститься на этом компьютере со всеми вашими правами. Открывайте, только если вы ждали его от этого человека.</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message numerus="yes">
        <location filename="../../ui/components/ForwardDialog.qml" line="32"/>
        <source>Forward %n messages</source>
        <translation>
            <numerusform>Переслать %n сообщение</numerusform>
            <numerusform>Переслать %n сообщения</numerusform>
            <numerusform>Переслать %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="32"/>
        <source>Forward message</source>
        <translation>Переслать сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="66"/>
        <location filename="../../ui/components/ForwardDialog.qml" line="67"/>
        <source>Search chats and contacts</source>
        <translation>Поиск по чатам и контактам</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="80"/>
        <source>Chats and contacts</source>
        <translation>Чаты и контакты</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="163"/>
        <source>No chats yet</source>
        <translation>Чатов пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="163"/>
        <source>No chat or contact matches</source>
        <translation>Нет подходящих чатов и контактов</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="181"/>
        <source>Choose up to %1 chats</source>
        <translation>Выберите до %1 чатов</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="181"/>
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="188"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="190"/>
        <source>%1 of %2 chats chosen</source>
        <translation>Выбрано чатов: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="198"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="204"/>
        <source>Forward</source>
        <translation>Переслать</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="207"/>
        <source>Forward to 1 chat</source>
        <translation>Переслать в 1 чат</translation>
    </message>
    <message>
        <location filename="../../ui/components/ForwardDialog.qml" line="207"/>
        <source>Forward to %1 chats</source>
        <translation>Переслать в чаты: %1</translation>
    </message>
</context>
<context>
    <name>GroupInfoPage</name>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="69"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="72"/>
        <source>Group info</source>
        <translation>Данные группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="97"/>
        <source>Change picture</source>
        <translation>Сменить фото</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="107"/>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="121"/>
        <source>Add a group description</source>
        <translation>Добавить описание группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="122"/>
        <source>Group description</source>
        <translation>Описание группы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/GroupInfoPage.qml" line="144"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="152"/>
        <source>Add participants</source>
        <translation>Добавить участников</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="175"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="193"/>
        <source>Leave group</source>
        <translation>Покинуть группу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="202"/>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="284"/>
        <source>Delete group</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="236"/>
        <source>Ban %1?</source>
        <translation>Заблокировать %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="236"/>
        <source>Remove %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="240"/>
        <source>Ban</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="240"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="245"/>
        <source>%1 will be removed from %2 and cannot join it again.</source>
        <translation>%1 будет удалён из «%2» и не сможет вернуться.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="246"/>
        <source>%1 will be removed from %2.</source>
        <translation>%1 будет удалён из «%2».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="260"/>
        <source>Leave %1?</source>
        <translation>Покинуть «%1»?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="263"/>
        <source>Leave</source>
        <translation>Покинуть</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="265"/>
        <source>You will no longer receive this group&apos;s messages. Its history stays on this computer.</source>
        <translation>Вы больше не будете получать сообщения этой группы. Её история останется на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="281"/>
        <source>Delete %1?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/GroupInfoPage.qml" line="286"/>
        <source>%1 ends for everyone in it. Nobody can write there again. This cannot be undone.</source>
        <translation>«%1» закроется для всех участников. Писать туда больше никто не сможет. Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>HistoryBanner</name>
    <message>
        <location filename="../../ui/components/HistoryBanner.qml" line="42"/>
        <source>Until this is fixed, Natter can neither show nor save messages. Fix it, then start Natter again.</source>
        <translation>Пока это не исправлено, Natter не может ни показывать, ни сохранять сообщения. Исправьте это и перезапустите Natter.</translation>
    </message>
    <message>
        <location filename="../../ui/components/HistoryBanner.qml" line="53"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../ui/components/HistoryBanner.qml" line="55"/>
        <source>Dismiss the history notice</source>
        <translation>Скрыть уведомление об истории</translation>
    </message>
</context>
<context>
    <name>ImageContent</name>
    <message>
        <location filename="../../ui/components/ImageContent.qml" line="89"/>
        <source>View picture</source>
        <translation>Открыть изображение</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="123"/>
        <source>Older picture</source>
        <translation>Предыдущее изображение</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="134"/>
        <source>Newer picture</source>
        <translation>Следующее изображение</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="155"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="160"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="166"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/components/ImageViewer.qml" line="174"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>InvitationBanner</name>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="86"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="89"/>
        <source>Decline the invitation to %1</source>
        <translation>Отклонить приглашение в %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="94"/>
        <source>Joining…</source>
        <translation>Вступление…</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="94"/>
        <source>Join</source>
        <translation>Вступить</translation>
    </message>
    <message>
        <location filename="../../ui/components/InvitationBanner.qml" line="97"/>
        <source>Join %1</source>
        <translation>Вступить в %1</translation>
    </message>
</context>
<context>
    <name>JoinGroupDialog</name>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="31"/>
        <source>Join a group</source>
        <translation>Вступить в группу</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="66"/>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="72"/>
        <source>Group address or link</source>
        <translation>Адрес или ссылка группы</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="71"/>
        <source>e.g. family@groups.example.org</source>
        <translation>например, family@groups.example.org</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="78"/>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="83"/>
        <source>Your nickname in the group</source>
        <translation>Ваш псевдоним в группе</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="90"/>
        <source>Password (only if the group has one)</source>
        <translation>Пароль (только если он есть у группы)</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="95"/>
        <source>Group password</source>
        <translation>Пароль группы</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="109"/>
        <source>Joining…</source>
        <translation>Вступление…</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="125"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/components/JoinGroupDialog.qml" line="132"/>
        <source>Join</source>
        <translation>Вступить</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../../src/services/Keychain.cpp" line="62"/>
        <source>No keychain is available on this system, so Natter will not remember your password and will ask for it at each start.</source>
        <translation>В этой системе нет связки ключей, поэтому Natter не запомнит ваш пароль и будет запрашивать его при каждом запуске.</translation>
    </message>
</context>
<context>
    <name>LinkConfirmDialog</name>
    <message>
        <location filename="../../ui/components/LinkConfirmDialog.qml" line="23"/>
        <source>Open this link?</source>
        <translation>Открыть эту ссылку?</translation>
    </message>
    <message>
        <location filename="../../ui/components/LinkConfirmDialog.qml" line="33"/>
        <source>The link leads somewhere other than it shows:

%1</source>
        <translation>Ссылка ведёт не туда, куда указывает её текст:

%1</translation>
    </message>
</context>
<context>
    <name>LocationCard</name>
    <message>
        <location filename="../../ui/components/LocationCard.qml" line="68"/>
        <source>Open in maps</source>
        <translation>Открыть на карте</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="20"/>
        <source>Share a location</source>
        <translation>Поделиться местоположением</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="48"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="53"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="65"/>
        <source>Paste a geo: or map link, or type the coordinates in degrees.</source>
        <translation>Вставьте ссылку geo: или ссылку на карту либо введите координаты в градусах.</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="72"/>
        <source>geo:52.52,13.405 or a map link</source>
        <translation>geo:52.52,13.405 или ссылка на карту</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="73"/>
        <source>Location link</source>
        <translation>Ссылка на местоположение</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="84"/>
        <source>Latitude, e.g. 52.52</source>
        <translation>Широта, например 52.52</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="85"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="94"/>
        <source>Longitude, e.g. 13.405</source>
        <translation>Долгота, например 13.405</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="95"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="105"/>
        <source>Name of the place (optional)</source>
        <translation>Название места (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="106"/>
        <source>Name of the place</source>
        <translation>Название места</translation>
    </message>
    <message>
        <location filename="../../ui/components/LocationDialog.qml" line="116"/>
        <source>Location: %1</source>
        <translation>Местоположение: %1</translation>
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
        <translation>Оставить Natter работать?</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="58"/>
        <source>Natter can stay in the tray when you close its window, so that messages and notifications keep arriving. You can change this later in Settings.</source>
        <translation>Natter может остаться в области уведомлений, когда вы закрываете окно, чтобы сообщения и уведомления продолжали приходить. Это можно изменить позже в настройках.</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="66"/>
        <source>Keep running in the tray</source>
        <translation>Оставить в области уведомлений</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="71"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>You, %1: %2</source>
        <translation>Вы, %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>, not sent</source>
        <translation>, не отправлено</translation>
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
        <translation>Сообщение удалено</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>, edited</source>
        <translation>, изменено</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>Forwarded, </source>
        <translation>Переслано, </translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="106"/>
        <source>, starred</source>
        <translation>, в избранном</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="151"/>
        <source>1 unread message</source>
        <translation>Непрочитанных сообщений: 1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="151"/>
        <source>%1 unread messages</source>
        <translation>Непрочитанных сообщений: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="220"/>
        <location filename="../../ui/components/MessageBubble.qml" line="222"/>
        <source>React</source>
        <translation>Реакция</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="303"/>
        <location filename="../../ui/components/MessageBubble.qml" line="305"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="355"/>
        <location filename="../../ui/components/MessageBubble.qml" line="359"/>
        <source>Forwarded</source>
        <translation>Переслано</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="471"/>
        <source>Starred</source>
        <translation>В избранном</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="476"/>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="504"/>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="504"/>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageBubble.qml" line="513"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>MessageInfoDialog</name>
    <message>
        <location filename="../../ui/components/MessageInfoDialog.qml" line="23"/>
        <source>Message info</source>
        <translation>Данные сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageInfoDialog.qml" line="53"/>
        <source>Sent %1</source>
        <translation>Отправлено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageInfoDialog.qml" line="70"/>
        <source>Edited. Earlier versions:</source>
        <translation>Изменено. Прежние версии:</translation>
    </message>
</context>
<context>
    <name>MessageListView</name>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="155"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="303"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="309"/>
        <source>Unselect</source>
        <translation>Снять выбор</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="309"/>
        <source>Select</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="315"/>
        <source>Show the original</source>
        <translation>Показать исходное</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="321"/>
        <source>Forward…</source>
        <translation>Переслать…</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="327"/>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="336"/>
        <location filename="../../ui/components/MessageListView.qml" line="449"/>
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="344"/>
        <source>Open in maps</source>
        <translation>Открыть на карте</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="350"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="356"/>
        <source>Retry sending</source>
        <translation>Отправить ещё раз</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="362"/>
        <source>View picture</source>
        <translation>Открыть изображение</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="368"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="374"/>
        <source>Message info</source>
        <translation>Данные сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="380"/>
        <source>Message %1 privately</source>
        <translation>Написать %1 лично</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="390"/>
        <source>React…</source>
        <translation>Реакция…</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="396"/>
        <source>Unstar</source>
        <translation>Убрать из избранного</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="396"/>
        <source>Star</source>
        <translation>В избранное</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="402"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="408"/>
        <source>Delete for me</source>
        <translation>Удалить у меня</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="414"/>
        <source>Delete for everyone</source>
        <translation>Удалить для всех</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="425"/>
        <source>Forwarded to 1 chat</source>
        <translation>Переслано в 1 чат</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="425"/>
        <source>Forwarded to %1 chats</source>
        <translation>Переслано в чаты: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="545"/>
        <source>The original message is not in this chat&apos;s history.</source>
        <translation>Исходного сообщения нет в истории этого чата.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageListView.qml" line="593"/>
        <source>Jump to the newest message</source>
        <translation>К последнему сообщению</translation>
    </message>
</context>
<context>
    <name>MessageRequestBanner</name>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="34"/>
        <source>%1 is not in your contacts</source>
        <translation>%1 нет в ваших контактах</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="42"/>
        <source>They don&apos;t know that you have seen their messages. Replying accepts the request.</source>
        <translation>Собеседник не узнает, что вы видели его сообщения. Ответ принимает запрос.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="53"/>
        <source>Add to contacts</source>
        <translation>Добавить в контакты</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="55"/>
        <source>Add %1 to your contacts</source>
        <translation>Добавить %1 в контакты</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="60"/>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="66"/>
        <source>Report spam</source>
        <translation>Сообщить о спаме</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="94"/>
        <source>Report spam and block?</source>
        <translation>Сообщить о спаме и заблокировать?</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="94"/>
        <source>Block?</source>
        <translation>Заблокировать?</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="106"/>
        <source>%1 will not be able to message you. The request leaves your list.</source>
        <translation>%1 не сможет писать вам. Запрос исчезнет из списка.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="106"/>
        <source>%1 is reported to your server as spam and blocked.</source>
        <translation>%1 будет отмечен на вашем сервере как спам и заблокирован.</translation>
    </message>
    <message>
        <location filename="../../ui/components/MessageRequestBanner.qml" line="106"/>
        <source>Your server does not take spam reports: %1 will only be blocked.</source>
        <translation>Ваш сервер не принимает жалобы на спам: %1 будет только заблокирован.</translation>
    </message>
</context>
<context>
    <name>MuteMenu</name>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="14"/>
        <source>Mute notifications</source>
        <translation>Отключить звук уведомлений</translation>
    </message>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="18"/>
        <source>For 8 hours</source>
        <translation>На 8 часов</translation>
    </message>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="23"/>
        <source>For 1 week</source>
        <translation>На 1 неделю</translation>
    </message>
    <message>
        <location filename="../../ui/components/MuteMenu.qml" line="28"/>
        <source>Always</source>
        <translation>Всегда</translation>
    </message>
</context>
<context>
    <name>Natter</name>
    <message>
        <location filename="../../app/CommandLine.cpp" line="30"/>
        <source>Natter, a desktop XMPP messenger.</source>
        <translation>Natter — XMPP-мессенджер для компьютера.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="35"/>
        <source>Keep all state (database, settings, media) in &lt;dir&gt;, so several people can run Natter side by side.</source>
        <translation>Хранить все данные (базу, настройки, медиафайлы) в &lt;dir&gt;, чтобы несколько человек могли пользоваться Natter параллельно.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="39"/>
        <source>Sign in as &lt;jid&gt; at start, without the sign-in page. Needs --password-file.</source>
        <translation>Войти как &lt;jid&gt; при запуске, минуя страницу входа. Требует --password-file.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="42"/>
        <source>Read the --sign-in password from &lt;file&gt; (one line; a final newline is dropped). The file must be readable by you alone (chmod 600); Natter never deletes it, and never takes a password on the command line, where other users could see it.</source>
        <translation>Читать пароль для --sign-in из &lt;file&gt; (одна строка; завершающий перевод строки отбрасывается). Файл должен быть доступен для чтения только вам (chmod 600); Natter никогда его не удаляет и никогда не принимает пароль в командной строке, где его могут увидеть другие пользователи.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="47"/>
        <source>Connect to &lt;host&gt; instead of looking up the --sign-in domain.</source>
        <translation>Подключаться к &lt;host&gt; вместо поиска домена из --sign-in.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="49"/>
        <source>Connect to &lt;port&gt; (usually with --host).</source>
        <translation>Подключаться к порту &lt;port&gt; (обычно вместе с --host).</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="52"/>
        <source>Trust the server certificate(s) in &lt;pem-file&gt; for the --sign-in account, exactly as if you had accepted them in the certificate dialog: Natter pins them in the profile and then connects to a server presenting them although no certificate authority vouches for it. Use it only for a certificate you know, such as the demo server&apos;s.</source>
        <translation>Доверять сертификатам сервера из &lt;pem-file&gt; для аккаунта --sign-in так же, как если бы вы приняли их в окне сертификата: Natter закрепляет их в профиле и затем подключается к серверу, который их предъявляет, даже если за него не ручается ни один удостоверяющий центр. Используйте только для известного вам сертификата, например сертификата демо-сервера.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="60"/>
        <source>An xmpp: link to open, e.g. xmpp:alice@example.org?message.</source>
        <translation>Ссылка xmpp: для открытия, например xmpp:alice@example.org?message.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="82"/>
        <source>--password-file: %1 does not exist.</source>
        <translation>--password-file: %1 не существует.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="86"/>
        <source>--password-file: %1 is not a regular file.</source>
        <translation>--password-file: %1 не является обычным файлом.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="94"/>
        <source>--password-file: %1 is accessible by other users (mode %2); make it yours alone with: chmod 600 %1</source>
        <translation>--password-file: %1 доступен другим пользователям (режим %2); оставьте доступ только себе: chmod 600 %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="101"/>
        <source>--password-file: %1 is too big to hold a password.</source>
        <translation>--password-file: %1 слишком велик для пароля.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="106"/>
        <source>--password-file: cannot read %1: %2</source>
        <translation>--password-file: не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="115"/>
        <source>--password-file: %1 is empty.</source>
        <translation>--password-file: %1 пуст.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="124"/>
        <source>--trust-certificate: %1 is not a readable file.</source>
        <translation>--trust-certificate: %1 не является читаемым файлом.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="129"/>
        <source>--trust-certificate: %1 holds no PEM certificate.</source>
        <translation>--trust-certificate: %1 не содержит сертификата PEM.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="142"/>
        <source>--%1 works only together with --sign-in.</source>
        <translation>--%1 работает только вместе с --sign-in.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="151"/>
        <source>--sign-in: %1</source>
        <translation>--sign-in: %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="157"/>
        <source>--sign-in needs --password-file &lt;file&gt;: Natter never takes a password on the command line.</source>
        <translation>--sign-in требует --password-file &lt;file&gt;: Natter никогда не принимает пароль в командной строке.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="170"/>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port должен быть числом от 1 до 65535.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="190"/>
        <source>Natter opens one xmpp: link at a time.</source>
        <translation>Natter открывает только одну ссылку xmpp: за раз.</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="25"/>
        <source>last seen today at %1</source>
        <translation>был(а) сегодня в %1</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="27"/>
        <source>last seen yesterday at %1</source>
        <translation>был(а) вчера в %1</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="28"/>
        <source>last seen %1</source>
        <translation>был(а) %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="39"/>
        <source>This is not an image.</source>
        <translation>Это не изображение.</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="44"/>
        <source>The image is too large (%1 × %2).</source>
        <translation>Изображение слишком большое (%1 × %2).</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="54"/>
        <source>The image could not be read: %1</source>
        <translation>Не удалось прочитать изображение: %1</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="71"/>
        <source>This server asks you to solve a picture or sound puzzle (CAPTCHA), which Natter cannot show yet. Create the account on the server&apos;s website or pick another server.</source>
        <translation>Этот сервер просит решить графическую или звуковую задачу (CAPTCHA), которую Natter пока не умеет показывать. Создайте аккаунт на сайте сервера или выберите другой сервер.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="109"/>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="112"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="115"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="31"/>
        <source>Wrong address or password.</source>
        <translation>Неверный адрес или пароль.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="33"/>
        <source>This account is disabled on the server.</source>
        <translation>Этот аккаунт отключён на сервере.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="35"/>
        <source>The password has expired.</source>
        <translation>Срок действия пароля истёк.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="37"/>
        <source>The server offers no secure way to sign in.</source>
        <translation>Сервер не предлагает безопасного способа входа.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="39"/>
        <source>Signing in failed.</source>
        <translation>Не удалось войти.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="13"/>
        <source>The server could not be found. Check the address and your connection.</source>
        <translation>Сервер не найден. Проверьте адрес и подключение.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="15"/>
        <source>The server refused the connection.</source>
        <translation>Сервер отклонил соединение.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="17"/>
        <source>The server closed the connection.</source>
        <translation>Сервер закрыл соединение.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="19"/>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="21"/>
        <source>The network is unreachable.</source>
        <translation>Сеть недоступна.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="23"/>
        <source>A secure connection to the server could not be established.</source>
        <translation>Не удалось установить защищённое соединение с сервером.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/SocketErrorText.cpp" line="25"/>
        <source>The connection failed.</source>
        <translation>Не удалось подключиться.</translation>
    </message>
</context>
<context>
    <name>Natter::AccountSession</name>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="323"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="325"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="334"/>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="334"/>
        <source>Offline: %1</source>
        <translation>Не в сети: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="345"/>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="347"/>
        <source>The port must be 1 to 65535.</source>
        <translation>Порт должен быть от 1 до 65535.</translation>
    </message>
    <message>
        <location filename="../../src/services/AccountSession.cpp" line="474"/>
        <source>Not connected: you did not trust the server&apos;s certificate.</source>
        <translation>Нет подключения: вы не доверились сертификату сервера.</translation>
    </message>
</context>
<context>
    <name>Natter::AttachmentDraftModel</name>
    <message numerus="yes">
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="137"/>
        <source>Only %n files can be sent at once; send these first, then add the rest.</source>
        <translation>
            <numerusform>За раз можно отправить только %n файл; сначала отправьте его, затем добавьте остальные.</numerusform>
            <numerusform>За раз можно отправить только %n файла; сначала отправьте их, затем добавьте остальные.</numerusform>
            <numerusform>За раз можно отправить только %n файлов; сначала отправьте их, затем добавьте остальные.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="226"/>
        <source>The pasted image could not be saved. Check that the disk has room.</source>
        <translation>Не удалось сохранить вставленное изображение. Проверьте, есть ли место на диске.</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="248"/>
        <source>Only files on this computer can be attached.</source>
        <translation>Прикреплять можно только файлы с этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../src/models/AttachmentDraftModel.cpp" line="252"/>
        <source>This file cannot be read. Check that it still exists and you may open it.</source>
        <translation>Не удаётся прочитать файл. Проверьте, что он существует и у вас есть права на его открытие.</translation>
    </message>
</context>
<context>
    <name>Natter::AudioPlayer</name>
    <message>
        <location filename="../../src/media/AudioPlayer.cpp" line="29"/>
        <source>This audio cannot be played: %1</source>
        <translation>Не удаётся воспроизвести аудио: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/AudioPlayer.cpp" line="61"/>
        <source>There is no sound output to play this on.</source>
        <translation>Нет устройства вывода звука для воспроизведения.</translation>
    </message>
    <message>
        <location filename="../../src/media/AudioPlayer.cpp" line="93"/>
        <source>This audio file cannot be read. It may be damaged or in a format this system does not play.</source>
        <translation>Не удаётся прочитать аудиофайл. Возможно, он повреждён или в формате, который эта система не воспроизводит.</translation>
    </message>
</context>
<context>
    <name>Natter::AvatarCache</name>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="102"/>
        <source>The avatar does not match its announced hash.</source>
        <translation>Фото профиля не совпадает с заявленным хешем.</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="106"/>
        <source>The avatar is too large (%1 bytes).</source>
        <translation>Фото профиля слишком большое (%1 байт).</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="122"/>
        <source>The avatar could not be saved: %1</source>
        <translation>Не удалось сохранить фото профиля: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="136"/>
        <source>The file could not be opened: %1</source>
        <translation>Не удалось открыть файл: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/AvatarCache.cpp" line="140"/>
        <source>The file is too large for a profile picture.</source>
        <translation>Файл слишком большой для фото профиля.</translation>
    </message>
</context>
<context>
    <name>Natter::AvatarService</name>
    <message>
        <location filename="../../src/services/AvatarService.cpp" line="120"/>
        <source>Not connected. Try again when Natter is online.</source>
        <translation>Нет подключения. Повторите, когда Natter будет в сети.</translation>
    </message>
</context>
<context>
    <name>Natter::ChatComposer</name>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="144"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="162"/>
        <source>This message can no longer be edited.</source>
        <translation>Это сообщение больше нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="172"/>
        <source>Your history is not open yet; try again in a moment.</source>
        <translation>История ещё не открыта; повторите через минуту.</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="215"/>
        <source>“%1” could not be sent.</source>
        <translation>Не удалось отправить «%1».</translation>
    </message>
    <message>
        <location filename="../../src/models/ChatComposer.cpp" line="228"/>
        <source>This message could not be sent.</source>
        <translation>Не удалось отправить сообщение.</translation>
    </message>
</context>
<context>
    <name>Natter::ChatTime</name>
    <message>
        <location filename="../../src/core/ChatTime.cpp" line="22"/>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <location filename="../../src/core/ChatTime.cpp" line="60"/>
        <source>Today</source>
        <translation>Сегодня</translation>
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
        <translation>Не удалось опубликовать ваше фото: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/ContactService.cpp" line="260"/>
        <source>Not connected. Try again when Natter is online.</source>
        <translation>Нет подключения. Повторите, когда Natter будет в сети.</translation>
    </message>
</context>
<context>
    <name>Natter::ConversationModel</name>
    <message>
        <location filename="../../src/models/ConversationModel.cpp" line="60"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
</context>
<context>
    <name>Natter::DBusNotifier</name>
    <message>
        <location filename="../../src/desktop/DBusNotifier.cpp" line="69"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>Natter::Database</name>
    <message>
        <location filename="../../src/storage/Database.cpp" line="84"/>
        <source>The history file %1 is damaged and could not be moved aside.</source>
        <translation>Файл истории %1 повреждён, и его не удалось отложить в сторону.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="89"/>
        <source>Cannot open the history file %1: %2</source>
        <translation>Не удаётся открыть файл истории %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="99"/>
        <source>The history file %1 is damaged and could not be replaced.</source>
        <translation>Файл истории %1 повреждён, и его не удалось заменить.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="108"/>
        <source>This history was written by a newer version of Natter (schema %1; this version understands up to %2). Update Natter to open it.</source>
        <translation>Эта история записана более новой версией Natter (схема %1; эта версия понимает до %2). Обновите Natter, чтобы открыть её.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="132"/>
        <source>Cannot update the history file %1: %2</source>
        <translation>Не удаётся обновить файл истории %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="138"/>
        <source>The history file was damaged. It was moved to %1 and a new, empty history was started.</source>
        <translation>Файл истории был повреждён. Он перемещён в %1, начата новая пустая история.</translation>
    </message>
</context>
<context>
    <name>Natter::Download</name>
    <message>
        <location filename="../../src/media/Download.cpp" line="69"/>
        <source>The file could not be saved: there are too many files named %1.</source>
        <translation>Не удалось сохранить файл: слишком много файлов с именем %1.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="77"/>
        <location filename="../../src/media/Download.cpp" line="89"/>
        <location filename="../../src/media/Download.cpp" line="163"/>
        <location filename="../../src/media/Download.cpp" line="200"/>
        <location filename="../../src/media/Download.cpp" line="256"/>
        <location filename="../../src/media/Download.cpp" line="278"/>
        <source>The file could not be saved: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="183"/>
        <source>The file on the server is not the one that was sent (its size differs), so it was not downloaded.</source>
        <translation>Файл на сервере не совпадает с отправленным (другой размер), поэтому он не загружен.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="197"/>
        <source>The file on the server is larger than announced, so it was not downloaded.</source>
        <translation>Файл на сервере больше заявленного, поэтому он не загружен.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="221"/>
        <source>The server sent an invalid redirect.</source>
        <translation>Сервер прислал недопустимое перенаправление.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="223"/>
        <source>The link redirects too often, so the file was not downloaded.</source>
        <translation>Ссылка перенаправляет слишком много раз, поэтому файл не загружен.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="259"/>
        <source>The file on the server is not the one that was sent (its size differs), so it was removed.</source>
        <translation>Файл на сервере не совпадает с отправленным (другой размер), поэтому он удалён.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="263"/>
        <source>The file on the server is not the one that was sent (its checksum differs), so it was removed.</source>
        <translation>Файл на сервере не совпадает с отправленным (другая контрольная сумма), поэтому он удалён.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="268"/>
        <source>The saved file is not the one that was sent (it changed on disk), so it was removed.</source>
        <translation>Сохранённый файл не совпадает с отправленным (он изменился на диске), поэтому он удалён.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="271"/>
        <source>The file could not be saved: another program took the name %1.</source>
        <translation>Не удалось сохранить файл: другая программа заняла имя %1.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="294"/>
        <source>The file is no longer on the server (HTTP %1).</source>
        <translation>Файла больше нет на сервере (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="296"/>
        <source>The server refused the download (HTTP %1). Try again later.</source>
        <translation>Сервер отказал в загрузке (HTTP %1). Повторите позже.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="300"/>
        <source>The download stalled and was stopped. Check your connection and try again.</source>
        <translation>Загрузка зависла и была остановлена. Проверьте подключение и повторите.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="302"/>
        <source>The server %1 could not be found.</source>
        <translation>Сервер %1 не найден.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="304"/>
        <source>The server&apos;s certificate is not trusted, so the file was not downloaded.</source>
        <translation>Сертификат сервера не является доверенным, поэтому файл не загружен.</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="306"/>
        <source>The server sent an unexpected answer (HTTP %1).</source>
        <translation>Сервер прислал неожиданный ответ (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../src/media/Download.cpp" line="308"/>
        <source>The server could not be reached (%1). Check your connection and try again.</source>
        <translation>Не удалось связаться с сервером (%1). Проверьте подключение и повторите.</translation>
    </message>
</context>
<context>
    <name>Natter::DownloadService</name>
    <message>
        <location filename="../../src/services/DownloadService.cpp" line="87"/>
        <source>The file is larger than Natter downloads (max 100 MB).</source>
        <translation>Файл больше, чем Natter загружает (макс. 100 МБ).</translation>
    </message>
</context>
<context>
    <name>Natter::EmojiModel</name>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="100"/>
        <source>Recent</source>
        <translation>Недавние</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="101"/>
        <source>Smileys &amp; people</source>
        <translation>Смайлы и люди</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="102"/>
        <source>Animals &amp; nature</source>
        <translation>Животные и природа</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="103"/>
        <source>Food &amp; drink</source>
        <translation>Еда и напитки</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="104"/>
        <source>Activities</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="105"/>
        <source>Travel &amp; places</source>
        <translation>Путешествия и места</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="106"/>
        <source>Objects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="107"/>
        <source>Symbols</source>
        <translation>Символы</translation>
    </message>
    <message>
        <location filename="../../src/models/EmojiModel.cpp" line="108"/>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
</context>
<context>
    <name>Natter::FileUpload</name>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="33"/>
        <source>The file could not be read: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="41"/>
        <source>The file changed while it was being sent. Please send it again.</source>
        <translation>Файл изменился во время отправки. Отправьте его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="88"/>
        <source>The server refused the file as too large (HTTP 413).</source>
        <translation>Сервер отклонил файл как слишком большой (HTTP 413).</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="90"/>
        <source>The server refused the upload (HTTP %1). Try again later.</source>
        <translation>Сервер отклонил выгрузку (HTTP %1). Повторите позже.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="94"/>
        <source>The upload stalled and was stopped. Check your connection and try again.</source>
        <translation>Выгрузка зависла и была остановлена. Проверьте подключение и повторите.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="96"/>
        <source>The upload server&apos;s certificate is not trusted, so nothing was sent.</source>
        <translation>Сертификат сервера выгрузки не является доверенным, поэтому ничего не отправлено.</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="98"/>
        <source>The upload server sent an unexpected answer (HTTP %1).</source>
        <translation>Сервер выгрузки прислал неожиданный ответ (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../src/media/FileUpload.cpp" line="100"/>
        <source>The upload server could not be reached (%1). Check your connection and try again.</source>
        <translation>Не удалось связаться с сервером выгрузки (%1). Проверьте подключение и повторите.</translation>
    </message>
</context>
<context>
    <name>Natter::ForwardTargets</name>
    <message>
        <location filename="../../src/models/actions/ForwardTargets.cpp" line="136"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../src/models/actions/ForwardTargets.cpp" line="136"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../src/models/actions/ForwardTargets.cpp" line="136"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/actions/ForwardTargets.cpp" line="167"/>
        <source>You can forward to at most %n chats at once.</source>
        <translation>
            <numerusform>Можно переслать не более чем в %n чат за раз.</numerusform>
            <numerusform>Можно переслать не более чем в %n чата за раз.</numerusform>
            <numerusform>Можно переслать не более чем в %n чатов за раз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Natter::Forwarding</name>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="35"/>
        <source>This file changed on disk since it was received; it can&apos;t be forwarded.</source>
        <translation>Этот файл изменился на диске после получения; его нельзя переслать.</translation>
    </message>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="88"/>
        <source>Choose a chat to forward the message to.</source>
        <translation>Выберите чат, в который нужно переслать сообщение.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/services/actions/Forwarding.cpp" line="91"/>
        <source>A message can be forwarded to at most %n chats at once.</source>
        <translation>
            <numerusform>Сообщение можно переслать не более чем в %n чат за раз.</numerusform>
            <numerusform>Сообщение можно переслать не более чем в %n чата за раз.</numerusform>
            <numerusform>Сообщение можно переслать не более чем в %n чатов за раз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="97"/>
        <source>This message can&apos;t be forwarded.</source>
        <translation>Это сообщение нельзя переслать.</translation>
    </message>
    <message>
        <location filename="../../src/services/actions/Forwarding.cpp" line="106"/>
        <source>Choose a message to forward.</source>
        <translation>Выберите сообщение для пересылки.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/services/actions/Forwarding.cpp" line="109"/>
        <source>At most %n messages can be forwarded at once.</source>
        <translation>
            <numerusform>За раз можно переслать не более %n сообщения.</numerusform>
            <numerusform>За раз можно переслать не более %n сообщений.</numerusform>
            <numerusform>За раз можно переслать не более %n сообщений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/services/actions/Forwarding.cpp" line="151"/>
        <source>The message could not be forwarded to %n of the chats.</source>
        <translation>
            <numerusform>Не удалось переслать сообщение в %n чат из выбранных.</numerusform>
            <numerusform>Не удалось переслать сообщение в %n чата из выбранных.</numerusform>
            <numerusform>Не удалось переслать сообщение в %n чатов из выбранных.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Natter::GeoUri</name>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="93"/>
        <source>The location link is too long.</source>
        <translation>Ссылка на местоположение слишком длинная.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="95"/>
        <source>This is not a geo: location.</source>
        <translation>Это не местоположение geo:.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="97"/>
        <source>The location link contains characters a link cannot hold.</source>
        <translation>Ссылка на местоположение содержит символы, недопустимые в ссылке.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="105"/>
        <source>The location&apos;s coordinates are not numbers in degrees.</source>
        <translation>Координаты местоположения не являются числами в градусах.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="111"/>
        <source>The location link has too many parameters.</source>
        <translation>В ссылке на местоположение слишком много параметров.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="119"/>
        <source>The location uses a coordinate system other than WGS-84.</source>
        <translation>Местоположение использует систему координат, отличную от WGS-84.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="123"/>
        <source>The location&apos;s uncertainty is not a distance in metres.</source>
        <translation>Погрешность местоположения не является расстоянием в метрах.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="126"/>
        <source>The location link contains an invalid parameter.</source>
        <translation>Ссылка на местоположение содержит недопустимый параметр.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="138"/>
        <source>The location link contains an invalid %-escape.</source>
        <translation>Ссылка на местоположение содержит недопустимую %-последовательность.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="143"/>
        <source>The location&apos;s name is too long.</source>
        <translation>Название местоположения слишком длинное.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="154"/>
        <location filename="../../src/core/GeoUri.cpp" line="188"/>
        <source>The location&apos;s latitude or longitude is out of range.</source>
        <translation>Широта или долгота местоположения вне допустимого диапазона.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="163"/>
        <source>Paste a geo: link, a map link or two numbers such as 52.52, 13.405.</source>
        <translation>Вставьте ссылку geo:, ссылку на карту или два числа, например 52.52, 13.405.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="211"/>
        <source>The latitude is a number from -90 to 90.</source>
        <translation>Широта — это число от -90 до 90.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="213"/>
        <source>The longitude is a number from -180 to 180.</source>
        <translation>Долгота — это число от -180 до 180.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="225"/>
        <source>The name is longer than %1 characters.</source>
        <translation>Название длиннее %1 символов.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="235"/>
        <source>N</source>
        <translation>с. ш.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="235"/>
        <source>S</source>
        <translation>ю. ш.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="236"/>
        <source>E</source>
        <translation>в. д.</translation>
    </message>
    <message>
        <location filename="../../src/core/GeoUri.cpp" line="236"/>
        <source>W</source>
        <translation>з. д.</translation>
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
        <translation>Вы больше не состоите в этой группе.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="174"/>
        <source>That is not an address. It looks like name@example.org.</source>
        <translation>Это не адрес. Он выглядит как name@example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="213"/>
        <source>This participant&apos;s address is hidden, so they cannot be changed.</source>
        <translation>Адрес этого участника скрыт, поэтому его роль нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="232"/>
        <source>Give the group a name.</source>
        <translation>Дайте группе название.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="246"/>
        <source>Replaced by a newer description.</source>
        <translation>Заменено более новым описанием.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupAdmin.cpp" line="254"/>
        <source>The group did not answer. Try again later.</source>
        <translation>Группа не ответила. Попробуйте позже.</translation>
    </message>
</context>
<context>
    <name>Natter::GroupDetails</name>
    <message numerus="yes">
        <location filename="../../src/models/groups/GroupDetails.cpp" line="109"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="114"/>
        <source>You</source>
        <translation>Вы</translation>
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
        <translation>Вы покинули эту группу.</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="151"/>
        <source>You were removed from this group.</source>
        <translation>Вас удалили из этой группы.</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="153"/>
        <source>You were banned from this group.</source>
        <translation>Вас заблокировали в этой группе.</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/GroupDetails.cpp" line="155"/>
        <source>This group was deleted.</source>
        <translation>Эта группа удалена.</translation>
    </message>
</context>
<context>
    <name>Natter::GroupPrivateMessaging</name>
    <message>
        <location filename="../../src/services/groups/GroupPrivateMessaging.cpp" line="36"/>
        <source>The group refused the message.</source>
        <translation>Группа отклонила сообщение.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupPrivateMessaging.cpp" line="75"/>
        <source>You are no longer in %1.</source>
        <translation>Вас больше нет в «%1».</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupPrivateMessaging.cpp" line="82"/>
        <source>%1 is no longer in %2.</source>
        <translation>%1 больше нет в «%2».</translation>
    </message>
</context>
<context>
    <name>Natter::GroupService</name>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="214"/>
        <source>Give the group a name.</source>
        <translation>Дайте группе название.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="216"/>
        <source>You are offline. Groups can be created once Natter is connected.</source>
        <translation>Нет подключения. Создавать группы можно, когда Natter подключён.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="232"/>
        <source>Your server does not offer groups.</source>
        <translation>Ваш сервер не поддерживает группы.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="239"/>
        <source>The server gave no new group. Try again.</source>
        <translation>Сервер не создал новую группу. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="244"/>
        <source>The server did not accept the group&apos;s settings.</source>
        <translation>Сервер не принял настройки группы.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="280"/>
        <source>That is not a group address. It looks like name@groups.example.org.</source>
        <translation>Это не адрес группы. Он выглядит как name@groups.example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="286"/>
        <source>You are offline. Groups can be joined once Natter is connected.</source>
        <translation>Нет подключения. Вступать в группы можно, когда Natter подключён.</translation>
    </message>
    <message>
        <location filename="../../src/services/groups/GroupService.cpp" line="323"/>
        <source>The group could not be saved in your history.</source>
        <translation>Не удалось сохранить группу в истории.</translation>
    </message>
</context>
<context>
    <name>Natter::HistoryService</name>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="40"/>
        <source>The disk is full. Free some space on it: until then, new messages wait in memory, and they are saved as soon as there is room.</source>
        <translation>Диск заполнен. Освободите место: до тех пор новые сообщения ждут в памяти и будут сохранены, как только появится место.</translation>
    </message>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="43"/>
        <source>The message history file is damaged. Restart Natter to repair it; the damaged file is kept.</source>
        <translation>Файл истории сообщений повреждён. Перезапустите Natter, чтобы восстановить его; повреждённый файл сохранится.</translation>
    </message>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="46"/>
        <source>Saving history failed: %1</source>
        <translation>Не удалось сохранить историю: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/HistoryService.cpp" line="59"/>
        <source>Your message history could not be read, so Natter started a new one. The damaged file was kept as %1.</source>
        <translation>Не удалось прочитать историю сообщений, поэтому Natter начал новую. Повреждённый файл сохранён как %1.</translation>
    </message>
</context>
<context>
    <name>Natter::ImageDecoder</name>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="32"/>
        <source>The image says it is %1 × %2 pixels, more than Natter opens. Save it and open it with another program if you trust it.</source>
        <translation>Изображение заявляет размер %1 × %2 пикселей — больше, чем открывает Natter. Сохраните его и откройте другой программой, если доверяете ему.</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="77"/>
        <location filename="../../src/media/ImageDecoder.cpp" line="132"/>
        <source>The file could not be opened: %1</source>
        <translation>Не удалось открыть файл: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="96"/>
        <source>The preview image is larger than a preview may be.</source>
        <translation>Превью больше допустимого размера.</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="101"/>
        <location filename="../../src/media/ImageDecoder.cpp" line="106"/>
        <source>This file is not an image Natter can show.</source>
        <translation>Этот файл не является изображением, которое Natter может показать.</translation>
    </message>
    <message>
        <location filename="../../src/media/ImageDecoder.cpp" line="162"/>
        <source>The image could not be read: %1</source>
        <translation>Не удалось прочитать изображение: %1</translation>
    </message>
</context>
<context>
    <name>Natter::InvitationModel</name>
    <message>
        <location filename="../../src/models/groups/InvitationModel.cpp" line="59"/>
        <source>%1 invited you to %2</source>
        <translation>%1 приглашает вас в %2</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/InvitationModel.cpp" line="60"/>
        <source>Someone you don&apos;t know (%1) invited you to %2</source>
        <translation>Незнакомый вам человек (%1) приглашает вас в %2</translation>
    </message>
</context>
<context>
    <name>Natter::Jid</name>
    <message>
        <location filename="../../src/core/Jid.cpp" line="49"/>
        <source>Enter an address like name@example.org.</source>
        <translation>Введите адрес вида имя@example.org.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="58"/>
        <source>The part after &apos;/&apos; is empty.</source>
        <translation>Часть после «/» пуста.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="65"/>
        <source>The name before &apos;@&apos; is empty.</source>
        <translation>Имя перед «@» пустое.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="67"/>
        <source>The name before &apos;@&apos; contains a character that is not allowed.</source>
        <translation>Имя перед «@» содержит недопустимый символ.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="71"/>
        <source>&apos;%1&apos; is not a valid server name.</source>
        <translation>«%1» — недопустимое имя сервера.</translation>
    </message>
    <message>
        <location filename="../../src/core/Jid.cpp" line="74"/>
        <source>The address is too long.</source>
        <translation>Адрес слишком длинный.</translation>
    </message>
</context>
<context>
    <name>Natter::LastSeenFormatter</name>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="36"/>
        <source>typing…</source>
        <translation>печатает…</translation>
    </message>
    <message>
        <location filename="../../src/core/LastSeenFormatter.cpp" line="38"/>
        <source>online</source>
        <translation>в сети</translation>
    </message>
</context>
<context>
    <name>Natter::MediaProbe</name>
    <message>
        <location filename="../../src/media/MediaProbe.cpp" line="31"/>
        <location filename="../../src/media/MediaProbe.cpp" line="86"/>
        <source>Cannot read this media file. It may be damaged or in a format this system does not know.</source>
        <translation>Не удаётся прочитать медиафайл. Возможно, он повреждён или в формате, неизвестном этой системе.</translation>
    </message>
    <message>
        <location filename="../../src/media/MediaProbe.cpp" line="42"/>
        <source>Cannot read this media file: it did not open in time.</source>
        <translation>Не удаётся прочитать медиафайл: он не открылся вовремя.</translation>
    </message>
    <message>
        <location filename="../../src/media/MediaProbe.cpp" line="52"/>
        <source>Cannot read this media file: it is missing, empty or not readable.</source>
        <translation>Не удаётся прочитать медиафайл: он отсутствует, пуст или недоступен для чтения.</translation>
    </message>
</context>
<context>
    <name>Natter::MediaService</name>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="37"/>
        <source>Your server does not accept files (it offers no HTTP upload).</source>
        <translation>Ваш сервер не принимает файлы (нет выгрузки по HTTP).</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="90"/>
        <source>The file cannot be read.</source>
        <translation>Не удаётся прочитать файл.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="92"/>
        <source>The file is empty, so there is nothing to send.</source>
        <translation>Файл пуст, отправлять нечего.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="247"/>
        <location filename="../../src/services/MediaService.cpp" line="321"/>
        <source>The upload was cancelled.</source>
        <translation>Выгрузка отменена.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="331"/>
        <location filename="../../src/services/MediaService.cpp" line="358"/>
        <source>The file is not downloaded yet.</source>
        <translation>Файл ещё не загружен.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="338"/>
        <source>The file could not be saved there.</source>
        <translation>Не удалось сохранить файл в этом месте.</translation>
    </message>
    <message>
        <location filename="../../src/services/MediaService.cpp" line="367"/>
        <source>No application on this computer opens this file.</source>
        <translation>На этом компьютере нет приложения, которое открывает этот файл.</translation>
    </message>
</context>
<context>
    <name>Natter::MessageCard</name>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="75"/>
        <source>📍 Location</source>
        <translation>📍 Местоположение</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="76"/>
        <source>📍 Location: %1</source>
        <translation>📍 Местоположение: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="78"/>
        <source>👤 Contact: %1</source>
        <translation>👤 Контакт: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="96"/>
        <source>Location: %1</source>
        <translation>Местоположение: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="97"/>
        <source>Location: %1, %2</source>
        <translation>Местоположение: %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="99"/>
        <source>Contact: %1</source>
        <translation>Контакт: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/MessageCard.cpp" line="100"/>
        <source>Contact: %1, %2</source>
        <translation>Контакт: %1, %2</translation>
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
        <translation>Ещё не отправлено</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="218"/>
        <source>Sent, not delivered yet</source>
        <translation>Отправлено, ещё не доставлено</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="220"/>
        <source>Delivered, not read yet</source>
        <translation>Доставлено, ещё не прочитано</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="222"/>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="224"/>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="225"/>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="241"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Прочитал %n человек</numerusform>
            <numerusform>Прочитали %n человека</numerusform>
            <numerusform>Прочитали %n человек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="242"/>
        <source>Read by %1 of %2</source>
        <translation>Прочитали: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="277"/>
        <source>Read by</source>
        <translation>Прочитали</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="277"/>
        <source>Not read yet</source>
        <translation>Ещё не прочитали</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="279"/>
        <source>%1, not read yet</source>
        <translation>%1, ещё не прочитано</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="280"/>
        <source>%1, read %2</source>
        <translation>%1, прочитано %2</translation>
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
        <translation>сегодня в %1</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="316"/>
        <source>yesterday at %1</source>
        <translation>вчера в %1</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/MessageInfoModel.cpp" line="318"/>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
</context>
<context>
    <name>Natter::MessageSync</name>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="72"/>
        <source>The recipient cannot receive messages.</source>
        <translation>Получатель не может принимать сообщения.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="74"/>
        <source>This address does not exist.</source>
        <translation>Такого адреса не существует.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="77"/>
        <source>The recipient&apos;s server cannot be reached.</source>
        <translation>Сервер получателя недоступен.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="80"/>
        <source>The server refused the message.</source>
        <translation>Сервер отклонил сообщение.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/MessageSync.cpp" line="82"/>
        <source>The message could not be delivered.</source>
        <translation>Не удалось доставить сообщение.</translation>
    </message>
</context>
<context>
    <name>Natter::MucSync</name>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="59"/>
        <source>This group needs a password.</source>
        <translation>Для входа в эту группу нужен пароль.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="61"/>
        <source>Someone in this group already uses that nickname. Choose another.</source>
        <translation>Кто-то в этой группе уже использует этот никнейм. Выберите другой.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="63"/>
        <source>Only members can enter this group. Ask an admin to add you.</source>
        <translation>Войти в эту группу могут только участники. Попросите администратора добавить вас.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="65"/>
        <source>You are banned from this group.</source>
        <translation>Вы заблокированы в этой группе.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="67"/>
        <source>This group does not exist.</source>
        <translation>Такой группы не существует.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="69"/>
        <source>This group is full.</source>
        <translation>Эта группа заполнена.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="71"/>
        <source>The group&apos;s server cannot be reached.</source>
        <translation>Сервер группы недоступен.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="73"/>
        <source>The group did not answer. Try again later.</source>
        <translation>Группа не ответила. Попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="75"/>
        <source>The group refused to let you in.</source>
        <translation>Группа не впустила вас.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="396"/>
        <source>Only the group&apos;s admins can change its description.</source>
        <translation>Изменять описание группы могут только её администраторы.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/MucSync.cpp" line="397"/>
        <source>The group did not accept the new description.</source>
        <translation>Группа не приняла новое описание.</translation>
    </message>
</context>
<context>
    <name>Natter::NickService</name>
    <message>
        <location filename="../../src/services/NickService.cpp" line="123"/>
        <source>Your name could not be shared: your server does not support profile names.</source>
        <translation>Не удалось поделиться именем: ваш сервер не поддерживает имена профиля.</translation>
    </message>
    <message>
        <location filename="../../src/services/NickService.cpp" line="124"/>
        <source>Your name could not be shared: %1</source>
        <translation>Не удалось поделиться именем: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/NickService.cpp" line="125"/>
        <source>the server refused it.</source>
        <translation>сервер его отклонил.</translation>
    </message>
</context>
<context>
    <name>Natter::NotificationService</name>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="45"/>
        <source>📷 Photo</source>
        <translation>📷 Фото</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="47"/>
        <source>🎥 Video</source>
        <translation>🎥 Видео</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="50"/>
        <source>🎵 %1</source>
        <translation>🎵 %1</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="50"/>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="51"/>
        <source>🎤 Voice message (%1)</source>
        <translation>🎤 Голосовое сообщение (%1)</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="52"/>
        <source>🎤 Voice message</source>
        <translation>🎤 Голосовое сообщение</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="56"/>
        <source>📄 %1</source>
        <translation>📄 %1</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="56"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="125"/>
        <source>%1 new messages</source>
        <translation>Новых сообщений: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="127"/>
        <source>Natter</source>
        <translation>Natter</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="129"/>
        <source>%1 new messages in %2 chats</source>
        <translation>Новых сообщений: %1, чатов: %2</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="157"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/services/NotificationService.cpp" line="158"/>
        <source>New message</source>
        <translation>Новое сообщение</translation>
    </message>
</context>
<context>
    <name>Natter::OutgoingFile</name>
    <message>
        <location filename="../../src/media/OutgoingFile.cpp" line="31"/>
        <location filename="../../src/media/OutgoingFile.cpp" line="66"/>
        <source>The file cannot be read.</source>
        <translation>Не удаётся прочитать файл.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingFile.cpp" line="37"/>
        <source>There is no room for the file in Natter&apos;s media folder.</source>
        <translation>В папке медиафайлов Natter нет места для файла.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingFile.cpp" line="57"/>
        <source>The file could not be copied into Natter&apos;s media folder.</source>
        <translation>Не удалось скопировать файл в папку медиафайлов Natter.</translation>
    </message>
</context>
<context>
    <name>Natter::OutgoingImage</name>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="52"/>
        <source>The picture is too large to send.</source>
        <translation>Изображение слишком большое для отправки.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="53"/>
        <source>The picture could not be opened: %1</source>
        <translation>Не удалось открыть изображение: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="90"/>
        <source>The picture could not be compressed.</source>
        <translation>Не удалось сжать изображение.</translation>
    </message>
    <message>
        <location filename="../../src/media/OutgoingImage.cpp" line="106"/>
        <source>The picture could not be saved for sending: %1</source>
        <translation>Не удалось сохранить изображение для отправки: %1</translation>
    </message>
</context>
<context>
    <name>Natter::ParticipantModel</name>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="144"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="186"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="188"/>
        <source>Admin</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="190"/>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../src/models/groups/ParticipantModel.cpp" line="226"/>
        <source>You cannot do that in this group.</source>
        <translation>В этой группе вы не можете этого сделать.</translation>
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
        <translation>Этот профиль использует другой Natter (процесс %1 на %2). Сначала закройте его или запустите Natter с другим профилем.</translation>
    </message>
    <message>
        <location filename="../../src/storage/ProfileLock.cpp" line="39"/>
        <source>Cannot write the lock file %1.</source>
        <translation>Не удаётся записать файл блокировки %1.</translation>
    </message>
</context>
<context>
    <name>Natter::RegistrationService</name>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="85"/>
        <source>Asking %1 what it needs…</source>
        <translation>Узнаём у %1, что требуется…</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="87"/>
        <source>Creating your account…</source>
        <translation>Создаём аккаунт…</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="89"/>
        <source>Account created. Signing in…</source>
        <translation>Аккаунт создан. Выполняется вход…</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="91"/>
        <source>Your account %1 is ready.</source>
        <translation>Ваш аккаунт %1 готов.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="106"/>
        <source>Enter the server&apos;s name, such as example.org.</source>
        <translation>Введите имя сервера, например example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="111"/>
        <source>Enter only the server&apos;s name, such as example.org.</source>
        <translation>Введите только имя сервера, например example.org.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="115"/>
        <source>The port must be 1 to 65535.</source>
        <translation>Порт должен быть от 1 до 65535.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="145"/>
        <source>The server did not say what it needs to create an account.</source>
        <translation>Сервер не сообщил, что нужно для создания аккаунта.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="207"/>
        <source>Issued to: %1
Issued by: %2
Valid until: %3
SHA-256: %4</source>
        <translation>Кому выдан: %1
Кем выдан: %2
Действителен до: %3
SHA-256: %4</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="234"/>
        <source>Natter cannot fill in “%1”, which this server requires.</source>
        <translation>Natter не может заполнить поле «%1», которое требует этот сервер.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="238"/>
        <source>Fill in: %1.</source>
        <translation>Заполните: %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="242"/>
        <source>Enter only the name, without “@” or the server.</source>
        <translation>Введите только имя, без «@» и сервера.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistrationService.cpp" line="282"/>
        <source>Your account %1 was created, but signing in failed: %2</source>
        <translation>Аккаунт %1 создан, но войти не удалось: %2</translation>
    </message>
</context>
<context>
    <name>Natter::RegistrationSync</name>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="229"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Сертификат сервера не является доверенным: %1</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="239"/>
        <source>The server closed the connection.</source>
        <translation>Сервер закрыл соединение.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="288"/>
        <source>That name is taken.</source>
        <translation>Это имя уже занято.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="290"/>
        <source>This server does not allow creating accounts here.</source>
        <translation>Этот сервер не позволяет создавать аккаунты здесь.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="292"/>
        <source>Some fields are missing or invalid.</source>
        <translation>Некоторые поля не заполнены или заполнены неверно.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="294"/>
        <source>The server does not accept another new account from here right now. Try again later.</source>
        <translation>Сервер сейчас не принимает отсюда новые аккаунты. Повторите позже.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="297"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Сертификат сервера не является доверенным.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="299"/>
        <source>The server could not be reached.</source>
        <translation>Не удалось связаться с сервером.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/RegistrationSync.cpp" line="303"/>
        <source>The server refused to create the account.</source>
        <translation>Сервер отказался создавать аккаунт.</translation>
    </message>
</context>
<context>
    <name>Natter::ReplyQuotes</name>
    <message>
        <location filename="../../src/models/actions/ReplyQuotes.cpp" line="65"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
</context>
<context>
    <name>Natter::Session</name>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="91"/>
        <source>The connection was lost.</source>
        <translation>Соединение потеряно.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="219"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Сертификат сервера не является доверенным: %1</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="253"/>
        <source>The server stopped answering.</source>
        <translation>Сервер перестал отвечать.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="256"/>
        <source>This account was signed in from another place with the same device name.</source>
        <translation>В этот аккаунт вошли из другого места с тем же именем устройства.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="259"/>
        <source>The server ended the session.</source>
        <translation>Сервер завершил сеанс.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/Session.cpp" line="262"/>
        <source>The connection failed.</source>
        <translation>Не удалось подключиться.</translation>
    </message>
</context>
<context>
    <name>Natter::TrayIcon</name>
    <message>
        <location filename="../../src/desktop/TrayIcon.cpp" line="58"/>
        <source>Open Natter</source>
        <translation>Открыть Natter</translation>
    </message>
    <message>
        <location filename="../../src/desktop/TrayIcon.cpp" line="62"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/desktop/TrayIcon.cpp" line="109"/>
        <source>Natter — %n unread message(s)</source>
        <translation>
            <numerusform>Natter — %n непрочитанное сообщение</numerusform>
            <numerusform>Natter — %n непрочитанных сообщения</numerusform>
            <numerusform>Natter — %n непрочитанных сообщений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Natter::UploadSync</name>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="99"/>
        <source>The file is larger than the server accepts (max %1).</source>
        <translation>Файл больше, чем принимает сервер (макс. %1).</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="100"/>
        <source>The file is larger than Natter sends (max %1).</source>
        <translation>Файл больше, чем отправляет Natter (макс. %1).</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="200"/>
        <source>Your server does not offer file uploads right now. Try again once you are connected.</source>
        <translation>Ваш сервер сейчас не принимает файлы. Повторите после подключения.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="205"/>
        <source>The file is empty, so there is nothing to send.</source>
        <translation>Файл пуст, отправлять нечего.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="222"/>
        <source>The server refused the file as too large.</source>
        <translation>Сервер отклонил файл как слишком большой.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="224"/>
        <source>Your storage on the server is full. Try again later.</source>
        <translation>Ваше хранилище на сервере заполнено. Повторите позже.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="227"/>
        <source>Your server does not allow you to send files.</source>
        <translation>Ваш сервер не разрешает вам отправлять файлы.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="229"/>
        <source>The server could not take the file (%1). Try again later.</source>
        <translation>Сервер не смог принять файл (%1). Повторите позже.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/UploadSync.cpp" line="245"/>
        <source>The server offered an unencrypted or invalid upload address, so the file was not sent.</source>
        <translation>Сервер предложил незашифрованный или недопустимый адрес выгрузки, поэтому файл не отправлен.</translation>
    </message>
</context>
<context>
    <name>Natter::VoiceRecorder</name>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="76"/>
        <source>No microphone was found. Connect one, or allow Natter to use it in your system&apos;s settings, then try again.</source>
        <translation>Микрофон не найден. Подключите его или разрешите Natter пользоваться им в настройках системы, затем повторите.</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="81"/>
        <source>This system cannot record voice notes: no AAC audio encoder is available.</source>
        <translation>Эта система не может записывать голосовые сообщения: нет аудиокодировщика AAC.</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="86"/>
        <source>Cannot save the voice note in %1. Check that the folder is writable.</source>
        <translation>Не удаётся сохранить голосовое сообщение в %1. Проверьте, доступна ли папка для записи.</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="149"/>
        <source>Recording stopped because of an error: %1</source>
        <translation>Запись остановлена из-за ошибки: %1</translation>
    </message>
    <message>
        <location filename="../../src/media/VoiceRecorder.cpp" line="173"/>
        <source>Nothing was recorded. Check that the microphone is connected and not muted, then try again.</source>
        <translation>Ничего не записано. Проверьте, что микрофон подключён и не отключён, затем повторите.</translation>
    </message>
</context>
<context>
    <name>Natter::XmppUri</name>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="50"/>
        <source>The link contains an invalid %-escape.</source>
        <translation>Ссылка содержит недопустимую %-последовательность.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="54"/>
        <source>The link is empty.</source>
        <translation>Ссылка пуста.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="56"/>
        <source>&apos;%1&apos; is not an xmpp: link.</source>
        <translation>«%1» — не ссылка xmpp:.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="58"/>
        <source>The link contains spaces or control characters.</source>
        <translation>Ссылка содержит пробелы или управляющие символы.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="70"/>
        <source>The link names an account but no contact or group to open.</source>
        <translation>В ссылке указан аккаунт, но нет контакта или группы для открытия.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="77"/>
        <source>The account in the link is not valid: %1</source>
        <translation>Аккаунт в ссылке недопустим: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="82"/>
        <source>The link contains no address.</source>
        <translation>В ссылке нет адреса.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="89"/>
        <source>The address in the link is not valid: %1</source>
        <translation>Адрес в ссылке недопустим: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="96"/>
        <source>The link has parameters but no action.</source>
        <translation>В ссылке есть параметры, но нет действия.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="101"/>
        <source>&apos;%1&apos; is not a valid action.</source>
        <translation>«%1» — недопустимое действие.</translation>
    </message>
    <message>
        <location filename="../../src/core/XmppUri.cpp" line="106"/>
        <source>The parameter &apos;%1&apos; is not of the form key=value.</source>
        <translation>Параметр «%1» не имеет вида ключ=значение.</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="19"/>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="41"/>
        <location filename="../../ui/components/NewChatDialog.qml" line="42"/>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="52"/>
        <location filename="../../ui/components/NewChatDialog.qml" line="53"/>
        <source>Join a group</source>
        <translation>Вступить в группу</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="67"/>
        <source>Name or address, e.g. alice@example.org</source>
        <translation>Имя или адрес, например alice@example.org</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="68"/>
        <source>Name or address to chat with</source>
        <translation>Имя или адрес собеседника</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="76"/>
        <source>Chat</source>
        <translation>Написать</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewChatDialog.qml" line="92"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="33"/>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="83"/>
        <source>Add a group picture</source>
        <translation>Добавить фото группы</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="84"/>
        <source>Change the group picture</source>
        <translation>Изменить фото группы</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="99"/>
        <location filename="../../ui/components/NewGroupDialog.qml" line="100"/>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="113"/>
        <source>Add people: name or address</source>
        <translation>Добавить людей: имя или адрес</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="114"/>
        <source>Name or address of someone to add</source>
        <translation>Имя или адрес человека, которого нужно добавить</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="123"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="124"/>
        <source>Add %1</source>
        <translation>Добавить %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="145"/>
        <source>Remove %1</source>
        <translation>Убрать %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="154"/>
        <source>Contacts to add</source>
        <translation>Контакты для добавления</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="223"/>
        <source>Creating the group…</source>
        <translation>Создание группы…</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="244"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/components/NewGroupDialog.qml" line="251"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
</context>
<context>
    <name>OpenFileConfirmDialog</name>
    <message>
        <location filename="../../ui/components/OpenFileConfirmDialog.qml" line="32"/>
        <source>Open this program?</source>
        <translation>Открыть эту программу?</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="33"/>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="59"/>
        <source>in the group now</source>
        <translation>сейчас в группе</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="33"/>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="59"/>
        <source>away</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="87"/>
        <source>Actions for %1</source>
        <translation>Действия для %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="96"/>
        <source>Make group admin</source>
        <translation>Назначить администратором группы</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="103"/>
        <source>Dismiss as admin</source>
        <translation>Снять права администратора</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="110"/>
        <source>Remove %1…</source>
        <translation>Удалить %1…</translation>
    </message>
    <message>
        <location filename="../../ui/components/ParticipantDelegate.qml" line="117"/>
        <source>Ban %1…</source>
        <translation>Заблокировать %1…</translation>
    </message>
</context>
<context>
    <name>PictureFileDialog</name>
    <message>
        <location filename="../../ui/components/PictureFileDialog.qml" line="6"/>
        <source>Choose the group&apos;s picture</source>
        <translation>Выберите фото группы</translation>
    </message>
    <message>
        <location filename="../../ui/components/PictureFileDialog.qml" line="8"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
</context>
<context>
    <name>ProfilePaths</name>
    <message>
        <location filename="../../src/core/ProfilePaths.cpp" line="40"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Не удаётся создать папку профиля %1.</translation>
    </message>
</context>
<context>
    <name>ReactionBar</name>
    <message>
        <location filename="../../ui/components/ReactionBar.qml" line="40"/>
        <source>React with %1</source>
        <translation>Отреагировать %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReactionBar.qml" line="51"/>
        <location filename="../../ui/components/ReactionBar.qml" line="53"/>
        <source>More reactions</source>
        <translation>Другие реакции</translation>
    </message>
</context>
<context>
    <name>ReactionRoles</name>
    <message>
        <location filename="../../src/models/actions/ReactionRoles.cpp" line="66"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/actions/ReactionRoles.cpp" line="101"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReactionStrip</name>
    <message>
        <location filename="../../ui/components/ReactionStrip.qml" line="33"/>
        <source>Yours; press to take it back</source>
        <translation>Ваша; нажмите, чтобы убрать</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReactionStrip.qml" line="33"/>
        <source>Press to react the same</source>
        <translation>Нажмите, чтобы ответить так же</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="54"/>
        <source>Create an account</source>
        <translation>Создать аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="60"/>
        <source>Pick an XMPP server, then fill in what it asks for.</source>
        <translation>Выберите XMPP-сервер и заполните то, что он запросит.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="70"/>
        <source>Server, such as example.org</source>
        <translation>Сервер, например example.org</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="75"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="82"/>
        <source>Advanced settings</source>
        <translation>Дополнительные настройки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="93"/>
        <source>Server host (optional)</source>
        <translation>Хост сервера (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="96"/>
        <source>Server host</source>
        <translation>Хост сервера</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="100"/>
        <location filename="../../ui/pages/RegisterPage.qml" line="104"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="108"/>
        <source>Direct TLS instead of STARTTLS</source>
        <translation>Прямой TLS вместо STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="121"/>
        <source>Natter cannot verify this server&apos;s certificate. Trust it only if you know it is the server&apos;s own:</source>
        <translation>Natter не может проверить сертификат этого сервера. Доверяйте ему, только если знаете, что это сертификат самого сервера:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="135"/>
        <source>Trust this certificate</source>
        <translation>Доверять этому сертификату</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="166"/>
        <source>Sign-up website</source>
        <translation>Сайт регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="199"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="211"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="213"/>
        <source>Back to sign in</source>
        <translation>Назад ко входу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="222"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/RegisterPage.qml" line="232"/>
        <source>Create account</source>
        <translation>Создать аккаунт</translation>
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
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>RegistrationFormModel</name>
    <message>
        <location filename="../../src/models/RegistrationFormModel.cpp" line="163"/>
        <source>This server creates accounts on a website, but its address is not a secure https one, so Natter does not open it: %1</source>
        <translation>Этот сервер создаёт учётные записи на сайте, но его адрес не защищён (не https), поэтому Natter его не откроет: %1</translation>
    </message>
    <message>
        <location filename="../../src/models/RegistrationFormModel.cpp" line="167"/>
        <source>This server creates accounts on its website: %1</source>
        <translation>Этот сервер создаёт учётные записи на своём сайте: %1</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <location filename="../../src/services/actions/Replies.cpp" line="52"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
</context>
<context>
    <name>ReplyQuote</name>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="22"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="22"/>
        <source>This message was deleted</source>
        <translation>Сообщение удалено</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="22"/>
        <source>Original message not found</source>
        <translation>Исходное сообщение не найдено</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="33"/>
        <source>Reply to %1: %2</source>
        <translation>Ответ %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/ReplyQuote.qml" line="33"/>
        <source>Reply: %1</source>
        <translation>Ответ: %1</translation>
    </message>
</context>
<context>
    <name>RetractCodec</name>
    <message>
        <location filename="../../src/xmpp/actions/RetractCodec.cpp" line="92"/>
        <source>This person deleted a message, but your app does not support message deletion.</source>
        <translation>Этот человек удалил сообщение, но ваше приложение не поддерживает удаление сообщений.</translation>
    </message>
</context>
<context>
    <name>RoomAdminSync</name>
    <message>
        <location filename="../../src/xmpp/muc/RoomAdminSync.cpp" line="103"/>
        <source>The group&apos;s server does not offer that.</source>
        <translation>Сервер группы этого не поддерживает.</translation>
    </message>
    <message>
        <location filename="../../src/xmpp/muc/RoomAdminSync.cpp" line="125"/>
        <source>That picture is too large for a group.</source>
        <translation>Это изображение слишком большое для группы.</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <location filename="../../ui/components/SaveFileDialog.qml" line="22"/>
        <source>Save “%1”</source>
        <translation>Сохранить «%1»</translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../../ui/components/SearchHitDelegate.qml" line="46"/>
        <source>You: </source>
        <translation>Вы: </translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="34"/>
        <source>Cancel selection</source>
        <translation>Отменить выбор</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/SelectionBar.qml" line="41"/>
        <source>%n selected</source>
        <translation>
            <numerusform>Выбрано %n сообщение</numerusform>
            <numerusform>Выбрано %n сообщения</numerusform>
            <numerusform>Выбрано %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="47"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="50"/>
        <source>Copy the selected messages</source>
        <translation>Копировать выбранные сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="59"/>
        <source>Star or unstar the selected messages</source>
        <translation>Добавить выбранные сообщения в избранное или убрать из него</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="65"/>
        <source>Forward</source>
        <translation>Переслать</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="68"/>
        <source>Forward the selected messages</source>
        <translation>Переслать выбранные сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="74"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/components/SelectionBar.qml" line="77"/>
        <source>Delete the selected messages</source>
        <translation>Удалить выбранные сообщения</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="43"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="46"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="76"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="96"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="100"/>
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="120"/>
        <source>Your contacts see this name unless they gave you one themselves.</source>
        <translation>Контакты видят это имя, если сами не задали вам другое.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="130"/>
        <source>Change picture…</source>
        <translation>Сменить фото…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="138"/>
        <source>Sign out…</source>
        <translation>Выйти…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="153"/>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="157"/>
        <source>Read receipts</source>
        <translation>Отчёты о прочтении</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="163"/>
        <source>Share my last seen</source>
        <translation>Показывать, когда я был(а) в сети</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="168"/>
        <source>Blocked contacts</source>
        <translation>Заблокированные</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="178"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="182"/>
        <source>Show notifications</source>
        <translation>Показывать уведомления</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="188"/>
        <source>Show message text in notifications</source>
        <translation>Показывать текст сообщения в уведомлениях</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="195"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Оставаться в трее после закрытия окна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="201"/>
        <source>Media</source>
        <translation>Медиафайлы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="209"/>
        <source>Download images automatically up to</source>
        <translation>Автоматически загружать изображения до</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="219"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="219"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="221"/>
        <source>Largest image to download automatically, in megabytes</source>
        <translation>Максимальный размер автоматически загружаемых изображений в мегабайтах</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="225"/>
        <source>Images from your contacts up to this size download by themselves. Videos, voice notes, audio and documents download only when you click them.</source>
        <translation>Изображения от контактов до этого размера загружаются сами. Видео, голосовые сообщения, аудио и документы загружаются, только когда вы нажмёте на них.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="233"/>
        <source>Send images compressed by default</source>
        <translation>По умолчанию сжимать изображения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="238"/>
        <source>Off sends the original photo, without its location data.</source>
        <translation>Если выключено, отправляется исходное фото, без данных о местоположении.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="246"/>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="253"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="260"/>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="267"/>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="277"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="286"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="307"/>
        <source>Choose your picture</source>
        <translation>Выберите своё фото</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SettingsPage.qml" line="308"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ShareContactDialog</name>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="19"/>
        <source>Share a contact</source>
        <translation>Поделиться контактом</translation>
    </message>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="36"/>
        <location filename="../../ui/components/ShareContactDialog.qml" line="37"/>
        <source>Search contacts</source>
        <translation>Поиск контактов</translation>
    </message>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="45"/>
        <source>No contacts to share</source>
        <translation>Нет контактов, которыми можно поделиться</translation>
    </message>
    <message>
        <location filename="../../ui/components/ShareContactDialog.qml" line="53"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="42"/>
        <source>Sign in to Natter</source>
        <translation>Вход в Natter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="48"/>
        <source>Use your account on any XMPP server.</source>
        <translation>Используйте свой аккаунт на любом XMPP-сервере.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="56"/>
        <source>name@example.org</source>
        <translation>имя@example.org</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="62"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="68"/>
        <location filename="../../ui/pages/SignInPage.qml" line="72"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="79"/>
        <source>Advanced settings</source>
        <translation>Дополнительные настройки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="89"/>
        <source>Server host (optional)</source>
        <translation>Хост сервера (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="91"/>
        <source>Server host</source>
        <translation>Хост сервера</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="95"/>
        <location filename="../../ui/pages/SignInPage.qml" line="98"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="102"/>
        <source>Direct TLS instead of STARTTLS</source>
        <translation>Прямой TLS вместо STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="136"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="142"/>
        <source>Create account</source>
        <translation>Создать аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/SignInPage.qml" line="149"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="18"/>
        <source>Sign out?</source>
        <translation>Выйти?</translation>
    </message>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="24"/>
        <source>Natter forgets the password of %1 on this computer, and you need it to sign in again. Your messages stay here.</source>
        <translation>Natter забудет пароль от %1 на этом компьютере, и он понадобится вам, чтобы войти снова. Ваши сообщения останутся здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="33"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../ui/components/SignOutDialog.qml" line="41"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>StarredMessageDelegate</name>
    <message>
        <location filename="../../ui/components/StarredMessageDelegate.qml" line="33"/>
        <source>Starred</source>
        <translation>В избранном</translation>
    </message>
    <message>
        <location filename="../../ui/components/StarredMessageDelegate.qml" line="91"/>
        <location filename="../../ui/components/StarredMessageDelegate.qml" line="93"/>
        <source>Unstar</source>
        <translation>Убрать из избранного</translation>
    </message>
</context>
<context>
    <name>StarredMessageModel</name>
    <message>
        <location filename="../../src/models/actions/StarredMessageModel.cpp" line="217"/>
        <source>Document: %1</source>
        <translation>Документ: %1</translation>
    </message>
    <message>
        <location filename="../../src/models/actions/StarredMessageModel.cpp" line="236"/>
        <source>You</source>
        <translation>Вы</translation>
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
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/pages/StarredPage.qml" line="42"/>
        <location filename="../../ui/pages/StarredPage.qml" line="80"/>
        <source>Starred messages</source>
        <translation>Избранные сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/StarredPage.qml" line="80"/>
        <source>Starred messages in %1</source>
        <translation>Избранные сообщения в чате «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/StarredPage.qml" line="109"/>
        <source>No starred messages. Star a message from its menu to find it here.</source>
        <translation>Нет избранных сообщений. Добавьте сообщение в избранное через его меню, чтобы найти его здесь.</translation>
    </message>
</context>
<context>
    <name>SystemLineText</name>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="27"/>
        <source>You removed the group description</source>
        <translation>Вы удалили описание группы</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="28"/>
        <source>%1 removed the group description</source>
        <translation>%1 удалил(а) описание группы</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="29"/>
        <source>The group description was removed</source>
        <translation>Описание группы удалено</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="31"/>
        <source>You changed the group description to “%1”</source>
        <translation>Вы изменили описание группы на «%1»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="33"/>
        <source>%1 changed the group description to “%2”</source>
        <translation>%1 изменил(а) описание группы на «%2»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="35"/>
        <source>The group description was changed to “%1”</source>
        <translation>Описание группы изменено на «%1»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="37"/>
        <source>You changed the group name to “%1”</source>
        <translation>Вы изменили название группы на «%1»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="39"/>
        <source>%1 changed the group name to “%2”</source>
        <translation>%1 изменил(а) название группы на «%2»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="40"/>
        <source>The group name was changed to “%1”</source>
        <translation>Название группы изменено на «%1»</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="42"/>
        <source>The group was deleted</source>
        <translation>Группа удалена</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="60"/>
        <source>%1 added you</source>
        <translation>%1 добавил(а) вас</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="60"/>
        <source>You were added</source>
        <translation>Вас добавили</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="61"/>
        <source>You added %1</source>
        <translation>Вы добавили %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="62"/>
        <source>%1 added %2</source>
        <translation>%1 добавил(а) %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="63"/>
        <source>%1 was added</source>
        <translation>%1 добавлен(а)</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="66"/>
        <source>%1 removed you</source>
        <translation>%1 удалил(а) вас</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="66"/>
        <source>You were removed</source>
        <translation>Вас удалили</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="67"/>
        <source>You removed %1</source>
        <translation>Вы удалили %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="68"/>
        <source>%1 removed %2</source>
        <translation>%1 удалил(а) %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="69"/>
        <source>%1 was removed</source>
        <translation>%1 удалён(а)</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="72"/>
        <source>%1 kicked you out</source>
        <translation>%1 исключил(а) вас</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="72"/>
        <source>You were kicked out</source>
        <translation>Вас исключили</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="73"/>
        <source>You kicked %1 out</source>
        <translation>Вы исключили %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="74"/>
        <source>%1 kicked %2 out</source>
        <translation>%1 исключил(а) %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="75"/>
        <source>%1 was kicked out</source>
        <translation>%1 исключён(а)</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="78"/>
        <source>%1 banned you</source>
        <translation>%1 заблокировал(а) вас</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="78"/>
        <source>You were banned</source>
        <translation>Вас заблокировали</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="79"/>
        <source>You banned %1</source>
        <translation>Вы заблокировали %1</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="80"/>
        <source>%1 banned %2</source>
        <translation>%1 заблокировал(а) %2</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="81"/>
        <source>%1 was banned</source>
        <translation>%1 заблокирован(а)</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="84"/>
        <source>%1 made you an admin</source>
        <translation>%1 назначил(а) вас администратором</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="84"/>
        <source>You are now an admin</source>
        <translation>Теперь вы администратор</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="85"/>
        <source>You made %1 an admin</source>
        <translation>Вы назначили %1 администратором</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="86"/>
        <source>%1 made %2 an admin</source>
        <translation>%1 назначил(а) %2 администратором</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="87"/>
        <source>%1 is now an admin</source>
        <translation>%1 теперь администратор</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="90"/>
        <source>%1 made you an owner</source>
        <translation>%1 назначил(а) вас владельцем</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="90"/>
        <source>You are now an owner</source>
        <translation>Теперь вы владелец</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="91"/>
        <source>You made %1 an owner</source>
        <translation>Вы назначили %1 владельцем</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="92"/>
        <source>%1 made %2 an owner</source>
        <translation>%1 назначил(а) %2 владельцем</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="93"/>
        <source>%1 is now an owner</source>
        <translation>%1 теперь владелец</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="95"/>
        <source>You are no longer an admin</source>
        <translation>Вы больше не администратор</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="95"/>
        <source>%1 is no longer an admin</source>
        <translation>%1 больше не администратор</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="110"/>
        <source>%n joined</source>
        <translation>
            <numerusform>%n участник присоединился</numerusform>
            <numerusform>%n участника присоединились</numerusform>
            <numerusform>%n участников присоединились</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="110"/>
        <source>%n left</source>
        <translation>
            <numerusform>%n участник вышел</numerusform>
            <numerusform>%n участника вышли</numerusform>
            <numerusform>%n участников вышли</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="112"/>
        <source>%1 joined</source>
        <translation>%1 присоединился(-ась)</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="112"/>
        <source>%1 left</source>
        <translation>%1 вышел(-ла)</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="114"/>
        <source>%1 and %2 joined</source>
        <translation>%1 и %2 присоединились</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="114"/>
        <source>%1 and %2 left</source>
        <translation>%1 и %2 вышли</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="117"/>
        <source>%1, %2 and one other joined</source>
        <translation>%1, %2 и ещё один человек присоединились</translation>
    </message>
    <message>
        <location filename="../../src/models/SystemLineText.cpp" line="118"/>
        <source>%1, %2 and one other left</source>
        <translation>%1, %2 и ещё один человек вышли</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="120"/>
        <source>%1 and %n others joined</source>
        <translation>
            <numerusform>%1 и ещё %n человек присоединились</numerusform>
            <numerusform>%1 и ещё %n человека присоединились</numerusform>
            <numerusform>%1 и ещё %n человек присоединились</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="121"/>
        <source>%1 and %n others left</source>
        <translation>
            <numerusform>%1 и ещё %n человек вышли</numerusform>
            <numerusform>%1 и ещё %n человека вышли</numerusform>
            <numerusform>%1 и ещё %n человек вышли</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="122"/>
        <source>%1, %2 and %n others joined</source>
        <translation>
            <numerusform>%1, %2 и ещё %n человек присоединились</numerusform>
            <numerusform>%1, %2 и ещё %n человека присоединились</numerusform>
            <numerusform>%1, %2 и ещё %n человек присоединились</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/SystemLineText.cpp" line="123"/>
        <source>%1, %2 and %n others left</source>
        <translation>
            <numerusform>%1, %2 и ещё %n человек вышли</numerusform>
            <numerusform>%1, %2 и ещё %n человека вышли</numerusform>
            <numerusform>%1, %2 и ещё %n человек вышли</numerusform>
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
        <translation>Нет изображения для превью.</translation>
    </message>
</context>
<context>
    <name>TransferOverlay</name>
    <message>
        <location filename="../../ui/components/TransferOverlay.qml" line="42"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/components/TransferOverlay.qml" line="42"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/components/TransferOverlay.qml" line="42"/>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <location filename="../../ui/components/TransferOverlay.qml" line="59"/>
        <source>The transfer failed.</source>
        <translation>Передача не удалась.</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <location filename="../../ui/components/UndoToast.qml" line="30"/>
        <source>Message deleted</source>
        <translation>Сообщение удалено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/UndoToast.qml" line="30"/>
        <source>%n messages deleted</source>
        <translation>
            <numerusform>Удалено %n сообщение</numerusform>
            <numerusform>Удалено %n сообщения</numerusform>
            <numerusform>Удалено %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/UndoToast.qml" line="51"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/components/UndoToast.qml" line="52"/>
        <source>Undo delete</source>
        <translation>Отменить удаление</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="96"/>
        <source>Natter only opens web links (https) here.</source>
        <translation>Здесь Natter открывает только веб-ссылки (https).</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="99"/>
        <source>The link is not encrypted (http), so Natter does not fetch it.</source>
        <translation>Ссылка не зашифрована (http), поэтому Natter её не загружает.</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="102"/>
        <source>Files from people outside your contacts are downloaded only when you click them.</source>
        <translation>Файлы от людей не из ваших контактов загружаются, только когда вы нажмёте на них.</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="106"/>
        <location filename="../../src/media/UrlPolicy.cpp" line="120"/>
        <source>The link points into a local network, so Natter does not fetch it.</source>
        <translation>Ссылка ведёт в локальную сеть, поэтому Natter её не загружает.</translation>
    </message>
    <message>
        <location filename="../../src/media/UrlPolicy.cpp" line="114"/>
        <source>The server %1 could not be found.</source>
        <translation>Сервер %1 не найден.</translation>
    </message>
</context>
<context>
    <name>VideoContent</name>
    <message>
        <location filename="../../ui/components/VideoContent.qml" line="72"/>
        <source>Play video</source>
        <translation>Воспроизвести видео</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderBar</name>
    <message>
        <location filename="../../ui/components/VoiceRecorderBar.qml" line="31"/>
        <source>Cancel voice note</source>
        <translation>Отменить голосовое сообщение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/components/VoiceRecorderBar.qml" line="55"/>
        <source>Recording, %n second(s)</source>
        <translation>
            <numerusform>Запись, %n секунда</numerusform>
            <numerusform>Запись, %n секунды</numerusform>
            <numerusform>Запись, %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/components/VoiceRecorderBar.qml" line="76"/>
        <source>Send voice note</source>
        <translation>Отправить голосовое сообщение</translation>
    </message>
</context>
<context>
    <name>Waveform</name>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="58"/>
        <source>Cannot read this audio file: it is missing, empty or not readable.</source>
        <translation>Не удаётся прочитать аудиофайл: он отсутствует, пуст или недоступен для чтения.</translation>
    </message>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="81"/>
        <source>Cannot read this audio file. It may be damaged or in a format this system does not know.</source>
        <translation>Не удаётся прочитать аудиофайл. Возможно, он повреждён или в формате, неизвестном этой системе.</translation>
    </message>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="95"/>
        <source>Cannot read this audio file: decoding took too long.</source>
        <translation>Не удаётся прочитать аудиофайл: декодирование заняло слишком много времени.</translation>
    </message>
    <message>
        <location filename="../../src/media/Waveform.cpp" line="111"/>
        <source>Cannot read this audio file: it contains no sound.</source>
        <translation>Не удаётся прочитать аудиофайл: в нём нет звука.</translation>
    </message>
</context>
</TS>
