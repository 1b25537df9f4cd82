package ru.roadmapbot.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import ru.roadmapbot.schedule.Schedule;
import ru.roadmapbot.schedule.SchedulePart;

import ru.roadmapbot.territory.Territories;

/** Import and re-import against H2 with the Flyway schema: updates in place, never duplicates, never deletes. */
@DataJpaTest(showSql = false)
@Import({RoadmapImporter.class, RoadmapPlacement.class, ScheduleCorrections.class, Territories.class, RoadmapConfiguration.class,
        RoadmapImporterTests.FixedClock.class})
class RoadmapImporterTests {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2022-03-29T06:00:00Z"), ZoneOffset.ofHours(3));
        }

        /** The importer times itself; a JPA slice has no actuator to give it a registry. */
        @Bean
        MeterRegistry meters() {
            return new SimpleMeterRegistry();
        }
    }

    @Autowired
    RoadmapImporter importer;

    @Autowired
    ActivityRepository activities;

    @Autowired
    RoadmapRepository roadmaps;

    @Autowired
    TestEntityManager entityManager;

    private static ActivityRow row(int position, String number, String title, String schedule) {
        return new ActivityRow(position, number, "1. Организация", null, title, schedule, "Руководители ОУ", null, null, null);
    }

    private static RoadmapDocument document(List<ActivityRow> rows) {
        return new RoadmapDocument("plan.docx", "Дорожная карта «500+» в 2022 году", 2022, LocalDate.of(2022, 3, 20), rows);
    }

    private static List<ActivityRow> threeRows() {
        List<ActivityRow> rows = new ArrayList<>();
        rows.add(row(1, "1.1.", "Приказ о реализации дорожной карты", "март 2022"));
        rows.add(row(2, "1.2.", "Установочный семинар", "до 01.04.2022"));
        rows.add(row(3, "1.3.", "Мониторинг", "ежемесячно"));
        return rows;
    }

    @Test
    void importStoresEveryRowWithItsUnderstoodSchedule() {
        ImportSummary summary = importer.store(document(threeRows()), "plan", "sha");

        assertThat(summary.created()).isEqualTo(3);
        List<Activity> stored = activities.findByRoadmapIdOrderByPosition(summary.roadmapId());
        assertThat(stored).extracting(Activity::getNumber).containsExactly("1.1.", "1.2.", "1.3.");
        assertThat(stored.get(1).schedule().parts()).containsExactly(SchedulePart.deadline(LocalDate.of(2022, 4, 1)));
        assertThat(stored.get(2).schedule().recurrence().toRrule()).isEqualTo("FREQ=MONTHLY;INTERVAL=1");
        assertThat(stored.get(0).getUid()).endsWith("@roadmapbot");
    }

    @Test
    void reimportOfTheSameDocumentChangesNothing() {
        ImportSummary first = importer.store(document(threeRows()), "plan", "sha");
        List<String> uids = activities.findByRoadmapIdOrderByPosition(first.roadmapId()).stream().map(Activity::getUid).toList();

        ImportSummary second = importer.store(document(threeRows()), "plan", "sha");

        assertThat(second.roadmapId()).isEqualTo(first.roadmapId());
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(second.created() + second.updated() + second.withdrawn()).isZero();
        List<Activity> stored = activities.findByRoadmapIdOrderByPosition(first.roadmapId());
        assertThat(stored).hasSize(3);
        assertThat(stored).extracting(Activity::getUid).containsExactlyElementsOf(uids);
        assertThat(stored).extracting(Activity::getRevision).containsOnly(1);
        assertThat(roadmaps.findByCode("plan")).get().extracting(Roadmap::getImportCount).isEqualTo(2);
    }

    @Test
    void editedRowIsUpdatedInPlaceWithANewRevision() {
        ImportSummary first = importer.store(document(threeRows()), "plan", "sha");
        Activity before = activities.findByRoadmapIdOrderByPosition(first.roadmapId()).get(1);
        List<ActivityRow> edited = threeRows();
        edited.set(1, row(2, "1.2.", "Установочный семинар", "до 15.04.2022"));

        ImportSummary second = importer.store(document(edited), "plan", "sha2");

        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(2);
        Activity after = activities.findById(before.getId()).orElseThrow();
        assertThat(after.getUid()).isEqualTo(before.getUid());
        assertThat(after.getRevision()).isEqualTo(2);
        assertThat(after.getLastDay()).isEqualTo(LocalDate.of(2022, 4, 15));
    }

    @Test
    void renumberedRowIsRecognisedByItsTitle() {
        ImportSummary first = importer.store(document(threeRows()), "plan", "sha");
        Long id = activities.findByRoadmapIdOrderByPosition(first.roadmapId()).get(2).getId();
        List<ActivityRow> renumbered = threeRows();
        renumbered.set(2, row(3, "2.1.", "Мониторинг", "ежемесячно"));

        importer.store(document(renumbered), "plan", "sha2");

        Activity after = activities.findById(id).orElseThrow();
        assertThat(after.getNumber()).isEqualTo("2.1.");
        assertThat(activities.findByRoadmapIdOrderByPosition(first.roadmapId())).hasSize(3);
    }

    @Test
    void rowMissingFromTheNewDocumentIsWithdrawnNotDeleted() {
        ImportSummary first = importer.store(document(threeRows()), "plan", "sha");
        List<ActivityRow> shorter = threeRows().subList(0, 2);

        ImportSummary second = importer.store(document(shorter), "plan", "sha2");

        assertThat(second.withdrawn()).isEqualTo(1);
        assertThat(activities.findByRoadmapIdOrderByPosition(first.roadmapId())).hasSize(3);
        assertThat(activities.findByRoadmapIdAndWithdrawnFalseOrderByPosition(first.roadmapId())).hasSize(2);

        ImportSummary third = importer.store(document(threeRows()), "plan", "sha");
        assertThat(third.created()).isZero();
        assertThat(activities.findByRoadmapIdAndWithdrawnFalseOrderByPosition(first.roadmapId())).hasSize(3);
    }

    @Test
    void rowsNotUnderstoodAreKeptAndFlagged() {
        List<ActivityRow> rows = threeRows();
        rows.add(row(4, "1.4.", "Что-то непонятное", "когда получится"));

        ImportSummary summary = importer.store(document(rows), "plan", "sha");

        assertThat(summary.flagged()).isGreaterThanOrEqualTo(1);
        Activity odd = activities.findByRoadmapIdOrderByPosition(summary.roadmapId()).get(3);
        assertThat(odd.needsReview()).isTrue();
        assertThat(odd.getScheduleReview()).containsExactly("not-understood");
    }

    @Test
    void importedFileIsRecordedWithTheHashOfItsContent(@TempDir Path folder) throws Exception {
        byte[] content = RoadmapFiles.seed("003");
        Path file = Files.write(folder.resolve("seed-003.txt"), content);

        ImportSummary summary = importer.importFile(file, (String) null);

        assertThat(summary.code()).isEqualTo("seed-003");
        assertThat(roadmaps.findByCode("seed-003")).get().extracting(Roadmap::getContentSha256)
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    }

    @Test
    void storedScheduleIsBuiltOnceAndAgainAfterAnEditOrALoad() {
        ImportSummary first = importer.store(document(threeRows()), "plan", "sha");
        Activity seminar = activities.findByRoadmapIdOrderByPosition(first.roadmapId()).get(1);
        Schedule before = seminar.schedule();
        assertThat(seminar.schedule()).isSameAs(before);

        List<ActivityRow> edited = threeRows();
        edited.set(1, row(2, "1.2.", "Установочный семинар", "до 15.04.2022"));
        importer.store(document(edited), "plan", "sha2");

        assertThat(seminar.schedule().parts()).containsExactly(SchedulePart.deadline(LocalDate.of(2022, 4, 15)));
        entityManager.flush();
        entityManager.clear();
        Activity loaded = activities.findById(seminar.getId()).orElseThrow();
        assertThat(loaded).isNotSameAs(seminar);
        assertThat(loaded.schedule()).isEqualTo(seminar.schedule());
    }
}
