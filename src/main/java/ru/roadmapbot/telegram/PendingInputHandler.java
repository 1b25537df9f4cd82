package ru.roadmapbot.telegram;

import java.io.IOException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ru.roadmapbot.confirmation.ConfirmationProperties;
import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.confirmation.ProofTooLargeException;
import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.Texts;

/**
 * Answers to the bot's last question: what help is needed (goes to the curator), a comment or a proof file after
 * "done", a curator's reason for returning a task (goes to the director).
 */
class PendingInputHandler {

    private static final Logger log = LoggerFactory.getLogger(PendingInputHandler.class);

    private final PendingInputs pending;
    private final Confirmations confirmations;
    private final ConfirmationProperties limits;
    private final TelegramSender sender;
    private final Texts texts;

    PendingInputHandler(PendingInputs pending, Confirmations confirmations, ConfirmationProperties limits,
                        TelegramSender sender, Texts texts) {
        this.pending = pending;
        this.confirmations = confirmations;
        this.limits = limits;
        this.sender = sender;
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
                confirmations.comment(input.getStatusId(), participantId, text);
                yield Reply.text(texts.get(language, "confirmation.help-sent"));
            }
            case DONE_NOTE -> {
                confirmations.comment(input.getStatusId(), participantId, text);
                yield Reply.text(texts.get(language, "confirmation.note-saved"));
            }
            case RETURN_REASON -> {
                confirmations.explainReturn(input.getStatusId(), participantId, text);
                yield Reply.text(texts.get(language, "confirmation.reason-sent"));
            }
        });
    }

    /** A file after "done" (or with a request for help) is kept as proof, within the size limit. */
    Optional<Reply> file(Conversation conversation, String fileId, String fileName, String contentType, Long size) {
        Long participantId = conversation.participant().getId();
        String language = conversation.language();
        Optional<PendingInput> input = pending.take(participantId);
        if (input.isEmpty() || input.get().getKind() == PendingInput.Kind.RETURN_REASON) {
            return Optional.empty();
        }
        long max = limits.maxProofSize().toBytes();
        if (size != null && size > max) {
            return Optional.of(Reply.text(texts.get(language, "confirmation.proof.too-large", fileName, limits.maxProofSize().toMegabytes())));
        }
        try {
            byte[] content = sender.download(fileId, max);
            confirmations.attachProof(input.get().getStatusId(), fileName, contentType, content);
            return Optional.of(Reply.text(texts.get(language, "confirmation.proof.saved", fileName)));
        } catch (ProofTooLargeException e) {
            return Optional.of(Reply.text(texts.get(language, "confirmation.proof.too-large", fileName, e.limitMegabytes())));
        } catch (IOException | DeliveryFailedException e) {
            log.info("Proof {} not downloaded: {}", fileName, e.getMessage());
            return Optional.of(Reply.text(texts.get(language, "import.download-failed", fileName)));
        }
    }
}
