package ru.roadmapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.roadmapbot.MovableClock;
import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.people.MessengerAccounts;

/** Monday 09:00 local: the coordinator's digest of schools, once a week. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:weekly-digests;DB_CLOSE_DELAY=-1")
class WeeklyDigestsTests {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2022-03-20T12:00:00Z"));

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    WeeklyDigests digests;

    @Autowired
    RoadmapImporter importer;

    @Autowired
    Invitations invitations;

    @Autowired
    Confirmations confirmations;

    @Autowired
    Roadmaps activities;

    @Autowired
    JdbcTemplate jdbc;

    private Participant register(Role role, String name, String organization, long user) {
        String token = invitations.invite(new InvitationRequest(role, name, organization, List.of(), null, null)).token();
        return invitations.accept(token, MessengerAccounts.telegram(user, user, "u" + user));
    }

    @Test
    void coordinatorGetsEachSchoolsDoneInProgressAndOverdueOnMondayMorningOnce() {
        importer.importContent("plan.txt", String.join("\n", "Дорожная карта «500+» в 2022 году",
                "№ п/п\tМероприятие\tСроки\tОтветственные",
                "1.\tОтчёт о самодиагностике\tдо 10.03.2022\tРуководители ОУ",
                "2.\tПлан работы с родителями\tдо 15.03.2022\tРуководители ОУ", "").getBytes(StandardCharsets.UTF_8), null);
        Participant galitskaya = register(Role.DIRECTOR, "Иванова А.А.", "МБОУ Галицкая СОШ", 11);
        register(Role.DIRECTOR, "Петрова Б.Б.", "МБОУ Денисовская СОШ", 12);
        register(Role.MUNICIPAL_COORDINATOR, "Зыкова М.В.", "МКУ «УО»", 13);
        Long report = activities.currentActivities().stream().filter(a -> "1.".equals(a.getNumber())).findFirst().orElseThrow().getId();
        confirmations.report(report, LocalDate.parse("2022-03-10"), galitskaya.getId(), TaskState.DONE);

        CLOCK.setTo(Instant.parse("2022-03-21T05:59:00Z")); // Monday 08:59 in Moscow
        assertThat(digests.send()).isZero();

        CLOCK.setTo(Instant.parse("2022-03-21T06:00:00Z")); // Monday 09:00
        assertThat(digests.send()).isEqualTo(1);
        assertThat(digests.send()).isZero();

        String digest = jdbc.queryForObject("select html from outbox where dedup_key like 'digest:%'", String.class);
        assertThat(digest).contains("МБОУ Галицкая СОШ: ✅ 1 / ⏳ 0 / ⚠️ 1", "МБОУ Денисовская СОШ: ✅ 0 / ⏳ 0 / ⚠️ 2",
                "План работы с родителями");
    }
}
