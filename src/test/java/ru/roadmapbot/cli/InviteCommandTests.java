package ru.roadmapbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import ru.roadmapbot.people.BotIdentity;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.MessengerAccounts;
import ru.roadmapbot.messenger.Channel;

/** {@code invite}: prints a working deep link once the bot's name is known, and refuses incomplete requests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:invite-command;DB_CLOSE_DELAY=-1")
class InviteCommandTests {

    private static final Set<String> VALUED = Set.of("role", "org", "name", "schools", "timezone");

    @Autowired
    InviteCommand command;

    @Autowired
    BotIdentity botIdentity;

    @Autowired
    Invitations invitations;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return command.run(CommandArguments.parse(List.of(args), VALUED), new CliMessages(Locale.ROOT),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheDeepLinkThatRegistersTheInvitedDirector() {
        botIdentity.remember(Channel.TELEGRAM, "roadmap500_bot");

        int status = run("--role", "director", "--org", "МБОУ Галицкая СОШ", "--name", "Иванова А.А.");

        assertThat(status).isZero();
        String link = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertThat(link).matches("https://t\\.me/roadmap500_bot\\?start=[A-Za-z0-9_-]{32}");
        Participant director = invitations.accept(link.substring(link.indexOf("start=") + 6), MessengerAccounts.telegram(42L, 42L, "anna"));
        assertThat(director.getOrganization().getName()).isEqualTo("МБОУ Галицкая СОШ");
    }

    @Test
    void printsALinkPerMessengerWhoseBotIsKnownTelegramFirst() {
        botIdentity.remember(Channel.TELEGRAM, "roadmap500_bot");
        botIdentity.remember(Channel.MAX, "roadmap500_max_bot");

        int status = run("--role", "director", "--org", "МОУ № 9", "--name", "Сидорова С.С.");

        assertThat(status).isZero();
        List<String> links = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(links).hasSize(2);
        String token = links.get(0).substring(links.get(0).indexOf("start=") + 6);
        assertThat(links.get(0)).matches("https://t\\.me/roadmap500_bot\\?start=[A-Za-z0-9_-]{32}");
        assertThat(links.get(1)).isEqualTo("https://max.ru/roadmap500_max_bot?start=" + token);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Telegram, MAX");
        Participant director = invitations.accept(token, MessengerAccounts.max(7700L, "sidorova"));
        assertThat(director.getOrganization().getName()).isEqualTo("МОУ № 9");
    }

    @Test
    void curatorGetsSchoolsAndZone() {
        int status = run("--role", "curator", "--org", "МОУ № 1", "--name", "Петров П.П.", "--schools", "МОУ № 2, МОУ № 7",
                "--timezone", "Asia/Yekaterinburg");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isNotBlank();
    }

    @Test
    void incompleteOrWrongRequestsAreRefusedWithAReason() {
        assertThat(run("--role", "director", "--name", "Иванова А.А.")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--org");
        assertThat(run("--role", "wizard", "--name", "X")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("wizard");
        assertThat(run("--role", "curator", "--name", "X", "--timezone", "Mars/Olympus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Mars/Olympus");
        assertThat(out.size()).isZero();
    }
}
