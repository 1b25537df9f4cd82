package ru.roadmapbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.calendar.FeedOwner;
import ru.roadmapbot.calendar.FeedTokens;
import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.people.MessengerAccounts;

/** {@code calendar-link}: prints a feed's links, and rotates or revokes them so the old link stops working. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:calendar-link-command;DB_CLOSE_DELAY=-1")
class CalendarLinkCommandTests {

    private static final Set<String> VALUED = Set.of("participant", "school", "roadmap");
    private static final String LINKS = "http://localhost:8080/calendar/([A-Za-z0-9_-]{32})\\.ics\\R"
            + "webcal://localhost:8080/calendar/\\1\\.ics\\R";

    @Autowired
    CalendarLinkCommand command;

    @Autowired
    FeedTokens feedTokens;

    @Autowired
    Invitations invitations;

    @Autowired
    RoadmapImporter importer;

    @Autowired
    Roadmaps roadmaps;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return command.run(CommandArguments.parse(List.of(args), VALUED), new CliMessages(Locale.ROOT),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String token(String printed) {
        return printed.substring(printed.indexOf("/calendar/") + 10, printed.indexOf(".ics"));
    }

    @Test
    void printsTheSameLinkUntilItIsRotatedThenTheOldOneIsDead() {
        Participant director = invitations.accept(invitations.invite(new InvitationRequest(Role.DIRECTOR, "Иванова А.А.",
                "МБОУ Галицкая СОШ", List.of(), null, null)).token(), MessengerAccounts.telegram(81L, 81L, "anna"));
        String id = director.getId().toString();

        assertThat(run("--participant", id)).isZero();
        String first = printed();
        assertThat(first).matches(LINKS);
        assertThat(run("--participant", id)).isZero();
        assertThat(printed()).isEqualTo(first);

        assertThat(run("--participant", id, "--rotate")).isZero();
        assertThat(printed()).matches(LINKS).isNotEqualTo(first);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("404");
        assertThat(feedTokens.ownerOf(token(first))).isEmpty();
        assertThat(feedTokens.ownerOf(token(printed()))).contains(FeedOwner.participant(director.getId()));
    }

    @Test
    void revokedSchoolLinkStopsWorkingAndANewOneIsIssuedOnRequest() {
        assertThat(run("--school", "МБОУ Денисовская СОШ")).isZero();
        String school = token(printed());

        assertThat(run("--school", "МБОУ Денисовская СОШ", "--revoke")).isZero();
        assertThat(printed()).isEmpty();
        assertThat(feedTokens.ownerOf(school)).isEmpty();
        assertThat(run("--school", "МБОУ Денисовская СОШ", "--revoke")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("не было");

        assertThat(run("--school", "МБОУ Денисовская СОШ")).isZero();
        assertThat(token(printed())).isNotEqualTo(school);
    }

    @Test
    void roadmapIsFoundByItsCode() throws Exception {
        try (InputStream in = new ClassPathResource("demo/002_0994dfd4ec89aa3d.txt").getInputStream()) {
            importer.importContent("002_0994dfd4ec89aa3d.txt", in.readAllBytes(), null);
        }

        assertThat(run("--roadmap", "002_0994dfd4ec89aa3d")).isZero();

        assertThat(feedTokens.ownerOf(token(printed()))).contains(
                FeedOwner.roadmap(roadmaps.byCode("002_0994dfd4ec89aa3d").orElseThrow().getId()));
    }

    @Test
    void wrongRequestsAreRefusedWithAReason() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("calendar-link");
        assertThat(run("--school", "МОУ № 2", "--roadmap", "x")).isEqualTo(2);
        assertThat(run("--roadmap", "x", "--rotate", "--revoke")).isEqualTo(2);
        assertThat(run("--participant", "many")).isEqualTo(2);
        assertThat(run("--participant", "999999")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("999999");
        assertThat(run("--roadmap", "no-such-roadmap")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-such-roadmap");
        assertThat(out.size()).isZero();
    }
}
