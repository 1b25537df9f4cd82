package ru.roadmapbot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Runs the commands that need no Spring context ({@code parse-dates}, {@code import --dry-run}) and tells the
 * application which arguments are such commands.
 */
public final class CommandLine {

    private static final Set<String> VALUED = Set.of("year", "roadmap", "role", "org", "name", "lang");

    private CommandLine() {
    }

    /** Whether these arguments are a quick command that runs without Spring. */
    public static boolean isQuickCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        return "parse-dates".equals(args[0])
                || ("import".equals(args[0]) && Arrays.asList(args).contains("--dry-run"));
    }

    /** Runs a quick command and returns its exit status. */
    public static int runQuickCommand(String[] args) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        CommandArguments arguments;
        CliMessages messages = CliMessages.forLanguage(languageOf(rest));
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
                default -> 2;
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
