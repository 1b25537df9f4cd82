package ru.roadmapbot.cli;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** JSON lines for the command line: compact, ISO dates, Cyrillic as is. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static ObjectWriter writer() {
        return MAPPER.writer();
    }
}
