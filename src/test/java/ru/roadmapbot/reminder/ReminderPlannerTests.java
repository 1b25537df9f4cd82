package ru.roadmapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.people.MessengerAccounts;

/**
 * Reminders follow a person's lead days both ways: ones no longer wanted are cancelled, and planned again when
 * wanted; a registration plans its person and a re-import its roadmap, each on its own, leaving the rest alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:reminder-planner;DB_CLOSE_DELAY=-1", "roadmapbot.clock.fixed=2022-03-01T09:00:00+03:00"})
class ReminderPlannerTests {

    @Autowired
    ReminderPlanner planner;

    @Autowired
    RoadmapImporter importer;

    @Autowired
    Invitations invitations;

    @Autowired
    Participants participants;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeadDayTakenAwayAndGivenBackIsPlannedAgain() {
        importer.importContent("plan.txt", String.join("\n", "Дорожная карта «500+» в 2022 году",
                "№ п/п\tМероприятие\tСроки\tОтветственные",
                "1.\tОтчёт о самодиагностике\tдо 30.03.2022\tРуководители ОУ", "").getBytes(StandardCharsets.UTF_8), null);
        String token = invitations.invite(new InvitationRequest(Role.DIRECTOR, "Иванова А.А.", "МОУ № 2", List.of(), null,
                null)).token();
        Participant director = invitations.accept(token, MessengerAccounts.telegram(77, 77, "anna"));

        planner.plan();
        assertThat(states(director)).containsEntry("DEADLINE-7", ReminderState.PLANNED).containsEntry("DEADLINE-1", ReminderState.PLANNED);

        participants.setLeadDays(director.getId(), List.of(1));
        planner.plan();
        assertThat(states(director)).containsEntry("DEADLINE-7", ReminderState.CANCELLED).containsEntry("DEADLINE-1", ReminderState.PLANNED);

        participants.setLeadDays(director.getId(), List.of(7, 1));
        planner.plan();
        assertThat(states(director)).containsEntry("DEADLINE-7", ReminderState.PLANNED).containsEntry("DEADLINE-1", ReminderState.PLANNED);
        // planned again in the same row, not a second one
        assertThat(codes(director, ReminderState.PLANNED)).containsOnlyOnce("plan|DEADLINE-7");
        assertThat(codes(director, ReminderState.CANCELLED)).doesNotContain("plan|DEADLINE-7");
    }

    @Test
    void aRegistrationPlansThePersonAndAReimportReplansOnlyItsRoadmap() {
        importer.importContent("first.txt", roadmap("Отчёт о самодиагностике", "до 30.03.2022"), null);
        importer.importContent("second.txt", roadmap("План мероприятий", "до 25.03.2022"), null);
        String token = invitations.invite(new InvitationRequest(Role.DIRECTOR, "Петрова П.П.", "МОУ № 3", List.of(), null,
                null)).token();
        Participant director = invitations.accept(token, MessengerAccounts.telegram(78, 78, "petrova"));

        // nobody calls the planner: the registration did, after its commit
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(codes(director, ReminderState.PLANNED))
                .contains("first|DEADLINE-7", "second|DEADLINE-7"));

        // the first roadmap loses its row: its reminders are cancelled, the second roadmap's stay planned
        importer.importContent("first.txt", roadmap("Совсем другое мероприятие", "до 31.12.2022"), null);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(codes(director, ReminderState.CANCELLED))
                .contains("first|DEADLINE-7"));
        assertThat(codes(director, ReminderState.PLANNED)).contains("second|DEADLINE-7", "second|DEADLINE-1");
    }

    private static byte[] roadmap(String title, String schedule) {
        return String.join("\n", "Дорожная карта «500+» в 2022 году", "№ п/п\tМероприятие\tСроки\tОтветственные",
                "1.\t" + title + "\t" + schedule + "\tРуководители ОУ", "").getBytes(StandardCharsets.UTF_8);
    }

    /** "roadmap code|reminder code" of a person's reminders in a state. */
    private List<String> codes(Participant participant, ReminderState state) {
        return jdbc.queryForList("select r.code || '|' || m.kind from reminder m join activity a on a.id = m.activity_id "
                + "join roadmap r on r.id = a.roadmap_id where m.participant_id = ? and m.state = ?", String.class,
                participant.getId(), state.name());
    }

    /** A person's reminders of the roadmap "plan", by code. */
    private Map<String, ReminderState> states(Participant participant) {
        return jdbc.queryForList("select m.kind, m.state from reminder m join activity a on a.id = m.activity_id "
                        + "join roadmap r on r.id = a.roadmap_id where m.participant_id = ? and r.code = 'plan'",
                participant.getId()).stream()
                .collect(Collectors.toMap(row -> (String) row.get("KIND"), row -> ReminderState.valueOf((String) row.get("STATE"))));
    }
}
