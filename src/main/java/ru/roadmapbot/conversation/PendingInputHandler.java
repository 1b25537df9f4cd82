package ru.roadmapbot.conversation;

import java.io.IOException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ru.roadmapbot.confirmation.ConfirmationProperties;
import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.confirmation.ProofTooLargeException;
import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participants;

/**
 * Answers to the bot's last question: what help is needed (goes to the director's reviewers), a comment or a proof
 * file after "done", a reviewer's reason for returning a task (goes to the director), the territory of a roadmap
 * sent to the bot (its preview again).
 */
class PendingInputHandler {

    private static final Logger log = LoggerFactory.getLogger(PendingInputHandler.class);

    private final PendingInputs pending;
    private final Confirmations confirmations;
    private final ConfirmationProperties limits;
    private final Participants participants;
    private final Forwarding forwarding;
    private final DocumentHandler documents;
    private final Replies replies;
    private final Texts texts;

    PendingInputHandler(PendingInputs pending, Confirmations confirmations, ConfirmationProperties limits,
                        Participants participants, Forwarding forwarding, DocumentHandler documents, Replies replies,
                        Texts texts) {
        this.pending = pending;
        this.confirmations = confirmations;
        this.limits = limits;
        this.participants = participants;
        this.forwarding = forwarding;
        this.documents = documents;
        this.replies = replies;
        this.texts = texts;
    }

    boolean waiting(Conversation conversation) {
        return conversation.registered().isPresent() && pending.waiting(conversation.participant().getId());
    }

    Optional<Reply> text(Conversation conversation, String text) {
        Long participantId = conversation.participant().getId();
        String language = conversation.language();
        return pending.take(participantId).map(input -> switch (input.getKind()) {
            case HELP_COMMENT -> {
                confirmations.comment(input.getSubjectId(), participantId, text);
                yield Reply.text(saved(conversation, "confirmation.help-sent"));
            }
            case DONE_NOTE -> {
                confirmations.comment(input.getSubjectId(), participantId, text);
                yield Reply.text(saved(conversation, "confirmation.note-saved"));
            }
            case IMPORT_TERRITORY -> documents.retarget(conversation, input.getSubjectId(), text);
            case RETURN_REASON -> {
                confirmations.explainReturn(input.getSubjectId(), participantId, text);
                yield Reply.text(texts.get(language, "confirmation.reason-sent"));
            }
        });
    }

    /** "Сохранено и передано куратору …", or only "сохранено" when nobody reviews the person's work. */
    private String saved(Conversation conversation, String key, Object... arguments) {
        String sentence = forwarding.sentence(conversation.language(),
                participants.reviewersOf(conversation.participant()), key, arguments);
        return sentence.isEmpty() ? texts.get(conversation.language(), key + ".kept", arguments) : sentence.strip();
    }

    /** A file after "done" (or with a request for help) is kept as proof, within the size limit. */
    Optional<Reply> file(Conversation conversation, Incoming.File file) {
        String fileName = file.fileName() == null ? (file.photo() ? "photo.jpg" : "file") : file.fileName();
        Long size = file.size();
        Long participantId = conversation.participant().getId();
        String language = conversation.language();
        Optional<PendingInput> input = pending.take(participantId);
        if (input.isEmpty() || input.get().getKind() == PendingInput.Kind.RETURN_REASON
                || input.get().getKind() == PendingInput.Kind.IMPORT_TERRITORY) {
            return Optional.empty();
        }
        long max = limits.maxProofSize().toBytes();
        if (size != null && size > max) {
            return Optional.of(Reply.text(texts.get(language, "confirmation.proof.too-large", fileName, limits.maxProofSize().toMegabytes())));
        }
        try {
            byte[] content = replies.download(conversation, file.fileRef(), max);
            confirmations.attachProof(input.get().getSubjectId(), fileName,
                    file.contentType() != null ? file.contentType() : file.photo() ? "image/jpeg" : null, content);
            return Optional.of(Reply.text(saved(conversation, "confirmation.proof", fileName)));
        } catch (ProofTooLargeException e) {
            return Optional.of(Reply.text(texts.get(language, "confirmation.proof.too-large", fileName, e.limitMegabytes())));
        } catch (IOException | DeliveryFailedException e) {
            log.info("Proof {} not downloaded: {}", fileName, e.getMessage());
            return Optional.of(Reply.text(texts.get(language, "import.download-failed", fileName)));
        }
    }
}
