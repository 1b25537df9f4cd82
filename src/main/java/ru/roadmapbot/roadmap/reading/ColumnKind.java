package ru.roadmapbot.roadmap.reading;

import java.util.List;

/**
 * The columns a roadmap table can have, each with the header words that name it. Declared from the most specific
 * rule to the most general, because one header can hold words of two kinds: "Ответственный исполнитель" is a
 * responsible party, "Контроль за исполнением" a controller, "Региональный показатель реализации" a result, and
 * "Срок проведения мероприятия" a schedule, not a title.
 */
enum ColumnKind {
    NUMBER(List.of("№", "п/п", "п.п", "номер")),
    INFORMATION_SUPPORT(List.of("информационное сопровождение")),
    CONTROLLER(List.of("контрол")),
    EXPECTED_RESULT(List.of("результат", "показател")),
    RESPONSIBLE(List.of("ответствен", "исполнител")),
    SCHEDULE(List.of("срок", "дата", "даты", "период")),
    TITLE(List.of("мероприят", "задач", "описание", "наименование", "содержание"));

    private final List<String> stems;

    ColumnKind(List<String> stems) {
        this.stems = stems;
    }

    /** The kind a header cell names, or null; the cell must already be {@link ru.roadmapbot.roadmap.ComparableText#of normalized}. */
    static ColumnKind of(String normalizedHeader) {
        for (ColumnKind kind : values()) {
            for (String stem : kind.stems) {
                if (normalizedHeader.contains(stem)) {
                    return kind;
                }
            }
        }
        return null;
    }
}
