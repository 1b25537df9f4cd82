package ru.roadmapbot.roadmap.reading;

import ru.roadmapbot.roadmap.ComparableText;

/** Recognizes header cells: short labels whose words name a {@link ColumnKind}. */
final class HeaderMatcher {

    /** Longer cells are activity text that happens to contain a header word ("Мониторинг результатов ..."). */
    private static final int MAX_HEADER_LENGTH = 80;

    private HeaderMatcher() {
    }

    static ColumnKind kindOf(String cell) {
        String normalized = ComparableText.of(cell);
        if (normalized.isEmpty() || normalized.length() > MAX_HEADER_LENGTH) {
            return null;
        }
        return ColumnKind.of(normalized);
    }
}
