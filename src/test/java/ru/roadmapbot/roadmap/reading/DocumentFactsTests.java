package ru.roadmapbot.roadmap.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFactsTests {

    @Test
    void approvalDateIsReadInEveryWayStampsWriteIt() {
        assertThat(DocumentFacts.approvedOn(List.of("УТВЕРЖДЕНА", "от 20 марта 2022 года № 20/1")))
                .isEqualTo(LocalDate.of(2022, 3, 20));
        assertThat(DocumentFacts.approvedOn(List.of("от 29.03.2021 № 104"))).isEqualTo(LocalDate.of(2021, 3, 29));
        assertThat(DocumentFacts.approvedOn(List.of("Утвержден приказом управления", "от 09.03.2022 №41")))
                .isEqualTo(LocalDate.of(2022, 3, 9));
        assertThat(DocumentFacts.approvedOn(List.of("ПРИКАЗ", "начальника управления", "14.02.2022_", "№ 50 __")))
                .isEqualTo(LocalDate.of(2022, 2, 14));
    }

    @Test
    void dateCitedInALongSentenceIsNotTheApproval() {
        assertThat(DocumentFacts.approvedOn(List.of("В соответствии с Федеральным законом от 29.12.2020 № 273-ФЗ"
                + " «Об образовании в Российской Федерации», в целях реализации федерального проекта адресной"
                + " методической помощи")))
                .isNull();
        assertThat(DocumentFacts.approvedOn(List.of("14.02.2022"))).as("a bare date far from any order").isNull();
    }

    @Test
    void titleSkipsTheOrderSubjectAndSentences() {
        List<String> preamble = List.of(
                "*Об утверждении плана-графика",
                "(дорожной карты) мероприятий по проекту*",
                "1. Утвердить план-график (дорожную карту) мероприятий (прилагается).",
                "План-график",
                "(дорожная карта) мероприятий по проекту «500+»");

        assertThat(DocumentFacts.title(preamble)).isEqualTo("План-график (дорожная карта) мероприятий по проекту «500+»");
    }

    @Test
    void yearComesFromTheTitleThenTheApprovalThenTheSections() {
        assertThat(DocumentFacts.of(List.of("Дорожная карта на 2023 год", "от 01.12.2022 № 1"), List.of()).year())
                .isEqualTo(2023);
        assertThat(DocumentFacts.of(List.of("Дорожная карта", "от 01.12.2022 № 1"), List.of()).year()).isEqualTo(2022);
        assertThat(DocumentFacts.of(List.of("Дорожная карта"), List.of()).year()).isNull();
    }
}
