package ru.roadmapbot.telegram;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

import ru.roadmapbot.conversation.ConversationIntake;
import ru.roadmapbot.conversation.Incoming;
import ru.roadmapbot.conversation.Sender;
import ru.roadmapbot.messenger.ButtonSigner;
import ru.roadmapbot.messenger.Channel;

/**
 * Where Telegram's updates enter, by long poll or webhook: each is translated into the conversation's terms (a text,
 * a file, a press whose button is checked against the presser, anything else) and handed to the
 * {@link ConversationIntake}. Only private chats count: the bot talks to people one to one, and a group chat would
 * leak tasks to others.
 */
class UpdateIntake implements LongPollingUpdateConsumer {

    private final ConversationIntake intake;
    private final ButtonSigner signer;

    UpdateIntake(ConversationIntake intake, ButtonSigner signer) {
        this.intake = intake;
        this.signer = signer;
    }

    @Override
    public void consume(List<Update> updates) {
        updates.forEach(this::accept);
    }

    /** Takes an update; returns at once, the handling goes on in the conversation's queue. */
    void accept(Update update) {
        translate(update).ifPresent(intake::accept);
    }

    Optional<Incoming> translate(Update update) {
        String key = "telegram:" + update.getUpdateId();
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            User user = query.getFrom();
            Long chat = query.getMessage() != null ? query.getMessage().getChatId() : user.getId();
            Sender from = sender(user, chat);
            String messageId = query.getMessage() == null ? null : String.valueOf(query.getMessage().getMessageId());
            return Optional.of(new Incoming.Press(key, from, null, query.getId(),
                    signer.verify(from.userId(), query.getData()), messageId));
        }
        if (!update.hasMessage() || update.getMessage().getFrom() == null || !update.getMessage().getChat().isUserChat()) {
            return Optional.empty();
        }
        Message message = update.getMessage();
        Sender from = sender(message.getFrom(), message.getChatId());
        Instant sentAt = message.getDate() == null ? null : Instant.ofEpochSecond(message.getDate());
        if (message.hasText()) {
            return Optional.of(new Incoming.Text(key, from, sentAt, message.getText()));
        }
        if (message.hasDocument()) {
            Document document = message.getDocument();
            return Optional.of(new Incoming.File(key, from, sentAt, document.getFileId(), document.getFileName(),
                    document.getMimeType(), document.getFileSize(), false));
        }
        if (message.hasPhoto()) {
            PhotoSize photo = message.getPhoto().stream()
                    .max(Comparator.comparing(p -> p.getFileSize() == null ? 0 : p.getFileSize())).orElseThrow();
            return Optional.of(new Incoming.File(key, from, sentAt, photo.getFileId(), "photo.jpg", "image/jpeg",
                    photo.getFileSize() == null ? null : photo.getFileSize().longValue(), true));
        }
        return Optional.of(new Incoming.Other(key, from, sentAt));
    }

    private static Sender sender(User user, long chat) {
        return new Sender(Channel.TELEGRAM, String.valueOf(user.getId()), String.valueOf(chat), user.getFirstName(),
                user.getLanguageCode());
    }
}
