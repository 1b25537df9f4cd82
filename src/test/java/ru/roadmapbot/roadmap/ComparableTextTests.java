package ru.roadmapbot.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Titles, headers and event words compared through one normalisation. */
class ComparableTextTests {

    @Test
    void caseYoAndRunsOfSpaceDoNotCount() {
        assertThat(ComparableText.of("  Отчёт\n о\u00A0\tРЕЗУЛЬТАТЕ ")).isEqualTo("отчет о результате");
    }

    @Test
    void titleWithANonBreakingSpaceIsTheSameTitle() {
        assertThat(ActivityMatcher.title("Круглый\u00A0стол")).isEqualTo(ActivityMatcher.title("круглый  стол"));
        assertThat(ActivityMatcher.title(" \u00A0")).isNull();
    }

    @Test
    void eventWordsAreFoundAcrossANonBreakingSpaceOrALineBreak() {
        assertThat(ActivityNature.isEvent("Круглый\u00A0стол для директоров")).isTrue();
        assertThat(ActivityNature.isEvent("Мастер\nкласс педагогов")).isTrue();
        assertThat(ActivityNature.isEvent("Мониторинг")).isFalse();
    }
}
