package ru.roadmapbot.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.people.MessengerAccounts;

/**
 * Who may decide on a "done" and open its proof, and that every change of a status is news of its own: a second
 * "done" after a return reaches the curator again, and
 * one pressed in two messengers at the same moment is one change. On H2 with the real schema; notices land in the outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:confirmations;DB_CLOSE_DELAY=-1", "roadmapbot.clock.fixed=2022-03-01T09:00:00+03:00"})
class ConfirmationsTests {

    private static final LocalDate DUE = LocalDate.parse("2022-03-10");

    @Autowired
    Confirmations confirmations;

    @Autowired
    RoadmapImporter importer;

    @Autowired
    Invitations invitations;

    @Autowired
    Roadmaps activities;

    @Autowired
    JdbcTemplate jdbc;

    private Participant director;
    private Participant curator;
    private Participant otherCurator;
    private Participant otherDirector;
    private Participant coordinator;
    private Long activity;
    private static long nextUser = 100;

    private Participant register(Role role, String name, String organization, List<String> schools) {
        long user = nextUser++;
        String token = invitations.invite(new InvitationRequest(role, name, organization, schools, null, null)).token();
        return invitations.accept(token, MessengerAccounts.telegram(user, user, "u" + user));
    }

    @BeforeEach
    void people() {
        importer.importContent("plan.txt", String.join("\n", "Дорожная карта «500+» в 2022 году",
                "№ п/п\tМероприятие\tСроки\tОтветственные",
                "1.\tОтчёт о самодиагностике\tдо 10.03.2022\tРуководители ОУ", "").getBytes(StandardCharsets.UTF_8), null);
        activity = activities.currentActivities().get(0).getId();
        String suffix = " " + nextUser;
        director = register(Role.DIRECTOR, "Иванова А.А.", "МОУ № 2" + suffix, List.of());
        otherDirector = register(Role.DIRECTOR, "Петрова Б.Б.", "МОУ № 7" + suffix, List.of());
        curator = register(Role.CURATOR, "Кураторова К.К.", "МОУ № 1", List.of("МОУ № 2" + suffix));
        otherCurator = register(Role.CURATOR, "Другая Д.Д.", "МОУ № 1", List.of("МОУ № 7" + suffix));
        coordinator = register(Role.MUNICIPAL_COORDINATOR, "Зыкова М.В.", "МКУ «УО»", List.of());
    }

    @Test
    void onlyTheSchoolsCuratorOrACoordinatorMayDecideAndOnlyOnADone() {
        TaskStatus status = confirmations.report(activity, DUE, director.getId(), TaskState.IN_PROGRESS);

        assertThat(confirmations.review(status.getId(), curator, true)).isEqualTo(ReviewOutcome.NOT_REVIEWABLE);
        confirmations.report(activity, DUE, director.getId(), TaskState.DONE);
        assertThat(confirmations.review(status.getId(), otherCurator, true)).isEqualTo(ReviewOutcome.NOT_ALLOWED);
        assertThat(confirmations.review(status.getId(), otherDirector, true)).isEqualTo(ReviewOutcome.NOT_ALLOWED);
        assertThat(confirmations.review(status.getId(), director, true)).isEqualTo(ReviewOutcome.NOT_ALLOWED);
        assertThat(confirmations.status(status.getId())).get().extracting(TaskStatus::getState).isEqualTo(TaskState.DONE);

        assertThat(confirmations.review(status.getId(), curator, false)).isEqualTo(ReviewOutcome.REVIEWED);
        assertThat(confirmations.review(status.getId(), coordinator, true)).isEqualTo(ReviewOutcome.REVIEWED);
        assertThat(confirmations.status(status.getId())).get().extracting(TaskStatus::getState).isEqualTo(TaskState.APPROVED);
        assertThat(confirmations.review(Long.MAX_VALUE, coordinator, true)).isEqualTo(ReviewOutcome.NOT_ALLOWED);
    }

    @Test
    void aProofOpensForItsSenderTheSchoolsCuratorAndCoordinatorsOnly() {
        TaskStatus status = confirmations.report(activity, DUE, director.getId(), TaskState.DONE);
        ProofFile proof = confirmations.attachProof(status.getId(), "протокол.pdf", "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        assertThat(confirmations.proofFor(proof.getId(), director)).get().extracting(ProofFile::getFileName)
                .isEqualTo("протокол.pdf");
        assertThat(confirmations.proofFor(proof.getId(), curator)).isPresent();
        assertThat(confirmations.proofFor(proof.getId(), coordinator)).isPresent();
        assertThat(confirmations.proofFor(proof.getId(), otherCurator)).isEmpty();
        assertThat(confirmations.proofFor(proof.getId(), otherDirector)).isEmpty();
        assertThat(confirmations.proofFor(Long.MAX_VALUE, coordinator)).isEmpty();
    }

    @Test
    void aSecondDoneAfterAReturnReachesTheCuratorAgainAndSoDoesEachDecision() {
        TaskStatus status = confirmations.report(activity, DUE, director.getId(), TaskState.DONE);
        confirmations.review(status.getId(), curator, false);
        confirmations.explainReturn(status.getId(), curator.getId(), "Нет протокола");
        confirmations.report(activity, DUE, director.getId(), TaskState.DONE);
        confirmations.review(status.getId(), curator, false);

        // notices are made after commit, off this thread (the event publication registry)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(outboxTexts(curator)).filteredOn(text -> text.contains("отметил(а) выполненным")).hasSize(2);
            assertThat(outboxTexts(director)).filteredOn(text -> text.contains("вернул(а) на доработку")).hasSize(3);
        });
        assertThat(outboxTexts(otherCurator)).isEmpty();
    }

    @Test
    void doneFromTwoMessengersAtTheSameMomentCountsOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                LocalDate due = DUE.plusDays(100 + round);
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<TaskStatus> press = () -> {
                    together.await();
                    return confirmations.report(activity, due, director.getId(), TaskState.DONE);
                };
                Future<TaskStatus> telegram = pool.submit(press);
                Future<TaskStatus> max = pool.submit(press);

                assertThat(telegram.get(10, TimeUnit.SECONDS).getId()).isEqualTo(max.get(10, TimeUnit.SECONDS).getId());
                assertThat(jdbc.queryForObject("select count(*) from status_history h join task_status s on s.id = h.status_id"
                        + " where s.activity_id = ? and s.due_date = ? and s.participant_id = ?", Integer.class,
                        activity, due, director.getId())).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> outboxTexts(Participant to) {
        return jdbc.queryForList("select html from outbox where participant_id = ? order by id", String.class, to.getId());
    }
}
