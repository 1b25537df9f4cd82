package ru.roadmapbot.conversation;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.roadmap.ImportSummary;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;
import ru.roadmapbot.territory.TerritoryRefusedException;

/**
 * "Импортировать" / "Другая территория" / "Отмена" under an import preview. "Другая территория" asks for the
 * territory's name and shows the preview again with it. The import itself runs away from the update thread (a big
 * roadmap takes a while, and nobody else should wait for it) and answers with a message of its own. The pending
 * file is taken by the first press in the import's transaction, so a repeated or replayed press imports nothing
 * twice, and a failed import leaves the file there to try again.
 */
class ImportCallback implements CallbackHandler {

    private static final Logger log = LoggerFactory.getLogger(ImportCallback.class);

    private final PendingImportRepository pending;
    private final PendingInputs questions;
    private final RoadmapImporter importer;
    private final Replies replies;
    private final TaskExecutor executor;
    private final TransactionTemplate transactions;
    private final Texts texts;

    ImportCallback(PendingImportRepository pending, PendingInputs questions, RoadmapImporter importer, Replies replies,
                   TaskExecutor executor, PlatformTransactionManager transactionManager, Texts texts) {
        this.pending = pending;
        this.questions = questions;
        this.importer = importer;
        this.replies = replies;
        this.executor = executor;
        this.transactions = new TransactionTemplate(transactionManager);
        this.texts = texts;
    }

    @Override
    public String action() {
        return "import";
    }

    @Override
    public boolean coordinatorsOnly() {
        return true;
    }

    @Override
    public Reply handle(Conversation conversation, String payload) {
        String language = conversation.language();
        String[] parts = payload.split(":");
        Long id = parts.length == 2 && parts[0].matches("\\d{1,18}") ? Long.valueOf(parts[0]) : null;
        if (id == null || !pending.existsByIdAndParticipantId(id, conversation.participant().getId())) {
            return Reply.text(texts.get(language, "import.gone")).inPlace();
        }
        if ("where".equals(parts[1])) {
            questions.expect(conversation.participant().getId(), PendingInput.Kind.IMPORT_TERRITORY, id);
            return Reply.text(texts.get(language, "import.ask-territory"));
        }
        if (!"yes".equals(parts[1])) {
            Optional<String> fileName = transactions.execute(status -> pending.findById(id)
                    .filter(file -> pending.take(id) == 1).map(PendingImport::getFileName));
            return Reply.text(fileName.map(name -> texts.get(language, "import.cancelled", name))
                    .orElseGet(() -> texts.get(language, "import.gone"))).inPlace();
        }
        executor.execute(() -> importPending(conversation, id));
        return Reply.text(texts.get(language, "import.running")).inPlace();
    }

    private void importPending(Conversation conversation, Long id) {
        String language = conversation.language();
        String answer;
        try {
            answer = transactions.execute(status -> {
                Optional<PendingImport> found = pending.findById(id);
                if (found.isEmpty() || pending.take(id) == 0) {
                    return texts.get(language, "import.gone");
                }
                PendingImport file = found.get();
                Participant coordinator = conversation.participant();
                try {
                    ImportSummary summary = importer.importDocument(file.getFileName(), file.getContent(),
                            DocumentHandler.options(coordinator, file.getTerritory()));
                    return texts.get(language, "import.done", file.getFileName(), summary.activities(), summary.created(),
                            summary.updated(), summary.unchanged(), summary.withdrawn(), summary.flagged(),
                            summary.shortName(), summary.territory() == null ? texts.plain(language, "common.none")
                                    : summary.territory());
                } catch (UnreadableRoadmapException e) {
                    status.setRollbackOnly();
                    return texts.get(language, e.messageKey(), e.messageArguments());
                } catch (TerritoryRefusedException e) {
                    status.setRollbackOnly();
                    return texts.get(language, e.messageKey(), e.messageArguments());
                }
            });
        } catch (RuntimeException e) {
            log.warn("Import of pending file {} failed", id, e);
            answer = texts.get(language, "bot.error");
        }
        try {
            replies.send(conversation, answer, List.of());
        } catch (DeliveryFailedException e) {
            log.info("Import result for {} not delivered: {}", conversation.sender().address(), e.getMessage());
        }
    }
}
