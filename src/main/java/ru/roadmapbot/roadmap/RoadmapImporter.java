package ru.roadmapbot.roadmap;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a roadmap in one transaction: the document is read and understood first, so a file that cannot be read
 * changes nothing; then activities are created, updated in place or withdrawn (never deleted).
 */
@Service
public class RoadmapImporter {

    private final RoadmapReader reader;
    private final RoadmapAnalyzer analyzer;
    private final RoadmapRepository roadmaps;
    private final ActivityRepository activities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RoadmapImporter(RoadmapReader reader, RoadmapAnalyzer analyzer, RoadmapRepository roadmaps,
                           ActivityRepository activities, ApplicationEventPublisher events, Clock clock) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.roadmaps = roadmaps;
        this.activities = activities;
        this.events = events;
        this.clock = clock;
    }

    /** Imports a file; the roadmap code is given or else the file's name without extension. */
    @Transactional
    public ImportSummary importFile(Path file, String code) {
        return importContent(file.getFileName().toString(), reader.bytes(file), code);
    }

    /** Imports an uploaded document (from the bot or the web). */
    @Transactional
    public ImportSummary importContent(String fileName, byte[] content, String code) {
        RoadmapDocument document = reader.read(fileName, content);
        return store(document, code != null ? code : RoadmapCodes.fromFileName(fileName), sha256(content));
    }

    ImportSummary store(RoadmapDocument document, String code, String sha256) {
        List<AnalyzedActivity> analyzed = analyzer.analyze(document);
        Instant now = clock.instant();
        Roadmap roadmap = roadmaps.findByCode(code).orElseGet(() -> new Roadmap(code));
        roadmap.recordImport(document, sha256, now);
        roadmap = roadmaps.save(roadmap);
        List<Activity> stored = activities.findByRoadmapIdOrderByPosition(roadmap.getId());
        ActivityMatcher.Result match = ActivityMatcher.match(stored, analyzed);
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<AnalyzedActivity, Activity> pair : match.matched().entrySet()) {
            if (pair.getValue().apply(pair.getKey(), now)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        for (AnalyzedActivity row : match.added()) {
            Activity activity = new Activity(roadmap, now);
            activity.apply(row, now);
            activities.save(activity);
        }
        int withdrawn = 0;
        for (Activity gone : match.missing()) {
            if (!gone.isWithdrawn()) {
                gone.withdraw(now);
                withdrawn++;
            }
        }
        int flagged = (int) analyzed.stream().filter(AnalyzedActivity::needsReview).count();
        ImportSummary summary = new ImportSummary(roadmap.getId(), code, roadmap.getTitle(), analyzed.size(),
                document.sections().size(), match.added().size(), updated, unchanged, withdrawn, flagged);
        events.publishEvent(new RoadmapImported(roadmap.getId(), code, summary));
        return summary;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
