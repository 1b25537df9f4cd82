package ru.roadmapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.RoadmapImporter;

/** Reminders follow a person's lead days both ways: ones no longer wanted are cancelled, and planned again when wanted. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:reminder-planner;DB_CLOSE_DELAY=-1", "roadmapbot.clock.fixed=2022-03-01T09:00:00+03:00"})
class ReminderPlannerTests {

    @Autowired
    ReminderPlanner planner;

    @Autowired
    ReminderRepository reminders;

    @Autowired
    RoadmapImporter importer;

    @Autowired
    Invitations invitations;

    @Autowired
    Participants participants;

    @Test
    void aLeadDayTakenAwayAndGivenBackIsPlannedAgain() {
        importer.importContent("plan.txt", String.join("\n", "Дорожная карта «500+» в 2022 году",
                "№ п/п\tМероприятие\tСроки\tОтветственные",
                "1.\tОтчёт о самодиагностике\tдо 30.03.2022\tРуководители ОУ", "").getBytes(StandardCharsets.UTF_8), null);
        String token = invitations.invite(new InvitationRequest(Role.DIRECTOR, "Иванова А.А.", "МОУ № 2", List.of(), null,
                null)).token();
        Participant director = invitations.accept(token, 77, 77, "anna");

        planner.plan();
        assertThat(states(director)).containsEntry("DEADLINE-7", ReminderState.PLANNED).containsEntry("DEADLINE-1", ReminderState.PLANNED);

        participants.setLeadDays(director.getId(), List.of(1));
        planner.plan();
        assertThat(states(director)).containsEntry("DEADLINE-7", ReminderState.CANCELLED).containsEntry("DEADLINE-1", ReminderState.PLANNED);

        participants.setLeadDays(director.getId(), List.of(7, 1));
        planner.plan();
        assertThat(states(director)).containsEntry("DEADLINE-7", ReminderState.PLANNED).containsEntry("DEADLINE-1", ReminderState.PLANNED);
        assertThat(reminders.findAll()).filteredOn(r -> r.getCode().equals("DEADLINE-7")).hasSize(1);
    }

    private Map<String, ReminderState> states(Participant participant) {
        return reminders.findAll().stream().filter(r -> r.getParticipantId().equals(participant.getId()))
                .collect(Collectors.toMap(Reminder::getCode, Reminder::getState));
    }
}
