package ru.roadmapbot.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * {@code --demo}: loads the five published seed roadmaps packaged with the app. Re-imports are in place, so
 * starting the demo again does not duplicate anything.
 */
@Component
@ConditionalOnProperty(name = "roadmapbot.demo.enabled", havingValue = "true")
class DemoRoadmapLoader {

    static final List<String> SEEDS = List.of("000_8947be193d347cd7.txt", "001_5ee45a74bb2df34c.txt",
            "002_0994dfd4ec89aa3d.txt", "003_3563c2cda89c6920.txt", "004_7680f41c24c846e3.txt");

    private static final Logger log = LoggerFactory.getLogger(DemoRoadmapLoader.class);

    private final RoadmapImporter importer;

    DemoRoadmapLoader(RoadmapImporter importer) {
        this.importer = importer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadSeeds() {
        for (String seed : SEEDS) {
            try (InputStream in = new ClassPathResource("demo/" + seed).getInputStream()) {
                ImportSummary summary = importer.importDocument(seed, in.readAllBytes(), ImportOptions.defaults());
                log.info("Demo roadmap {}: {} activities, {} to review", summary.code(), summary.activities(), summary.flagged());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
