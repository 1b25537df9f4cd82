package ru.roadmapbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Nothing is dropped silently: a cell read with words left over goes to a person, with the words named. */
class UnplacedWordsTests {

    private final ScheduleParser parser = new ScheduleParser();

    private Schedule parse(String cell) {
        return parser.parse(cell, 2024);
    }

    @Test
    void unknownWordBesideADateIsFlaggedWithTheWord() {
        Schedule schedule = parse("апрель 2024, повторно — в мае");

        assertThat(schedule.reviewReasons()).contains(ReviewReason.UNPLACED_WORDS);
        assertThat(schedule.unplacedWords()).containsExactly("повторно");
        Schedule unknownCadence = parse("ежедекадно в течение 2024 года");
        assertThat(unknownCadence.reviewReasons()).containsExactly(ReviewReason.UNPLACED_WORDS);
        assertThat(unknownCadence.unplacedWords()).containsExactly("ежедекадно");
        assertThat(parse("март 2024 и ещё раз осенью").needsReview()).isTrue();
    }

    @Test
    void strayNumberIsFlaggedToo() {
        Schedule schedule = parse("до 01.06.2024 в 3 этапа");

        assertThat(schedule.parts()).extracting(SchedulePart::end).containsExactly(LocalDate.of(2024, 6, 1));
        assertThat(schedule.unplacedWords()).containsExactly("3", "этапа");
    }

    @Test
    void sliceOfWhatTheGrammarCannotSliceIsFlagged() {
        assertThat(parse("конец 1 четверти").unplacedWords()).containsExactly("конец");
        assertThat(parse("в конце каждой четверти").needsReview()).isFalse();
        assertThat(parse("в конце мая").needsReview()).isFalse();
    }

    @Test
    void knownFillerIsNoUnknownWord() {
        for (String cell : new String[]{"до 01.04.2024 включительно", "срок до 01.04.2024 г.", "апрель 2024 г.",
                "до конца текущего года", "на постоянной основе", "2024-2025 гг.", "не позднее чем 15.05.2024"}) {
            Schedule schedule = parse(cell);
            assertThat(schedule.parts()).as(cell).isNotEmpty();
            assertThat(schedule.reviewReasons()).as(cell).doesNotContain(ReviewReason.UNPLACED_WORDS);
        }
    }

    @Test
    void namesOfPlansAndQuotedNamesAreNoUnknownWords() {
        for (String cell : new String[]{"По плану ГБУ ДПО РД «ДИРО» октябрь 2024", "в ходе реализации проекта «500+»",
                "по мере поступления бюджетных средств в течение учебного года", "апрель 2024 (по графику ЦОКО)"}) {
            assertThat(parse(cell).reviewReasons()).as(cell).doesNotContain(ReviewReason.UNPLACED_WORDS);
        }
    }
}
