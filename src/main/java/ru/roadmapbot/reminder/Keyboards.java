package ru.roadmapbot.reminder;

import java.util.List;

import ru.roadmapbot.messenger.Button;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Buttons of a queued message as JSON in one column. */
final class Keyboards {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<List<Button>>> ROWS = new TypeReference<>() {
    };

    private Keyboards() {
    }

    static String write(List<List<Button>> keyboard) {
        return keyboard == null || keyboard.isEmpty() ? null : JSON.writeValueAsString(keyboard);
    }

    static List<List<Button>> read(String json) {
        return json == null || json.isBlank() ? List.of() : JSON.readValue(json, ROWS);
    }
}
