package ru.roadmapbot.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SeedRoadmapsTests {

    private final RoadmapReader reader = new RoadmapReader();

    private RoadmapDocument seed(String id) {
        return reader.read(RoadmapFiles.seedName(id), RoadmapFiles.seed(id));
    }

    private ActivityRow row(RoadmapDocument document, String number) {
        return document.rows().stream().filter(r -> number.equals(r.number())).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"000, 66, 8", "001, 74, 7", "002, 26, 5", "003, 19, 1", "004, 47, 0"})
    void seedHasItsActivitiesAndSections(String id, int activities, int sections) {
        RoadmapDocument document = seed(id);

        assertThat(document.rows()).hasSize(activities);
        assertThat(document.sections()).hasSize(sections);
        assertThat(document.source()).isEqualTo(RoadmapFiles.seedName(id));
    }

    @ParameterizedTest
    @CsvSource({"000, 2022", "001, 2021", "002, 2022", "003, 2021", "004, 2022"})
    void seedKnowsItsYear(String id, int year) {
        assertThat(seed(id).year()).isEqualTo(year);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everyActivityHasATitleAScheduleAndItsPosition(String id) {
        RoadmapDocument document = seed(id);

        assertThat(document.rows()).allSatisfy(row -> {
            assertThat(row.title()).isNotBlank().doesNotContain("<p>", "</p>", "[bookmark");
            assertThat(row.schedule()).isNotBlank();
            assertThat(row.number()).matches("[0-9.]+");
        });
        assertThat(document.rows()).extracting(ActivityRow::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, document.rows().size()).boxed().toList());
    }

    @Test
    void rowSplitByAPageBreakIsJoinedWithOneSpace() {
        RoadmapDocument document = seed("000");

        assertThat(row(document, "5.1.").schedule()).isEqualTo("По плану ГБУ ДПО РД «ДИРО» апрель-май 2022");
        assertThat(row(document, "5.1.").title()).isEqualTo("Проведение дополнительных мониторинговых исследований"
                + " по выявлению показателя «оценка мотивации обучающихся учителями»");
        assertThat(row(document, "6.7.").schedule()).isEqualTo("По плану ГБУ ДПО РД «ДИРО» Апрель-май 2022");
        assertThat(row(document, "8.2.").schedule()).isEqualTo("В течение 2022 года");
        assertThat(row(document, "8.2.").expectedResult())
                .isEqualTo("Оказание профилактической помощи родителям по вопросам воспитания детей.");
        assertThat(row(seed("004"), "27.").schedule()).isEqualTo("25.04.2022- 31.05.2022 (среда)");
    }

    @Test
    void cellOnSeveralLinesKeepsItsParagraphs() {
        RoadmapDocument document = seed("002");

        assertThat(row(document, "7").schedule()).isEqualTo("В течение\n2022 года");
        assertThat(row(document, "1").responsible()).isEqualTo("РРП,\nЮ.Н. Соколова");
    }

    @Test
    void oneColumnTableBeforeTheRoadmapIsNotPartOfIt() {
        RoadmapDocument document = seed("002");

        assertThat(document.rows().get(0).number()).isEqualTo("1");
        assertThat(document.rows().get(0).title()).startsWith("Идентификация школ");
        assertThat(document.rows().get(0).section()).isEqualTo("Нормативно-правовое обеспечение");
    }

    @Test
    void standaloneHeadingLineStartsASection() {
        RoadmapDocument document = seed("001");

        assertThat(row(document, "1.23").section())
                .isEqualTo("Совершенствование управления и нормативно-правового регулирования в системе образования");
        assertThat(row(document, "2.1").section()).isEqualTo("2. Мониторинг и анализ");
        assertThat(row(seed("000"), "6.1.").section()).isEqualTo("6. Повышение уровня школьного благополучия");
    }

    @Test
    void proseAfterTheTableIsNeitherASectionNorAnActivity() {
        RoadmapDocument document = seed("001");

        assertThat(document.sections()).doesNotContain("4. Механизмы реализации", "5. Планируемые результаты");
        assertThat(document.rows().get(document.rows().size() - 1).number()).isEqualTo("7.11.");
        assertThat(document.rows().get(document.rows().size() - 1).schedule()).isEqualTo("октябрь, ноябрь 2021г");
    }

    @Test
    void pageNumbersAreNotActivities() {
        assertThat(seed("001").rows()).extracting(ActivityRow::number).doesNotContain("9", "11", "13", "14", "15", "17");
    }

    @Test
    void yearSectionGivesEveryRowBelowItsYear() {
        RoadmapDocument document = seed("003");

        assertThat(document.rows()).allSatisfy(row -> {
            assertThat(row.sectionYear()).isEqualTo(2021);
            assertThat(row.section()).isEqualTo("2021 год");
        });
        assertThat(row(document, "7.").title()).endsWith(" работников ШНОР");
    }

    @Test
    void columnsLandWhereTheirHeadersSay() {
        ActivityRow first = seed("000").rows().get(0);

        assertThat(first.number()).isEqualTo("1.1.");
        assertThat(first.schedule()).isEqualTo("март 2022");
        assertThat(first.responsible()).isEqualTo("МКУ «Управление образования»");
        assertThat(first.controller()).isEqualTo("Начальник");
        assertThat(first.expectedResult()).isEqualTo("Исполнение мероприятий в полном объеме");
        assertThat(first.informationSupport()).isNull();

        ActivityRow third = seed("004").rows().get(2);
        assertThat(third.expectedResult()).isEqualTo("Вкладка на официальном сайте.");
        assertThat(third.informationSupport()).isNotBlank();
        assertThat(third.controller()).isNull();
    }

    @Test
    void titleIsTheRoadmapLineNotTheOrderAroundIt() {
        assertThat(seed("000").title()).isEqualTo("Муниципальная дорожная карта реализации проекта адресной"
                + " методической помощи «500+» в 2022 году");
        assertThat(seed("001").title()).startsWith("План мероприятий («дорожная карта») по реализации проекта")
                .endsWith("в 2021 году");
        assertThat(seed("003").title()).isEqualTo("«Дорожная карта» по работе со школами с низкими образовательными"
                + " результатами обучающихся, не вошедшими в федеральный проект «500+»");
        assertThat(seed("004").title()).startsWith("План-график (дорожная карта) мероприятий по проекту");
    }

    @Test
    void approvalDateComesFromTheOrderStamp() {
        assertThat(seed("000").approvedOn()).isEqualTo(LocalDate.of(2022, 3, 20));
        assertThat(seed("001").approvedOn()).isEqualTo(LocalDate.of(2021, 3, 29));
        assertThat(seed("002").approvedOn()).isEqualTo(LocalDate.of(2022, 3, 9));
        assertThat(seed("003").approvedOn()).isNull();
        assertThat(seed("004").approvedOn()).isEqualTo(LocalDate.of(2022, 2, 14));
    }

    @Test
    void demoFileReadFromDiskEqualsTheSameBytesUploaded() throws Exception {
        var path = java.nio.file.Path.of(SeedRoadmapsTests.class.getResource("/demo/" + RoadmapFiles.seedName("001")).toURI());

        assertThat(reader.read(path)).isEqualTo(seed("001"));
    }
}
