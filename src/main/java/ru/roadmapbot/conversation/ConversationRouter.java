package ru.roadmapbot.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.ParticipantStatus;
import ru.roadmapbot.people.Participants;

/**
 * Routes what people do and does nothing else: a command to its {@link CommandHandler}, a button press to the
 * {@link CallbackHandler} of its action (the transport has checked the button was signed for the presser), a file to
 * the upload handler, an answer to the bot's last question to {@link PendingInputHandler}, anything else to a helpful
 * fallback. No handler failure escapes as a stack trace to the person. The same for every channel.
 */
class ConversationRouter {

    private static final Logger log = LoggerFactory.getLogger(ConversationRouter.class);

    private final Map<String, CommandHandler> commands;
    private final Map<String, CallbackHandler> callbacks;
    private final DocumentHandler documents;
    private final PendingInputHandler answers;
    private final Participants participants;
    private final Replies replies;
    private final Texts texts;

    ConversationRouter(List<CommandHandler> commands, List<CallbackHandler> callbacks, DocumentHandler documents,
                       PendingInputHandler answers, Participants participants, Replies replies, Texts texts) {
        this.commands = commands.stream().collect(Collectors.toMap(CommandHandler::command, Function.identity()));
        this.callbacks = callbacks.stream().collect(Collectors.toMap(CallbackHandler::action, Function.identity()));
        this.documents = documents;
        this.answers = answers;
        this.participants = participants;
        this.replies = replies;
        this.texts = texts;
    }

    void route(Incoming incoming) {
        Conversation conversation = conversation(incoming.from());
        if (incoming instanceof Incoming.Press press) {
            press(conversation, press);
            return;
        }
        Reply reply;
        try {
            reply = answer(conversation, incoming);
        } catch (RuntimeException e) {
            // the person gets a short apology, the log gets the details
            deliver(conversation, Reply.text(texts.get(conversation.language(), "bot.error")), null);
            throw e;
        }
        deliver(conversation, reply, null);
    }

    private Reply answer(Conversation conversation, Incoming incoming) {
        if (incoming instanceof Incoming.Text text && text.text().startsWith("/")) {
            return command(conversation, text.text());
        }
        Optional<Reply> reply = Optional.empty();
        if (answers.waiting(conversation)) {
            // the next message after the bot asked a question: its text, a document or a photo
            if (incoming instanceof Incoming.Text text) {
                reply = answers.text(conversation, text.text());
            } else if (incoming instanceof Incoming.File file) {
                reply = answers.file(conversation, file);
            }
        } else if (incoming instanceof Incoming.File file && !file.photo()) {
            reply = Optional.of(documents.handle(conversation, file));
        }
        return reply.orElseGet(() -> fallback(conversation, "bot.fallback.text"));
    }

    /** Someone wrote too fast: told once, in their language, that the bot stops answering for a while. */
    void slowDown(Sender sender, Duration pause) {
        Conversation conversation = conversation(sender);
        deliver(conversation, Reply.text(texts.get(conversation.language(), "bot.flood", pause.toSeconds())), null);
    }

    private Reply command(Conversation conversation, String text) {
        String head = text.strip().split("\\s+", 2)[0];
        String argument = text.strip().length() > head.length() ? text.strip().substring(head.length()).strip() : "";
        String name = head.substring(1);
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        CommandHandler handler = commands.get(name.toLowerCase(Locale.ROOT));
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

    private void press(Conversation conversation, Incoming.Press press) {
        CallbackHandler handler = press.press().map(p -> callbacks.get(p.action())).orElse(null);
        if (handler == null || conversation.registered().isEmpty()) {
            answer(conversation, press, texts.plain(conversation.language(), "bot.button.refused"));
            return;
        }
        if (handler.coordinatorsOnly() && !conversation.participant().getRole().coordinates()) {
            answer(conversation, press, texts.plain(conversation.language(), "bot.coordinators-only"));
            return;
        }
        Reply reply;
        try {
            reply = handler.handle(conversation, press.press().get().payload());
        } catch (RuntimeException e) {
            answer(conversation, press, texts.plain(conversation.language(), "bot.error"));
            throw e;
        }
        answer(conversation, press, reply.toast());
        deliver(conversation, reply, press.messageId());
    }

    private void answer(Conversation conversation, Incoming.Press press, String notice) {
        try {
            replies.answerPress(conversation, press.pressId(), notice);
        } catch (DeliveryFailedException e) {
            log.debug("Press {} not answered: {}", press.pressId(), e.getMessage());
        }
    }

    private void deliver(Conversation conversation, Reply reply, String pressedMessageId) {
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
                replies.edit(conversation, pressedMessageId, reply.html(), reply.keyboard());
            } else {
                replies.send(conversation, reply.html(), reply.keyboard());
            }
        } catch (DeliveryFailedException e) {
            log.info("Reply to {} not delivered: {}", conversation.sender().address(), e.getMessage());
        }
    }

    private Reply fallback(Conversation conversation, String key) {
        String hint = conversation.registered().isPresent() ? "bot.fallback.hint" : "bot.stranger";
        return Reply.text(texts.get(conversation.language(), key) + "\n\n" + texts.get(conversation.language(), hint));
    }

    private Conversation conversation(Sender sender) {
        // whoever writes or presses a button has not blocked the bot on this account
        Participant participant = participants.wroteFrom(sender.channel(), sender.userId())
                .filter(p -> p.getStatus() != ParticipantStatus.DEACTIVATED).orElse(null);
        return new Conversation(sender, participant);
    }
}
