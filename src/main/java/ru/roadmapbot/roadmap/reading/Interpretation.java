package ru.roadmapbot.roadmap.reading;

import java.util.List;
import ru.roadmapbot.roadmap.ActivityRow;

/**
 * What the interpreter made of a document.
 *
 * @param preamble the lines before the roadmap table (approval stamp, title), in order
 * @param rows     the activities
 */
record Interpretation(List<String> preamble, List<ActivityRow> rows) {

    Interpretation {
        preamble = List.copyOf(preamble);
        rows = List.copyOf(rows);
    }
}
