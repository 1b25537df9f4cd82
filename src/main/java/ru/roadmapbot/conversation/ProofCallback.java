package ru.roadmapbot.conversation;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;

import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.confirmation.ProofFile;
import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.Texts;

/**
 * "📂 Открыть файл" under a curator's notice of a proof: the bot sends the file itself, so the curator sees what
 * they approve. Who may open it is decided by {@link Confirmations#proofFor}; the upload (up to the proof size
 * limit) runs away from the update thread.
 */
class ProofCallback implements CallbackHandler {

    private static final Logger log = LoggerFactory.getLogger(ProofCallback.class);

    private final Confirmations confirmations;
    private final Replies replies;
    private final TaskExecutor executor;
    private final Texts texts;

    ProofCallback(Confirmations confirmations, Replies replies, TaskExecutor executor, Texts texts) {
        this.confirmations = confirmations;
        this.replies = replies;
        this.executor = executor;
        this.texts = texts;
    }

    @Override
    public String action() {
        return "pf";
    }

    @Override
    public Reply handle(Conversation conversation, String payload) {
        if (!payload.matches("\\d{1,18}")) {
            return Reply.none().withToast(texts.plain(conversation.language(), "bot.button.refused"));
        }
        executor.execute(() -> send(conversation, Long.valueOf(payload)));
        return Reply.none().withToast(texts.plain(conversation.language(), "proof.sending"));
    }

    private void send(Conversation conversation, Long proofId) {
        String language = conversation.language();
        try {
            Optional<ProofFile> proof = confirmations.proofFor(proofId, conversation.participant());
            if (proof.isEmpty()) {
                replies.send(conversation, texts.get(language, "proof.unavailable"), List.of());
                return;
            }
            replies.sendFile(conversation, proof.get().getFileName(), proof.get().getContent(),
                    texts.get(language, "proof.caption", proof.get().getFileName()));
        } catch (DeliveryFailedException e) {
            log.info("Proof {} not delivered to {}: {}", proofId, conversation.sender().address(), e.getMessage());
        }
    }
}
