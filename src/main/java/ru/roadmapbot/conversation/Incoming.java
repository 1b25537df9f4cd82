package ru.roadmapbot.conversation;

import java.time.Instant;
import java.util.Optional;

import ru.roadmapbot.messenger.ButtonSigner.VerifiedPress;

/**
 * What a person did in a messenger, in the conversation's terms: each transport translates its updates into these
 * and hands them to {@link ConversationIntake}.
 */
public sealed interface Incoming {

    /** Unique for the update within its channel ("telegram:123456"), so that a redelivered one is handled once. */
    String eventKey();

    Sender from();

    /** When the messenger says it was sent, or null (how late handling starts is measured from it). */
    Instant sentAt();

    /** A message of text; one that begins with "/" is a command ("/start TOKEN", "/tasks"). */
    record Text(String eventKey, Sender from, Instant sentAt, String text) implements Incoming {
    }

    /**
     * A press of a button under one of the bot's messages.
     *
     * @param pressId   the transport's id of the press, answered so the person's client stops waiting
     * @param press     the action and payload when the button was signed for this person; empty for a forged one
     * @param messageId the message the button was under, edited in place by paging and settings
     */
    record Press(String eventKey, Sender from, Instant sentAt, String pressId, Optional<VerifiedPress> press,
                 String messageId) implements Incoming {
    }

    /**
     * A file: a roadmap to import, or a proof after "done".
     *
     * @param fileRef what the transport needs to download it
     * @param photo   a picture (only ever a proof), not a document
     */
    record File(String eventKey, Sender from, Instant sentAt, String fileRef, String fileName, String contentType,
                Long size, boolean photo) implements Incoming {
    }

    /** Anything else (a sticker, a location): answered with a hint. */
    record Other(String eventKey, Sender from, Instant sentAt) implements Incoming {
    }
}
