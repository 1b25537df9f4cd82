package ru.roadmapbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.roadmapbot.schedule.Parts.part;

import org.junit.jupiter.api.Test;

/** Words typed with Latin letters that look Cyrillic read as the Cyrillic words they imitate. */
class LookAlikesTests {

    private final ScheduleParser parser = new ScheduleParser();

    private Schedule parse(String cell) {
        return parser.parse(cell, 2024);
    }

    @Test
    void monthWithALatinLetterIsThatMonth() {
        assertThat(parse("15 aпреля 2024 года").parts()).containsExactly(part("2024-04-15", "2024-04-15"));
        assertThat(parse("мaрт 2024").parts()).containsExactly(part("2024-03-01", "2024-03-31"));
        assertThat(parse("Mая 2024").parts()).containsExactly(part("2024-05-01", "2024-05-31"));
        assertThat(parse("ceнтябрь – oктябрь").parts()).containsExactly(part("2024-09-01", "2024-10-31"));
        assertThat(parse("ДEKAБPЬ").parts()).containsExactly(part("2024-12-01", "2024-12-31"));
    }

    @Test
    void otherWordsWithLatinLettersAreReadToo() {
        assertThat(parse("в тeчениe гoдa").parts()).containsExactly(part("2024-01-01", "2024-12-31"));
        assertThat(parse("eжeмесячно").recurrence()).isEqualTo(Recurrence.of(Frequency.MONTHLY, 1));
        assertThat(parse("15 aпреля 2024 года").needsReview()).isFalse();
    }

    @Test
    void romanNumeralsStayLatin() {
        assertThat(parse("IV квартал").parts()).containsExactly(part("2024-10-01", "2024-12-31"));
        assertThat(parse("c 1 по 5 марта").parts()).containsExactly(part("2024-03-01", "2024-03-05"));
    }
}
