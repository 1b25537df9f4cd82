package ru.roadmapbot.telegram;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.roadmap.ImportSummary;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;

/**
 * "Импортировать" / "Отмена" under an import preview. The pending file is consumed by the first press, so a
 * repeated or replayed press imports nothing twice.
 */
@Component
class ImportCallback implements CallbackHandler {

    private final PendingImportRepository pending;
    private final RoadmapImporter importer;
    private final Texts texts;

    ImportCallback(PendingImportRepository pending, RoadmapImporter importer, Texts texts) {
        this.pending = pending;
        this.importer = importer;
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

    /** One transaction: the pending file is consumed only if the import is stored. */
    @Override
    @Transactional
    public Reply handle(Conversation conversation, String payload) {
        String language = conversation.language();
        String[] parts = payload.split(":");
        Optional<PendingImport> found = parts.length == 2 && parts[0].matches("\\d+")
                ? pending.findById(Long.valueOf(parts[0])) : Optional.empty();
        if (found.isEmpty() || !found.get().getParticipantId().equals(conversation.participant().getId())) {
            return Reply.text(texts.get(language, "import.gone")).inPlace();
        }
        PendingImport file = found.get();
        pending.delete(file);
        if (!"yes".equals(parts[1])) {
            return Reply.text(texts.get(language, "import.cancelled", file.getFileName())).inPlace();
        }
        try {
            ImportSummary summary = importer.importContent(file.getFileName(), file.getContent(), null);
            return Reply.text(texts.get(language, "import.done", file.getFileName(), summary.activities(),
                    summary.created(), summary.updated(), summary.unchanged(), summary.withdrawn(), summary.flagged())).inPlace();
        } catch (UnreadableRoadmapException e) {
            return Reply.text(texts.get(language, e.messageKey(), e.messageArguments())).inPlace();
        }
    }
}
