package ru.roadmapbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

import ru.roadmapbot.account.Account;
import ru.roadmapbot.account.Accounts;

/**
 * {@code admin create} and {@code admin password}: accounts with the password from stdin, hashed, never printed;
 * wrong requests refused with a reason and exit status 2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:admin-command;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
class AdminCommandTests {

    private static final Set<String> VALUED = Set.of("login", "role", "territory");

    @Autowired
    AdminCommand command;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String password, String... args) {
        out.reset();
        err.reset();
        return command.run(CommandArguments.parse(List.of(args), VALUED), new CliMessages(Locale.ROOT),
                new ByteArrayInputStream(password.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void createsARegionalAccountWithTheHashOfThePasswordFromStdin(CapturedOutput logs) {
        int status = run("Очень-длинный-пароль\n", "create", "--login", "region", "--role", "regional",
                "--territory", "Вологодская область");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("«region»", "региональный координатор");
        Account account = accounts.byLogin("region").orElseThrow();
        assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("Очень-длинный-пароль");
        assertThat(encoder.matches("Очень-длинный-пароль", account.getPasswordHash())).isTrue();
        assertThat(logs.getAll() + out + err).doesNotContain("Очень-длинный-пароль");
    }

    @Test
    void aNewPasswordSignsTheAccountsSessionsOut() {
        assertThat(run("первый-пароль-123\n", "create", "--login", "kharovo", "--role", "municipal", "--territory",
                "Харовский муниципальный район, Вологодская область")).isZero();
        int epoch = accounts.byLogin("kharovo").orElseThrow().getSessionEpoch();

        assertThat(run("второй-пароль-456\n", "password", "--login", "kharovo")).isZero();

        Account account = accounts.byLogin("kharovo").orElseThrow();
        assertThat(encoder.matches("второй-пароль-456", account.getPasswordHash())).isTrue();
        assertThat(account.getSessionEpoch()).isGreaterThan(epoch);
    }

    @Test
    void wrongRequestsAreRefusedWithAReason() {
        assertThat(run("короткий\n", "create", "--login", "short", "--role", "regional")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("не меньше 10");
        assertThat(run("достаточно-длинный\n", "create", "--login", "muni", "--role", "municipal")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("муниципальному координатору нужен муниципалитет");
        assertThat(run("достаточно-длинный\n", "create", "--login", "x", "--role", "wizard")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("admin create");
        assertThat(run("", "create", "--login", "nopass", "--role", "regional")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Пароль не введён");
        assertThat(run("достаточно-длинный\n", "password", "--login", "nobody")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Учётной записи «nobody» нет");
        assertThat(accounts.byLogin("short")).isEmpty();
    }
}
