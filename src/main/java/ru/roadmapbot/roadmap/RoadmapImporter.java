package ru.roadmapbot.roadmap;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.territory.TerritoryRefusedException;

/**
 * Stores a roadmap in one transaction: the document is read and understood first, so a file that cannot be read
 * changes nothing; then it is placed in its territory ({@link RoadmapPlacement}), and activities are created,
 * updated in place or withdrawn (never deleted). Previews read the same way and store nothing.
 */
@Service
public class RoadmapImporter {

    private final RoadmapReader reader;
    private final RoadmapAnalyzer analyzer;
    private final RoadmapRepository roadmaps;
    private final ActivityRepository activities;
    private final RoadmapPlacement placement;
    private final ScheduleCorrections corrections;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Timer imports;
    private final Timer previews;

    RoadmapImporter(RoadmapReader reader, RoadmapAnalyzer analyzer, RoadmapRepository roadmaps,
                    ActivityRepository activities, RoadmapPlacement placement, ScheduleCorrections corrections,
                    ApplicationEventPublisher events, MeterRegistry meters, Clock clock) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.roadmaps = roadmaps;
        this.activities = activities;
        this.placement = placement;
        this.corrections = corrections;
        this.events = events;
        this.clock = clock;
        this.imports = Timer.builder("roadmapbot.import.duration").tag("step", "import")
                .description("reading, understanding and storing a roadmap").register(meters);
        this.previews = Timer.builder("roadmapbot.import.duration").tag("step", "preview")
                .description("reading and understanding a roadmap for its preview").register(meters);
    }

    /** Imports a file; the roadmap code is given or else the file's name without extension. */
    @Transactional
    public ImportSummary importFile(Path file, String code) {
        return importFile(file, ImportOptions.code(code));
    }

    @Transactional
    public ImportSummary importFile(Path file, ImportOptions options) {
        return importDocument(file.getFileName().toString(), reader.bytes(file), options);
    }

    /** Imports an uploaded document (from the bot or the web). */
    @Transactional
    public ImportSummary importContent(String fileName, byte[] content, String code) {
        return importDocument(fileName, content, ImportOptions.code(code));
    }

    /**
     * Imports a document where the options place it.
     *
     * @throws UnreadableRoadmapException             the file is not a roadmap that can be read
     * @throws ru.roadmapbot.territory.TerritoryRefusedException its territory cannot be settled
     */
    @Transactional
    public ImportSummary importDocument(String fileName, byte[] content, ImportOptions options) {
        return imports.record(() -> store(reader.read(fileName, content), codeOf(fileName, options), sha256(content),
                options));
    }

    /**
     * What importing would do, storing nothing: every row as it would be read (corrections included), where it would
     * go, and for a roadmap imported before what would change. A territory that cannot be settled is reported, not
     * thrown.
     */
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] content, ImportOptions options) {
        return previews.record(() -> previewOf(fileName, content, options));
    }

    private ImportPreview previewOf(String fileName, byte[] content, ImportOptions options) {
        RoadmapDocument document = reader.read(fileName, content);
        String code = codeOf(fileName, options);
        Corrections applied = corrections.of(code).with(options.corrections());
        List<AnalyzedActivity> analyzed = analyzer.analyze(document, applied);
        Roadmap stored = roadmaps.findByCode(code).orElse(null);
        ImportChanges changes = stored == null ? ImportChanges.NEW_ROADMAP : changes(stored, analyzed);
        try {
            Placement placed = placement.preview(document, stored, options);
            String shortName = stored != null && stored.isShortNameEdited() ? stored.shortName()
                    : placement.shortName(document, placed);
            return new ImportPreview(fileName, document, analyzed, placed, null, shortName, changes, applied);
        } catch (TerritoryRefusedException problem) {
            return new ImportPreview(fileName, document, analyzed, null, problem,
                    RoadmapNames.shortName(document.title(), null, document.year()), changes, applied);
        }
    }

    /** New rows, rows whose content changed, and stored activities the document no longer has, by numbered title. */
    private ImportChanges changes(Roadmap stored, List<AnalyzedActivity> analyzed) {
        List<Activity> current = activities.findByRoadmapIdOrderByPosition(stored.getId());
        ActivityMatcher.Result match = ActivityMatcher.match(current, analyzed);
        List<String> changed = match.matched().entrySet().stream().filter(pair -> pair.getValue().wouldChange(pair.getKey()))
                .map(pair -> pair.getValue().numberedTitle()).toList();
        List<String> created = match.added().stream().map(a -> a.row().number() == null ? a.row().title()
                : a.row().number() + " " + a.row().title()).toList();
        List<String> withdrawn = match.missing().stream().filter(a -> !a.isWithdrawn()).map(Activity::numberedTitle).toList();
        return new ImportChanges(true, created, changed, withdrawn);
    }

    /** Renames a roadmap for people; the name is kept over re-imports. */
    @Transactional
    public Roadmap rename(Long roadmapId, String shortName) {
        if (shortName == null || shortName.isBlank()) {
            throw new IllegalArgumentException("short name");
        }
        Roadmap roadmap = roadmaps.findById(roadmapId).orElseThrow();
        roadmap.rename(shortName.length() > RoadmapNames.MAX_LENGTH ? shortName.substring(0, RoadmapNames.MAX_LENGTH) : shortName);
        return roadmaps.save(roadmap);
    }

    private static String codeOf(String fileName, ImportOptions options) {
        return options.code() != null ? options.code() : RoadmapCodes.fromFileName(fileName);
    }

    ImportSummary store(RoadmapDocument document, String code, String sha256) {
        return store(document, code, sha256, ImportOptions.code(code));
    }

    ImportSummary store(RoadmapDocument document, String code, String sha256, ImportOptions options) {
        corrections.save(code, options.corrections());
        List<AnalyzedActivity> analyzed = analyzer.analyze(document, corrections.of(code));
        Instant now = clock.instant();
        Roadmap roadmap = roadmaps.findByCode(code).orElseGet(() -> new Roadmap(code));
        Placement placed = placement.decide(document, roadmap.getId() == null ? null : roadmap, options);
        roadmap.recordImport(document, sha256, now);
        roadmap.place(placed.territoryId(), placed.level(), placed.school(), placement.shortName(document, placed));
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
                document.sections().size(), match.added().size(), updated, unchanged, withdrawn, flagged,
                roadmap.shortName(), placed.territoryName());
        events.publishEvent(new RoadmapImported(roadmap.getId(), code, summary, roadmap.getTerritoryId(),
                roadmap.getLevel(), organizationsNamed(analyzed)));
        return summary;
    }

    private static List<String> organizationsNamed(List<AnalyzedActivity> analyzed) {
        Set<String> names = new LinkedHashSet<>();
        analyzed.forEach(activity -> activity.parties().forEach(party -> names.addAll(party.organizations())));
        return List.copyOf(names);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
