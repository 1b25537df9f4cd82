package ru.roadmapbot.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arguments of a command: its own options ({@code --year 2022}, {@code --dry-run}), positional arguments, and
 * the application's configuration overrides ({@code --spring.datasource.url=...}) passed through to Spring.
 */
final class CommandArguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> overrides = new ArrayList<>();

    private CommandArguments() {
    }

    /**
     * @param args    everything after the command name
     * @param valued  option names that take a value ("year", "roadmap")
     */
    static CommandArguments parse(List<String> args, Set<String> valued) {
        CommandArguments parsed = new CommandArguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                parsed.positional.add(arg);
                continue;
            }
            String body = arg.substring(2);
            int equals = body.indexOf('=');
            String name = equals < 0 ? body : body.substring(0, equals);
            if (valued.contains(name)) {
                String value = equals >= 0 ? body.substring(equals + 1) : (i + 1 < args.size() ? args.get(++i) : null);
                if (value == null) {
                    throw new IllegalArgumentException(name);
                }
                parsed.options.put(name, value);
            } else if (name.contains(".")) {
                parsed.overrides.add(arg);
                if (equals >= 0) {
                    parsed.options.put(name, body.substring(equals + 1));
                }
            } else {
                parsed.options.put(name, equals >= 0 ? body.substring(equals + 1) : "true");
            }
        }
        return parsed;
    }

    List<String> positional() {
        return positional;
    }

    boolean flag(String name) {
        return "true".equals(options.get(name));
    }

    String option(String name) {
        return options.get(name);
    }

    Integer intOption(String name) {
        String value = options.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name);
        }
    }

    /** Configuration overrides to hand to Spring, as written. */
    List<String> overrides() {
        return overrides;
    }
}
