package ru.roadmapbot.max;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import ru.roadmapbot.conversation.ConversationIntake;
import ru.roadmapbot.conversation.Incoming;
import ru.roadmapbot.conversation.Sender;
import ru.roadmapbot.messenger.ButtonSigner;
import ru.roadmapbot.messenger.Channel;

/**
 * Where MAX's updates enter, by long poll or webhook: each is translated into the conversation's terms and handed to
 * the {@link ConversationIntake}. A person is written to by their user id, so that is their chat too. Only dialogs
 * count (the bot talks to people one to one); {@code bot_started} carries the deep link's payload and becomes
 * {@code /start <payload>}, as Telegram's deep links do.
 */
class MaxUpdates {

    /** The updates the bot asks MAX for. */
    static final List<String> TYPES = List.of("message_created", "message_callback", "bot_started");

    private final ConversationIntake intake;
    private final ButtonSigner signer;

    MaxUpdates(ConversationIntake intake, ButtonSigner signer) {
        this.intake = intake;
        this.signer = signer;
    }

    /** Takes an update; returns at once, the handling goes on in the conversation's queue. */
    void accept(JsonNode update) {
        translate(update).ifPresent(intake::accept);
    }

    Optional<Incoming> translate(JsonNode update) {
        String type = update.path("update_type").asString("");
        Instant at = update.hasNonNull("timestamp") ? Instant.ofEpochMilli(update.path("timestamp").asLong()) : null;
        String locale = update.path("user_locale").asString(null);
        switch (type) {
            case "bot_started" -> {
                JsonNode user = update.path("user");
                if (!user.hasNonNull("user_id")) {
                    return Optional.empty();
                }
                Sender from = sender(user, locale);
                String payload = update.path("payload").asString("").strip();
                return Optional.of(new Incoming.Text("max:start:" + from.userId() + ":" + update.path("timestamp").asLong(),
                        from, at, payload.isEmpty() ? "/start" : "/start " + payload));
            }
            case "message_callback" -> {
                JsonNode callback = update.path("callback");
                JsonNode user = callback.path("user");
                if (!user.hasNonNull("user_id") || !callback.hasNonNull("callback_id")) {
                    return Optional.empty();
                }
                Sender from = sender(user, locale);
                String callbackId = callback.path("callback_id").asString();
                String messageId = update.path("message").path("body").path("mid").asString(null);
                return Optional.of(new Incoming.Press("max:callback:" + callbackId, from, at, callbackId,
                        signer.verify(from.userId(), callback.path("payload").asString(null)), messageId));
            }
            case "message_created" -> {
                return message(update.path("message"), at, locale);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Optional<Incoming> message(JsonNode message, Instant at, String locale) {
        JsonNode user = message.path("sender");
        String chatType = message.path("recipient").path("chat_type").asString("dialog");
        if (!user.hasNonNull("user_id") || user.path("is_bot").asBoolean(false) || !"dialog".equals(chatType)) {
            return Optional.empty(); // group chats would leak tasks to others
        }
        Sender from = sender(user, locale);
        JsonNode body = message.path("body");
        String key = "max:message:" + body.path("mid").asString(from.userId() + ":" + message.path("timestamp").asLong());
        for (JsonNode attachment : body.path("attachments")) {
            String kind = attachment.path("type").asString("");
            String url = attachment.path("payload").path("url").asString(null);
            if (url == null) {
                continue;
            }
            if ("file".equals(kind)) {
                Long size = attachment.hasNonNull("size") ? attachment.path("size").asLong() : null;
                return Optional.of(new Incoming.File(key, from, at, url, attachment.path("filename").asString(null), null,
                        size, false));
            }
            if ("image".equals(kind)) {
                return Optional.of(new Incoming.File(key, from, at, url, "photo.jpg", "image/jpeg", null, true));
            }
        }
        String text = body.path("text").asString(null);
        if (text != null && !text.isBlank()) {
            return Optional.of(new Incoming.Text(key, from, at, text));
        }
        return Optional.of(new Incoming.Other(key, from, at));
    }

    private static Sender sender(JsonNode user, String locale) {
        String id = String.valueOf(user.path("user_id").asLong());
        String name = user.path("first_name").asString(user.path("name").asString(null));
        return new Sender(Channel.MAX, id, id, name, locale);
    }
}
