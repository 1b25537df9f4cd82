package ru.roadmapbot.roadmap.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import ru.roadmapbot.roadmap.ComparableText;

class ColumnsTests {

    @ParameterizedTest
    @CsvSource({
            "'№ п/п', NUMBER",
            "'№ п.п', NUMBER",
            "'Наименование мероприятия (краткое содержание)', TITLE",
            "'Описание действий', TITLE",
            "'Задачи', TITLE",
            "'Основные мероприятия', TITLE",
            "'Сроки\nисполнения', SCHEDULE",
            "'Дата реализаций', SCHEDULE",
            "'Сроки реализаций', SCHEDULE",
            "'Период', SCHEDULE",
            "'Срок проведения мероприятия', SCHEDULE",
            "'Ответственный исполнитель', RESPONSIBLE",
            "'Исполнители', RESPONSIBLE",
            "'ОТВЕТСТВЕННЫЕ', RESPONSIBLE",
            "'Контроль за исполнением', CONTROLLER",
            "'Ожидаемый результата', EXPECTED_RESULT",
            "'Характеристика результата', EXPECTED_RESULT",
            "'Региональный показатель реализации', EXPECTED_RESULT",
            "'Информационное сопровождение', INFORMATION_SUPPORT",
    })
    void headerWordsNameTheirColumnMostSpecificFirst(String header, ColumnKind kind) {
        assertThat(HeaderMatcher.kindOf(header)).isEqualTo(kind);
    }

    @Test
    void yoCountsAsYe() {
        assertThat(ComparableText.of("Отчёт  о\u00A0РЕЗУЛЬТАТЕ")).isEqualTo("отчет о результате");
    }

    @Test
    void longCellIsNotAHeaderEvenWithHeaderWords() {
        assertThat(HeaderMatcher.kindOf("Разработка плана мероприятий «дорожная карта» по повышению эффективности"
                + " качества образования в школе")).isNull();
    }

    @Test
    void headerNeedsTwoKindsOneOfThemTitleOrSchedule() {
        assertThat(Columns.fromHeader(RawRow.of(List.of("Наименование организации")))).isNull();
        assertThat(Columns.fromHeader(RawRow.of(List.of("№", "Ответственный", "Контроль")))).isNull();
        assertThat(Columns.fromHeader(RawRow.of(List.of("1.1.", "Совещание по результатам", "март", "Кураторы"))))
                .isNull();

        Columns columns = Columns.fromHeader(RawRow.of(List.of("Сроки", "№", "Мероприятия")));
        assertThat(columns.complete()).isTrue();
        assertThat(columns.index(ColumnKind.NUMBER)).isEqualTo(1);
        assertThat(columns.has(ColumnKind.RESPONSIBLE)).isFalse();
    }
}
