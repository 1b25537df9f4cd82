package ru.roadmapbot.conversation;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;

import ru.roadmapbot.messenger.Button;
import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.roadmap.AnalyzedActivity;
import ru.roadmapbot.roadmap.ImportOptions;
import ru.roadmapbot.roadmap.ImportPreview;
import ru.roadmapbot.roadmap.Placement;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;

/**
 * A coordinator sends a roadmap (.docx, .xlsx, .csv, .txt): the bot downloads and reads it away from the update
 * thread, in a small pool of its own (a few uploads at a time, a short queue; the rest are asked to send again), so
 * one large upload cannot take the threads that answer everyone else, then shows a preview (its short name, the territory it goes to and why, activities, sections, rows to
 * review) with "Импортировать", "Другая территория" and "Отмена". Nothing is stored as a roadmap until the
 * coordinator confirms; a roadmap outside their territory cannot be confirmed.
 */
class DocumentHandler {

    private static final Logger log = LoggerFactory.getLogger(DocumentHandler.class);
    private static final int FLAGGED_SHOWN = 5;
    /** How long a preview's "Импортировать" works; the file is dropped after that. */
    static final Duration PENDING_KEPT = Duration.ofDays(1);

    private final Replies replies;
    private final RoadmapImporter importer;
    private final PendingImportRepository pending;
    private final TaskExecutor executor;
    private final ConversationProperties properties;
    private final Texts texts;
    private final Clock clock;

    DocumentHandler(Replies replies, RoadmapImporter importer, PendingImportRepository pending,
                    TaskExecutor executor, ConversationProperties properties, Texts texts, Clock clock) {
        this.replies = replies;
        this.importer = importer;
        this.pending = pending;
        this.executor = executor;
        this.properties = properties;
        this.texts = texts;
        this.clock = clock;
    }

    Reply handle(Conversation conversation, Incoming.File document) {
        String language = conversation.language();
        if (conversation.registered().isEmpty()) {
            return Reply.text(texts.get(language, "bot.stranger"));
        }
        if (!conversation.participant().getRole().coordinates()) {
            return Reply.text(texts.get(language, "import.coordinators-only"));
        }
        String fileName = document.fileName() == null ? "roadmap" : document.fileName();
        if (document.size() != null && document.size() > properties.maxUploadSize()) {
            return Reply.text(texts.get(language, "import.too-large", fileName, properties.maxUploadSize() / (1024 * 1024)));
        }
        try {
            executor.execute(() -> preview(conversation, document.fileRef(), fileName));
        } catch (TaskRejectedException full) {
            // the upload pool is bounded: a burst of uploads waits its turn in the sender's hands, not in our memory
            return Reply.text(texts.get(language, "import.busy", fileName));
        }
        return Reply.text(texts.get(language, "import.received", fileName));
    }

    /** The import options of a coordinator: within their territory, which is also where a roadmap naming none goes. */
    static ImportOptions options(Participant coordinator, String territory) {
        return new ImportOptions(null, territory, null, coordinator.territoryId());
    }

    private void preview(Conversation conversation, String fileId, String fileName) {
        String language = conversation.language();
        Reply reply;
        try {
            byte[] content = replies.download(conversation, fileId, properties.maxUploadSize());
            ImportPreview preview = importer.preview(fileName, content, options(conversation.participant(), null));
            pending.deleteCreatedBefore(clock.instant().minus(PENDING_KEPT));
            PendingImport saved = pending.save(new PendingImport(conversation.participant().getId(), fileName, content,
                    clock.instant()));
            reply = previewReply(language, preview, saved.getId());
        } catch (UnreadableRoadmapException e) {
            reply = Reply.text(texts.get(language, e.messageKey(), e.messageArguments()));
        } catch (IOException | DeliveryFailedException e) {
            log.info("Could not download {}: {}", fileName, e.getMessage());
            reply = Reply.text(texts.get(language, "import.download-failed", fileName));
        }
        try {
            replies.send(conversation, reply.html(), reply.keyboard());
        } catch (DeliveryFailedException e) {
            log.info("Import preview for {} not delivered: {}", conversation.sender().address(), e.getMessage());
        }
    }

    /** The coordinator typed the territory the file belongs to: the preview again, with it. */
    Reply retarget(Conversation conversation, Long pendingId, String territory) {
        String language = conversation.language();
        PendingImport file = pending.findById(pendingId)
                .filter(found -> found.getParticipantId().equals(conversation.participant().getId())).orElse(null);
        if (file == null) {
            return Reply.text(texts.get(language, "import.gone"));
        }
        file.setTerritory(territory.strip());
        pending.save(file);
        ImportPreview preview = importer.preview(file.getFileName(), file.getContent(),
                options(conversation.participant(), file.getTerritory()));
        return previewReply(language, preview, file.getId());
    }

    private Reply previewReply(String language, ImportPreview preview, Long pendingId) {
        List<AnalyzedActivity> flagged = preview.flagged();
        String none = texts.plain(language, "common.none");
        StringBuilder text = new StringBuilder(texts.get(language, "import.preview", preview.fileName(),
                preview.document().title() == null ? none : preview.document().title(), preview.activities().size(),
                preview.document().sections().size(), flagged.size(), preview.shortName()));
        text.append('\n').append(placement(language, preview));
        for (AnalyzedActivity activity : flagged.subList(0, Math.min(FLAGGED_SHOWN, flagged.size()))) {
            String number = activity.row().number() == null ? "" : activity.row().number();
            text.append('\n').append(texts.get(language, "import.preview.flagged", number,
                    activity.schedule().text(), texts.plain(language, activity.reviewMessageKey())));
        }
        if (flagged.size() > FLAGGED_SHOWN) {
            text.append('\n').append(texts.get(language, "import.preview.more", flagged.size() - FLAGGED_SHOWN));
        }
        List<Button> buttons = new ArrayList<>();
        if (preview.importable()) {
            buttons.add(new Button(texts.plain(language, "import.button.confirm"), "import", pendingId + ":yes"));
        }
        buttons.add(new Button(texts.plain(language, "import.button.territory"), "import", pendingId + ":where"));
        buttons.add(new Button(texts.plain(language, "import.button.cancel"), "import", pendingId + ":no"));
        return Reply.withButtons(text.toString(), List.of(buttons));
    }

    /** "Территория: Гороховецкий район (по заголовку документа)", or why none could be chosen. */
    private String placement(String language, ImportPreview preview) {
        if (preview.placementProblem() != null) {
            return texts.get(language, "import.preview.no-territory",
                    texts.plain(language, preview.placementProblem().messageKey(), preview.placementProblem().messageArguments()));
        }
        Placement placement = preview.placement();
        if (placement.territoryName() == null) {
            return texts.get(language, "import.preview.unplaced");
        }
        return texts.get(language, "import.preview.territory", placement.territoryName(),
                texts.plain(language, placement.source().messageKey()),
                placement.newTerritory() ? texts.plain(language, "import.preview.territory-new") : "");
    }
}
