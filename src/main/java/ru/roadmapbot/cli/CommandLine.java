package ru.roadmapbot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line. {@code parse-dates} and {@code import --dry-run} run without Spring, so they answer in about a
 * second; {@code import} starts the application without its web server and bot, does its work and exits.
 */
public final class CommandLine {

    private static final Set<String> VALUED = Set.of("year", "roadmap", "role", "org", "name", "lang", "timezone", "territory", "login",
            "schools", "participant", "school");

    private CommandLine() {
    }

    /** Whether these arguments are a quick command that runs without Spring. */
    public static boolean isQuickCommand(String[] args) {
        return args.length > 0 && ("parse-dates".equals(args[0])
                || ("import".equals(args[0]) && Arrays.asList(args).contains("--dry-run")));
    }

    /** Whether these arguments are a command that needs the application context (but no web server). */
    public static boolean isContextCommand(String[] args) {
        return args.length > 0 && Set.of("import", "invite", "calendar-link", "admin").contains(args[0]);
    }

    /** Runs a quick command and returns its exit status. */
    public static int runQuickCommand(String[] args) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        CliMessages messages = CliMessages.forLanguage(languageOf(rest));
        CommandArguments arguments;
        try {
            arguments = CommandArguments.parse(rest, VALUED);
        } catch (IllegalArgumentException e) {
            System.err.println(messages.get("cli.bad-option", e.getMessage()));
            return 2;
        }
        try {
            return switch (args[0]) {
                case "parse-dates" -> new ParseDatesCommand(Clock.systemDefaultZone(), messages)
                        .run(arguments, System.in, System.out, System.err);
                case "import" -> new DryRunCommand(Clock.systemDefaultZone(), messages).run(arguments, System.out, System.err);
                default -> 2;
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command inside the application context (no web server, no bot) and returns its exit status. */
    public static int runContextCommand(Class<?> application, String[] args) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        CliMessages messages = CliMessages.forLanguage(languageOf(rest));
        CommandArguments arguments;
        try {
            arguments = CommandArguments.parse(rest, VALUED);
        } catch (IllegalArgumentException e) {
            System.err.println(messages.get("cli.bad-option", e.getMessage()));
            return 2;
        }
        SpringApplication spring = new SpringApplication(application);
        spring.setWebApplicationType(WebApplicationType.NONE);
        spring.setBannerMode(Banner.Mode.OFF);
        spring.setLogStartupInfo(false);
        spring.setDefaultProperties(Map.of(
                "logging.level.root", "WARN",
                "roadmapbot.telegram.enabled", "false",
                "roadmapbot.delivery.enabled", "false",
                "spring.quartz.auto-startup", "false"));
        List<String> springArgs = new ArrayList<>(arguments.overrides());
        try (ConfigurableApplicationContext context = spring.run(springArgs.toArray(String[]::new))) {
            return switch (args[0]) {
                case "import" -> context.getBean(ImportCommand.class).run(arguments, messages, System.err);
                case "invite" -> context.getBean(InviteCommand.class).run(arguments, messages, System.out, System.err);
                case "calendar-link" ->
                        context.getBean(CalendarLinkCommand.class).run(arguments, messages, System.out, System.err);
                case "admin" -> context.getBean(AdminCommand.class).run(arguments, messages, System.in, System.out, System.err);
                default -> 2;
            };
        }
    }

    private static String languageOf(List<String> args) {
        for (String arg : args) {
            if (arg.startsWith("--roadmapbot.language=")) {
                return arg.substring("--roadmapbot.language=".length());
            }
        }
        return null;
    }
}
