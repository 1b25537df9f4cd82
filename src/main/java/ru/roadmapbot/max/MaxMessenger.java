package ru.roadmapbot.max;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import ru.roadmapbot.cluster.SendBudget;
import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.Button;
import ru.roadmapbot.messenger.ButtonSigner;
import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.MessageSplitter;
import ru.roadmapbot.messenger.Messenger;
import ru.roadmapbot.messenger.OutgoingMessage;
import ru.roadmapbot.messenger.RateLimitedException;
import ru.roadmapbot.messenger.SentMessage;

/**
 * The messenger port over MAX. Messages are HTML (MAX renders b, i, u, s, a, code, pre, as Telegram does), at most
 * 4,000 characters a piece; buttons become an {@code inline_keyboard} attachment of {@code callback} buttons whose
 * payload is signed for the person. Every request keeps MAX's share of the cluster's send budget: a reply waits for
 * the chat's spacing and takes the next slot ahead of queued messages; a 429 pauses every instance.
 */
class MaxMessenger implements Messenger {

    static final int MAX_TEXT = 4000;
    /** MAX's limit on a callback button's payload. */
    static final int MAX_BUTTON_DATA = 1024;
    private static final Logger log = LoggerFactory.getLogger(MaxMessenger.class);
    /** A file just uploaded may not be ready yet: tried again after these waits (as MAX's own clients do). */
    private static final List<Duration> NOT_READY_WAITS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4));

    private final MaxApi api;
    private final ButtonSigner signer;
    private final SendBudget budget;
    private final Counter rateLimited;

    MaxMessenger(MaxApi api, ButtonSigner signer, SendBudget budget, MeterRegistry meters) {
        this.api = api;
        this.signer = signer;
        this.budget = budget;
        this.rateLimited = Counter.builder("roadmapbot.max.rate-limited").description("429 answers from MAX")
                .register(meters);
    }

    @Override
    public Channel channel() {
        return Channel.MAX;
    }

    @Override
    public SentMessage send(String chat, OutgoingMessage message) {
        return send(chat, message, true);
    }

    @Override
    public SentMessage reply(String chat, OutgoingMessage message) {
        return send(chat, message, false);
    }

    /** @param reserved the outbox's worker reserved the chat and took a slot for the first piece already */
    private SentMessage send(String chat, OutgoingMessage message, boolean reserved) {
        List<String> pieces = MessageSplitter.split(message.html(), MAX_TEXT);
        String last = null;
        for (int i = 0; i < pieces.size(); i++) {
            ObjectNode body = body(chat, pieces.get(i), i == pieces.size() - 1 ? message.keyboard() : List.of());
            if (reserved && i == 0) {
                last = call(() -> api.send(chat, body));
            } else {
                if (reserved) {
                    budget.releaseChat(address(chat)); // the next piece keeps the spacing like any other message
                }
                last = paced(chat, () -> api.send(chat, body));
            }
        }
        return new SentMessage(address(chat), last);
    }

    @Override
    public void edit(SentMessage target, OutgoingMessage message) {
        String chat = target.to().chat();
        ObjectNode body = body(chat, MessageSplitter.split(message.html(), MAX_TEXT).get(0), message.keyboard());
        if (message.keyboard().isEmpty()) {
            body.putArray("attachments"); // [] removes the old buttons; null would keep them
        }
        paced(chat, () -> {
            api.edit(target.messageId(), body);
            return null;
        });
    }

    @Override
    public void sendFile(String chat, String fileName, byte[] content, String captionHtml) {
        String token = paced(chat, () -> api.upload(fileName, content));
        ObjectNode body = body(chat, captionHtml, List.of());
        body.putArray("attachments").addObject().put("type", "file").putObject("payload").put("token", token);
        for (int attempt = 0; ; attempt++) {
            try {
                paced(chat, () -> api.send(chat, body));
                return;
            } catch (MaxApi.AttachmentNotReadyException e) {
                if (attempt >= NOT_READY_WAITS.size()) {
                    throw e;
                }
                sleep(NOT_READY_WAITS.get(attempt));
            }
        }
    }

    @Override
    public void answerPress(String pressId, String notice) {
        try {
            call(() -> {
                api.answer(pressId, notice);
                return null;
            });
        } catch (DeliveryFailedException e) {
            log.debug("Could not answer callback {}: {}", pressId, e.getMessage());
        }
    }

    @Override
    public byte[] download(String fileRef, long maxBytes) throws IOException {
        return api.download(fileRef, maxBytes);
    }

    @Override
    public boolean available() {
        return true;
    }

    private ObjectNode body(String chat, String html, List<List<Button>> keyboard) {
        ObjectNode body = api.object();
        body.put("text", html);
        body.put("format", "html");
        if (!keyboard.isEmpty()) {
            ArrayNode rows = body.putArray("attachments").addObject().put("type", "inline_keyboard")
                    .putObject("payload").putArray("buttons");
            for (List<Button> row : keyboard) {
                ArrayNode keys = rows.addArray();
                for (Button button : row) {
                    keys.addObject().put("type", "callback").put("text", button.label())
                            .put("payload", signer.sign(chat, button));
                }
            }
        }
        return body;
    }

    /** A reply: waits for the chat's spacing and the next slot of MAX's rate, ahead of queued messages. */
    private <T> T paced(String chat, Call<T> call) {
        try {
            budget.awaitChat(address(chat));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted while waiting for " + chat, true, e);
        }
        try {
            budget.takeSlot(Channel.MAX, SendBudget.Priority.URGENT);
            return call(call);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted while waiting for the rate", true, e);
        } finally {
            budget.releaseChat(address(chat));
        }
    }

    private <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (RateLimitedException e) {
            rateLimited.increment();
            budget.pause(Channel.MAX, e.retryAfter()); // MAX limits the bot, not this instance: all of them wait
            throw e;
        }
    }

    private static Address address(String chat) {
        return new Address(Channel.MAX, chat);
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted while waiting for an upload", true, e);
        }
    }

    private interface Call<T> {
        T run();
    }
}
