package ru.roadmapbot.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mozilla's ical.js (npm, the parser inside Thunderbird) run by node on a feed: {@code src/test/calendar/expand.js}
 * prints the calendar and each event with its occurrences in a window, as a client in zone {@code tz} shows them.
 */
public final class IcalJs {

    private static final Path DIRECTORY = Path.of("src/test/calendar");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IcalJs() {
    }

    public static JsonNode read(byte[] ics, String tz, LocalDate from, LocalDate to) {
        if (!Files.isDirectory(DIRECTORY.resolve("node_modules/ical.js"))) {
            throw new IllegalStateException("ical.js is not installed: run `npm install --prefix " + DIRECTORY
                    + "` (the Maven build does it when Node.js is on the PATH; .ci/run installs Node.js)");
        }
        try {
            Path file = Files.createTempFile("feed", ".ics");
            try {
                Files.write(file, ics);
                ProcessBuilder builder = new ProcessBuilder("node", "expand.js", file.toAbsolutePath().toString(),
                        from.toString(), to.toString()).directory(DIRECTORY.toFile());
                builder.environment().put("TZ", tz);
                Path output = Files.createTempFile("ical-js", ".json");
                builder.redirectOutput(output.toFile()).redirectErrorStream(false);
                Process process = builder.start();
                String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("ical.js did not finish");
                }
                String json = Files.readString(output);
                Files.deleteIfExists(output);
                if (process.exitValue() != 0) {
                    throw new AssertionError("ical.js could not read the feed: " + errors);
                }
                return JSON.readTree(json);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode event(JsonNode calendar, String uid) {
        for (JsonNode event : calendar.get("events")) {
            if (event.get("uid").asString().equals(uid)) {
                return event;
            }
        }
        throw new AssertionError("no event " + uid + " in the feed");
    }

    static List<String> starts(JsonNode event) {
        List<String> starts = new ArrayList<>();
        event.get("occurrences").forEach(o -> starts.add(o.get("start").asString()));
        return starts;
    }
}
