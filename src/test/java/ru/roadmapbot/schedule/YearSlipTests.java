package ru.roadmapbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.roadmapbot.schedule.Parts.part;

import org.junit.jupiter.api.Test;

/** A range that runs backwards by a mistyped year digit is read as the short range meant, and flagged. */
class YearSlipTests {

    private final ScheduleParser parser = new ScheduleParser();

    @Test
    void endYearSlippedBackIsMendedAndFlagged() {
        Schedule schedule = parser.parse("с 01.01.2024 по 08.01.2023", 2024);

        assertThat(schedule.parts()).containsExactly(part("2024-01-01", "2024-01-08"));
        assertThat(schedule.reviewReasons()).containsExactly(ReviewReason.YEAR_TYPO);
    }

    @Test
    void slipInWordsIsMendedToo() {
        assertThat(parser.parse("28 октября 2023 – 06 ноября 2022", 2023).parts())
                .containsExactly(part("2023-10-28", "2023-11-06"));
        assertThat(parser.parse("15.05.2025-30.05.2024", 2024).parts()).containsExactly(part("2024-05-15", "2024-05-30"));
        assertThat(parser.parse("15.05.2025-30.05.2024", 2024).reviewReasons()).containsExactly(ReviewReason.YEAR_TYPO);
    }

    @Test
    void rangeThatStaysLongOrDiffersInMoreThanOneDigitIsAReversedRange() {
        Schedule long_ = parser.parse("01.12.2024 - 30.09.2023", 2024);
        assertThat(long_.reviewReasons()).containsExactly(ReviewReason.REVERSED_RANGE);
        Schedule farApart = parser.parse("01.03.2030 - 10.03.2029", 2029);
        assertThat(farApart.reviewReasons()).contains(ReviewReason.REVERSED_RANGE).doesNotContain(ReviewReason.YEAR_TYPO);
    }

    @Test
    void rangeInOrderIsNoSlip() {
        assertThat(parser.parse("с 01.09.2023 по 31.05.2024", 2024).needsReview()).isFalse();
        assertThat(parser.parse("ноябрь 2023 – январь 2024", 2024).needsReview()).isFalse();
    }
}
