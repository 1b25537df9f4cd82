package ru.roadmapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.roadmapbot.MovableClock;
import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.people.ActivityAudience;
import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.schedule.Occurrence;
import ru.roadmapbot.schedule.OccurrenceKind;
import ru.roadmapbot.schedule.Occurrences;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.people.MessengerAccounts;

/**
 * A whole year of seed roadmap 004 fast-forwarded on a movable clock, for a director in Yekaterinburg: planning
 * every simulated day, dispatching at every planned moment. Every deadline gets its 7-day, 1-day and same-day
 * reminder at 09:00 local, every event its evening-before and same-day reminder, nothing is queued twice or in
 * the quiet hours, and nothing more is sent for a task once it is reported done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:year-of-reminders;DB_CLOSE_DELAY=-1")
class YearOfRemindersTests {

    private static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2021-12-31T19:00:00Z"));

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    RoadmapImporter importer;

    @Autowired
    Invitations invitations;

    @Autowired
    ReminderPlanner planner;

    @Autowired
    ReminderDispatcher dispatcher;

    @Autowired
    ReminderRepository reminders;

    @Autowired
    Roadmaps activities;

    @Autowired
    Confirmations confirmations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ActivityAudience audience;

    record Queued(Long activityId, LocalDate due, String code, Instant at) {
    }

    @Test
    void everyReminderOfTheYearComesOnceAtTheRightLocalMoment() throws Exception {
        try (InputStream seed = new ClassPathResource("demo/004_7680f41c24c846e3.txt").getInputStream()) {
            importer.importContent("004_7680f41c24c846e3.txt", seed.readAllBytes(), null);
        }
        String token = invitations.invite(new InvitationRequest(Role.DIRECTOR, "Елисеева Е.Е.", "МБОУ Галицкая СОШ",
                List.of(), YEKATERINBURG, null)).token();
        Participant director = invitations.accept(token, MessengerAccounts.telegram(9100L, 9100L, "director"));
        Activity survey = activities.currentActivities().stream().filter(a -> "12.".equals(a.getNumber())).findFirst().orElseThrow();
        LocalDate surveyDue = LocalDate.parse("2022-03-01");

        List<Queued> queued = new ArrayList<>();
        for (LocalDate day = LocalDate.parse("2022-01-01"); day.getYear() == 2022; day = day.plusDays(1)) {
            CLOCK.setTo(day.atStartOfDay(YEKATERINBURG).toInstant());
            planner.plan();
            if (day.equals(LocalDate.parse("2022-02-25"))) {
                confirmations.report(survey.getId(), surveyDue, director.getId(), TaskState.DONE);
            }
            Instant endOfDay = day.plusDays(1).atStartOfDay(YEKATERINBURG).toInstant();
            for (Optional<Instant> next = nextMoment(endOfDay); next.isPresent(); next = nextMoment(endOfDay)) {
                CLOCK.setTo(next.get());
                int before = count();
                dispatcher.dispatchDue();
                queued.addAll(newlyQueued(before, next.get()));
            }
        }

        Set<String> seen = new HashSet<>();
        for (Queued q : queued) {
            assertThat(seen.add(q.activityId() + "|" + q.due() + "|" + q.code())).as("queued once: " + q).isTrue();
            LocalTime local = LocalDateTime.ofInstant(q.at(), YEKATERINBURG).toLocalTime();
            assertThat(local).as(q.toString()).isBetween(LocalTime.of(8, 0), LocalTime.of(20, 59));
        }
        for (Activity activity : activities.currentActivities()) {
            for (Occurrence occurrence : Occurrences.expand(activity.schedule(), LocalDate.parse("2022-01-09"), LocalDate.parse("2022-12-31"))) {
                if (!occurrence.due().isAfter(LocalDate.parse("2022-01-09")) || occurrence.due().getYear() != 2022) {
                    continue;
                }
                List<String> codes = queued.stream().filter(q -> q.activityId().equals(activity.getId()) && q.due().equals(occurrence.due()))
                        .map(Queued::code).toList();
                boolean reachesDirector = audience.reaches(activity, director);
                if (!reachesDirector || (activity.getId().equals(survey.getId()) && occurrence.due().equals(surveyDue))) {
                    continue;
                }
                if (activity.isEvent()) {
                    assertThat(codes).as(activity.getNumber() + " " + occurrence).contains("EVENT_EVE-1", "EVENT_DAY-0");
                } else if (occurrence.kind() == OccurrenceKind.PERIOD) {
                    assertThat(codes).as(activity.getNumber() + " " + occurrence).contains("PERIOD_START-0");
                } else {
                    assertThat(codes).as(activity.getNumber() + " " + occurrence).contains("DEADLINE-7", "DEADLINE-1", "DEADLINE-0");
                    assertThat(queued.stream().filter(q -> q.activityId().equals(activity.getId()) && q.code().equals("DEADLINE-0")
                            && q.due().equals(occurrence.due())).findFirst().orElseThrow().at())
                            .isEqualTo(occurrence.due().atTime(9, 0).atZone(YEKATERINBURG).toInstant());
                }
            }
        }
        // reported done on 25.02: the day-before and same-day reminders of 01.03 are not sent
        assertThat(queued.stream().filter(q -> q.activityId().equals(survey.getId()) && q.due().equals(surveyDue))
                .map(Queued::code)).doesNotContain("DEADLINE-1", "DEADLINE-0");
        assertThat(queued).hasSizeGreaterThan(40);
    }

    private Optional<Instant> nextMoment(Instant before) {
        List<java.sql.Timestamp> next = jdbc.queryForList("select min(fire_at) from reminder where state = 'PLANNED' and fire_at < ?",
                java.sql.Timestamp.class, java.sql.Timestamp.from(before));
        return next.isEmpty() || next.get(0) == null ? Optional.empty() : Optional.of(next.get(0).toInstant());
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from outbox", Integer.class);
    }

    private List<Queued> newlyQueued(int before, Instant at) {
        return jdbc.query("select r.activity_id, r.due_date, r.kind from outbox o join reminder r on o.dedup_key = concat('reminder:', r.id) "
                        + "order by o.id offset ?", (rs, row) -> new Queued(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), at),
                before);
    }
}
