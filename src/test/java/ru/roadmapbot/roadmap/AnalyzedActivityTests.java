package ru.roadmapbot.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.roadmapbot.schedule.ScheduleParser;

/** Why a row goes to review, as the import preview and the admin pages name it. */
class AnalyzedActivityTests {

    private static final Instant NOW = Instant.parse("2022-03-29T06:00:00Z");

    private final RoadmapAnalyzer analyzer = new RoadmapAnalyzer(new ScheduleParser(), new ResponsiblePartiesParser(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private AnalyzedActivity analyzed(String schedule, String responsible) {
        ActivityRow row = new ActivityRow(1, "1.", null, null, "Мониторинг", schedule, responsible, null, null, null);
        List<AnalyzedActivity> rows = analyzer.analyze(new RoadmapDocument("plan.docx", null, 2022,
                LocalDate.of(2022, 3, 20), List.of(row)));
        return rows.get(0);
    }

    @Test
    void scheduleReasonComesBeforeResponsibleReason() {
        AnalyzedActivity row = analyzed("когда получится", "Марсиане");

        assertThat(row.reviewMessageKey()).isEqualTo("schedule.review.not-understood");
    }

    @Test
    void partyWithNeitherRoleNorPersonIsReviewedAsUnknown() {
        AnalyzedActivity row = analyzed("до 01.04.2022", "Марсиане");

        assertThat(row.parties()).isNotEmpty().noneMatch(ResponsibleParty::understood);
        assertThat(row.responsibleReview()).containsExactly(AnalyzedActivity.UNKNOWN_PARTY);
        assertThat(row.reviewMessageKey()).isEqualTo("roadmap.review.unknown-party");
    }

    @Test
    void cellNamingNoOneIsReviewedAsNoResponsible() {
        assertThat(analyzed("до 01.04.2022", " — ").reviewMessageKey()).isEqualTo("roadmap.review.no-responsible");
    }

    @Test
    void understoodRowHasNoReviewKey() {
        AnalyzedActivity row = analyzed("до 01.04.2022", "Руководители ОУ");

        assertThat(row.needsReview()).isFalse();
        assertThat(row.reviewMessageKey()).isNull();
    }

    @Test
    void storedActivityListsEveryReviewKeyInTheSameOrder() {
        Activity activity = new Activity(new Roadmap("plan"), NOW);
        activity.apply(analyzed("когда получится", "Марсиане"), NOW);

        assertThat(activity.reviewMessageKeys())
                .containsExactly("schedule.review.not-understood", "roadmap.review.unknown-party");
    }
}
