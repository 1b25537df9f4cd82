package ru.roadmapbot.telegram;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.telegram.telegrambots.meta.api.objects.Document;

import ru.roadmapbot.messenger.Button;
import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.roadmap.AnalyzedActivity;
import ru.roadmapbot.roadmap.RoadmapAnalyzer;
import ru.roadmapbot.roadmap.RoadmapDocument;
import ru.roadmapbot.roadmap.RoadmapReader;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;

/**
 * A coordinator sends a roadmap (.docx, .xlsx, .csv, .txt): the bot downloads and reads it away from the update
 * thread, then shows a preview (activities, sections, rows to review) with "Импортировать" and "Отмена". Nothing
 * is stored as a roadmap until the coordinator confirms.
 */
class DocumentHandler {

    private static final Logger log = LoggerFactory.getLogger(DocumentHandler.class);
    private static final int FLAGGED_SHOWN = 5;
    /** How long a preview's "Импортировать" works; the file is dropped after that. */
    static final Duration PENDING_KEPT = Duration.ofDays(1);

    private final TelegramSender sender;
    private final RoadmapReader reader;
    private final RoadmapAnalyzer analyzer;
    private final PendingImportRepository pending;
    private final TaskExecutor executor;
    private final TelegramProperties properties;
    private final Texts texts;
    private final Clock clock;

    DocumentHandler(TelegramSender sender, RoadmapReader reader, RoadmapAnalyzer analyzer, PendingImportRepository pending,
                    TaskExecutor executor, TelegramProperties properties, Texts texts, Clock clock) {
        this.sender = sender;
        this.reader = reader;
        this.analyzer = analyzer;
        this.pending = pending;
        this.executor = executor;
        this.properties = properties;
        this.texts = texts;
        this.clock = clock;
    }

    Reply handle(Conversation conversation, Document document) {
        String language = conversation.language();
        if (conversation.registered().isEmpty()) {
            return Reply.text(texts.get(language, "bot.stranger"));
        }
        if (!conversation.participant().getRole().coordinates()) {
            return Reply.text(texts.get(language, "import.coordinators-only"));
        }
        String fileName = document.getFileName() == null ? "roadmap" : document.getFileName();
        if (document.getFileSize() != null && document.getFileSize() > properties.maxUploadSize()) {
            return Reply.text(texts.get(language, "import.too-large", fileName, properties.maxUploadSize() / (1024 * 1024)));
        }
        executor.execute(() -> preview(conversation, document.getFileId(), fileName));
        return Reply.text(texts.get(language, "import.received", fileName));
    }

    private void preview(Conversation conversation, String fileId, String fileName) {
        String language = conversation.language();
        Reply reply;
        try {
            byte[] content = sender.download(fileId, properties.maxUploadSize());
            RoadmapDocument document = reader.read(fileName, content);
            List<AnalyzedActivity> activities = analyzer.analyze(document);
            pending.deleteCreatedBefore(clock.instant().minus(PENDING_KEPT));
            PendingImport saved = pending.save(new PendingImport(conversation.participant().getId(), fileName, content,
                    clock.instant()));
            reply = previewReply(language, fileName, document, activities, saved.getId());
        } catch (UnreadableRoadmapException e) {
            reply = Reply.text(texts.get(language, e.messageKey(), e.messageArguments()));
        } catch (IOException | DeliveryFailedException e) {
            log.info("Could not download {}: {}", fileName, e.getMessage());
            reply = Reply.text(texts.get(language, "import.download-failed", fileName));
        }
        try {
            sender.send(conversation.chatId(), reply.html(), reply.keyboard());
        } catch (DeliveryFailedException e) {
            log.info("Import preview for chat {} not delivered: {}", conversation.chatId(), e.getMessage());
        }
    }

    private Reply previewReply(String language, String fileName, RoadmapDocument document, List<AnalyzedActivity> activities,
                               Long pendingId) {
        List<AnalyzedActivity> flagged = activities.stream().filter(AnalyzedActivity::needsReview).toList();
        StringBuilder text = new StringBuilder(texts.get(language, "import.preview", fileName,
                document.title() == null ? texts.plain(language, "common.none") : document.title(), activities.size(), document.sections().size(),
                flagged.size()));
        for (AnalyzedActivity activity : flagged.subList(0, Math.min(FLAGGED_SHOWN, flagged.size()))) {
            String number = activity.row().number() == null ? "" : activity.row().number();
            text.append('\n').append(texts.get(language, "import.preview.flagged", number,
                    activity.schedule().text(), reason(language, activity)));
        }
        if (flagged.size() > FLAGGED_SHOWN) {
            text.append('\n').append(texts.get(language, "import.preview.more", flagged.size() - FLAGGED_SHOWN));
        }
        List<Button> buttons = List.of(new Button(texts.plain(language, "import.button.confirm"), "import", pendingId + ":yes"),
                new Button(texts.plain(language, "import.button.cancel"), "import", pendingId + ":no"));
        return Reply.withButtons(text.toString(), List.of(buttons));
    }

    private String reason(String language, AnalyzedActivity activity) {
        return texts.plain(language, activity.reviewMessageKey());
    }
}
