package ru.roadmapbot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line. {@code parse-dates} and {@code import --dry-run} run without Spring, so they answer in about a
 * second; {@code import}, {@code invite} and {@code calendar-link} start only the part of the application they need
 * ({@link CommandContext}); {@code help}, {@code --help} and a command that does not exist print the usage.
 */
public final class CommandLine {

    private static final Set<String> VALUED = Set.of("year", "roadmap", "role", "org", "name", "lang", "timezone",
            "schools", "participant", "school", "territory", "login");

    private static final Set<String> HELP = Set.of("help", "--help", "-h");
    private static final Set<String> QUICK_COMMANDS = Set.of("parse-dates");
    private static final Set<String> CONTEXT_COMMANDS = Set.of("import", "invite", "calendar-link", "admin");

    private CommandLine() {
    }

    /**
     * Whether these arguments are for the command line rather than for starting the application: a first argument
     * that is a word (a command, known or not) or a request for help. Options alone ({@code --demo},
     * {@code --spring.profiles.active=postgres}) start the application.
     */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (HELP.contains(args[0]) || !args[0].startsWith("-"));
    }

    /**
     * Whether the command needs none of the libraries (Spring, POI, the database): parse-dates, help, the usage of a
     * command, an unknown command. {@link QuickLauncher} runs those without Spring Boot's launcher.
     */
    public static boolean runsWithoutLibraries(String[] args) {
        if (!isCommand(args)) {
            return false;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        // parse-dates, and any word that is not a command: it gets the usage
        return HELP.contains(args[0]) || rest.contains("--help") || rest.contains("-h")
                || !CONTEXT_COMMANDS.contains(args[0]);
    }

    /** Runs a command for which {@link #runsWithoutLibraries} holds. */
    public static int runWithoutLibraries(String[] args) {
        return run(null, args);
    }

    /** Runs the command the arguments name and returns its exit status (0 done, 1 failed, 2 wrong usage). */
    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.in, System.out, System.err);
    }

    static int run(Class<?> application, String[] args, InputStream in, PrintStream out, PrintStream err) {
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        CliMessages messages = CliMessages.forLanguage(languageOf(rest));
        if (HELP.contains(command) || rest.contains("--help") || rest.contains("-h")) {
            out.println(messages.get("cli.usage"));
            return 0;
        }
        if (!QUICK_COMMANDS.contains(command) && !CONTEXT_COMMANDS.contains(command)) {
            err.println(messages.get("cli.unknown-command", command));
            err.println(messages.get("cli.usage"));
            return 2;
        }
        CommandArguments arguments;
        try {
            arguments = CommandArguments.parse(rest, VALUED);
        } catch (IllegalArgumentException e) {
            err.println(messages.get("cli.bad-option", e.getMessage()));
            return 2;
        }
        try {
            if (QUICK_COMMANDS.contains(command) || ("import".equals(command) && arguments.flag("dry-run"))) {
                return runQuick(command, arguments, messages, in, out, err);
            }
            return runInContext(application, command, arguments, messages, in, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** parse-dates and import --dry-run: no Spring, no database. */
    private static int runQuick(String command, CommandArguments arguments, CliMessages messages, InputStream in,
                                PrintStream out, PrintStream err) throws IOException {
        Clock clock;
        try {
            clock = CliClock.of(arguments);
        } catch (IllegalArgumentException e) {
            err.println(messages.get("cli.bad-option", e.getMessage()));
            return 2;
        }
        if ("parse-dates".equals(command)) {
            return new ParseDatesCommand(clock, messages).run(arguments, in, out, err);
        }
        return new DryRunCommand(clock, messages).run(arguments, out, err);
    }

    private static int runInContext(Class<?> application, String command, CommandArguments arguments,
                                    CliMessages messages, InputStream in, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext context = CommandContext.start(application, arguments.overrides())) {
            return switch (command) {
                case "import" -> context.getBean(ImportCommand.class).run(arguments, messages, err);
                case "invite" -> context.getBean(InviteCommand.class).run(arguments, messages, out, err);
                case "admin" -> context.getBean(AdminCommand.class).run(arguments, messages, in, out, err);
                default -> context.getBean(CalendarLinkCommand.class).run(arguments, messages, out, err);
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
