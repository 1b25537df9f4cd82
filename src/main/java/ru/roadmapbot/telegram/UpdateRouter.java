package ru.roadmapbot.telegram;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.ParticipantStatus;
import ru.roadmapbot.people.Participants;

/**
 * Routes updates and does nothing else: a command to its {@link CommandHandler}, a button press to the
 * {@link CallbackHandler} of its action (after the signature check), a document to the upload handler, anything
 * else to a helpful fallback. No handler failure escapes as a stack trace to the user. Updates come from
 * {@link UpdateIntake}, which claims each once.
 */
class UpdateRouter {

    private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);

    private final Map<String, CommandHandler> commands;
    private final Map<String, CallbackHandler> callbacks;
    private final DocumentHandler documents;
    private final PendingInputHandler answers;
    private final Participants participants;
    private final CallbackSigner signer;
    private final TelegramSender sender;
    private final Texts texts;

    UpdateRouter(List<CommandHandler> commands, List<CallbackHandler> callbacks, DocumentHandler documents,
                 PendingInputHandler answers, Participants participants, CallbackSigner signer, TelegramSender sender,
                 Texts texts) {
        this.commands = commands.stream().collect(Collectors.toMap(CommandHandler::command, Function.identity()));
        this.callbacks = callbacks.stream().collect(Collectors.toMap(CallbackHandler::action, Function.identity()));
        this.documents = documents;
        this.answers = answers;
        this.participants = participants;
        this.signer = signer;
        this.sender = sender;
        this.texts = texts;
    }

    void route(Update update) {
        if (update.hasCallbackQuery()) {
            press(update.getCallbackQuery());
        } else if (update.hasMessage() && update.getMessage().getFrom() != null) {
            message(update.getMessage());
        }
    }

    /** Someone wrote too fast: told once, in their language, that the bot stops answering for a while. */
    void slowDown(Update update, java.time.Duration pause) {
        User user = update.hasCallbackQuery() ? update.getCallbackQuery().getFrom() : update.getMessage().getFrom();
        Conversation conversation = conversation(user, user.getId());
        deliver(conversation, Reply.text(texts.get(conversation.language(), "bot.flood", pause.toSeconds())), null);
    }

    private void message(Message message) {
        if (!message.getChat().isUserChat()) {
            return; // the bot talks to people one to one; group chats would leak tasks to others
        }
        Conversation conversation = conversation(message.getFrom(), message.getChatId());
        Reply reply;
        try {
            if (message.hasText() && message.getText().startsWith("/")) {
                reply = command(conversation, message.getText());
            } else if (answers.waiting(conversation)) {
                reply = answer(conversation, message);
            } else if (message.hasDocument()) {
                reply = documents.handle(conversation, message.getDocument());
            } else {
                reply = fallback(conversation, "bot.fallback.text");
            }
        } catch (RuntimeException e) {
            // the person gets a short apology, the log gets the details
            deliver(conversation, Reply.text(texts.get(conversation.language(), "bot.error")), null);
            throw e;
        }
        deliver(conversation, reply, null);
    }

    /** The next message after the bot asked a question: its text, a document or a photo. */
    private Reply answer(Conversation conversation, Message message) {
        java.util.Optional<Reply> reply = java.util.Optional.empty();
        if (message.hasText()) {
            reply = answers.text(conversation, message.getText());
        } else if (message.hasDocument()) {
            var document = message.getDocument();
            reply = answers.file(conversation, document.getFileId(),
                    document.getFileName() == null ? "file" : document.getFileName(), document.getMimeType(), document.getFileSize());
        } else if (message.hasPhoto()) {
            var photo = message.getPhoto().stream()
                    .max(java.util.Comparator.comparing(p -> p.getFileSize() == null ? 0 : p.getFileSize())).orElseThrow();
            reply = answers.file(conversation, photo.getFileId(), "photo.jpg", "image/jpeg",
                    photo.getFileSize() == null ? null : photo.getFileSize().longValue());
        }
        return reply.orElseGet(() -> fallback(conversation, "bot.fallback.text"));
    }

    private Reply command(Conversation conversation, String text) {
        String head = text.strip().split("\\s+", 2)[0];
        String argument = text.strip().length() > head.length() ? text.strip().substring(head.length()).strip() : "";
        String name = head.substring(1);
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        CommandHandler handler = commands.get(name.toLowerCase(java.util.Locale.ROOT));
        if (handler == null) {
            return fallback(conversation, "bot.fallback.unknown-command");
        }
        if (!handler.openToStrangers() && conversation.registered().isEmpty()) {
            return Reply.text(texts.get(conversation.language(), "bot.stranger"));
        }
        if (handler.coordinatorsOnly() && !conversation.participant().getRole().coordinates()) {
            return Reply.text(texts.get(conversation.language(), "bot.coordinators-only"));
        }
        return handler.handle(conversation, argument);
    }

    private void press(CallbackQuery query) {
        Conversation conversation = conversation(query.getFrom(), chatOf(query.getMessage(), query.getFrom()));
        Optional<CallbackSigner.VerifiedPress> press = signer.verify(query.getFrom().getId(), query.getData());
        CallbackHandler handler = press.map(p -> callbacks.get(p.action())).orElse(null);
        if (handler == null || conversation.registered().isEmpty()) {
            sender.answer(query.getId(), texts.plain(conversation.language(), "bot.button.refused"));
            return;
        }
        if (handler.coordinatorsOnly() && !conversation.participant().getRole().coordinates()) {
            sender.answer(query.getId(), texts.plain(conversation.language(), "bot.coordinators-only"));
            return;
        }
        Reply reply;
        try {
            reply = handler.handle(conversation, press.get().payload());
        } catch (RuntimeException e) {
            sender.answer(query.getId(), texts.plain(conversation.language(), "bot.error"));
            throw e;
        }
        sender.answer(query.getId(), reply.toast());
        Integer messageId = query.getMessage() == null ? null : query.getMessage().getMessageId();
        deliver(conversation, reply, messageId);
    }

    private void deliver(Conversation conversation, Reply reply, Integer pressedMessageId) {
        if (reply.next() != null) {
            deliver(conversation, new Reply(reply.html(), reply.keyboard(), reply.editInPlace(), null, null), pressedMessageId);
            deliver(conversation, reply.next(), null);
            return;
        }
        if (!reply.hasText()) {
            return;
        }
        try {
            if (reply.editInPlace() && pressedMessageId != null) {
                sender.edit(conversation.chatId(), pressedMessageId, reply.html(), reply.keyboard());
            } else {
                sender.send(conversation.chatId(), reply.html(), reply.keyboard());
            }
        } catch (DeliveryFailedException e) {
            log.info("Reply to chat {} not delivered: {}", conversation.chatId(), e.getMessage());
        }
    }

    private Reply fallback(Conversation conversation, String key) {
        String hint = conversation.registered().isPresent() ? "bot.fallback.hint" : "bot.stranger";
        return Reply.text(texts.get(conversation.language(), key) + "\n\n" + texts.get(conversation.language(), hint));
    }

    private Conversation conversation(User user, long chatId) {
        Participant participant = participants.byTelegramUser(user.getId())
                .filter(p -> p.getStatus() != ParticipantStatus.DEACTIVATED).orElse(null);
        if (participant != null && participant.getStatus() == ParticipantStatus.BLOCKED) {
            // whoever writes or presses a button has unblocked the bot
            participant = participants.cameBack(participant.getId());
        }
        return new Conversation(user.getId(), chatId, user.getFirstName(), user.getLanguageCode(), participant);
    }

    private static long chatOf(MaybeInaccessibleMessage message, User user) {
        return message != null ? message.getChatId() : user.getId();
    }
}
