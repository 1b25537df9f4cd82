package ru.roadmapbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewReasonTests {

    @Test
    void everyReasonIsFoundByItsStoredCode() {
        for (ReviewReason reason : ReviewReason.values()) {
            assertThat(ReviewReason.ofCode(reason.code())).contains(reason);
        }
    }

    @Test
    void unknownCodeFindsNoReason() {
        assertThat(ReviewReason.ofCode("retired-reason")).isEmpty();
        assertThat(ReviewReason.ofCode(null)).isEmpty();
    }
}
