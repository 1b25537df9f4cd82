package ru.roadmapbot.roadmap.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ru.roadmapbot.roadmap.ActivityRow;
import ru.roadmapbot.roadmap.RoadmapDocument;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;
import ru.roadmapbot.roadmap.UnreadableRoadmapException.Problem;

/** Rules of extracted text, each shown on a few lines. */
class ExtractedTextTests {

    private static RoadmapDocument read(String... lines) {
        return new RoadmapFileReader().read("plan.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unnumberedRowAppendsEachFilledCellToTheActivityAbove() {
        RoadmapDocument document = read(
                "№\tМероприятие\tСроки\tОтветственный",
                "1.\tПроведение родительских\tВ течение 2022\tУчреждения",
                "",
                "\tлекториев\tгода\t");

        assertThat(document.rows()).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("Проведение родительских лекториев");
            assertThat(row.schedule()).isEqualTo("В течение 2022 года");
            assertThat(row.responsible()).isEqualTo("Учреждения");
        });
    }

    @Test
    void pageNumbersRulesTagsAndBookmarksAreDropped() {
        RoadmapDocument document = read(
                "№\tМероприятие\tСроки",
                "1.\t<p>Совещание</p> <p>кураторов</p>\tмарт",
                "",
                "9",
                "15\t\t",
                "------\t---\t--",
                "2.\t[bookmark: _GoBack]Семинар\tапрель");

        assertThat(document.rows()).extracting(ActivityRow::title).containsExactly("Совещание кураторов", "Семинар");
    }

    @Test
    void headingLineBecomesASectionOnlyWhenActivitiesFollow() {
        RoadmapDocument document = read(
                "1. Актуальность",
                "№\tМероприятие\tСроки",
                "Организационные мероприятия\t\t",
                "1.1.\tСовещание\tмарт",
                "2. Мониторинг и анализ",
                "",
                "2.1\tАнкетирование\tапрель",
                "4. Механизмы реализации",
                "Механизмы реализации основаны на принципах партнёрства.");

        assertThat(document.sections()).containsExactly("Организационные мероприятия", "2. Мониторинг и анализ");
        assertThat(document.rows()).hasSize(2);
    }

    @Test
    void yearSectionSetsTheYearOfTheRowsBelowAndOfTheDocument() {
        RoadmapDocument document = read(
                "№ п/п\tОписание действий\tДата реализаций",
                "2021 год\t\t",
                "1.\tАнкетирование\tмай",
                "1. Диагностика\t\t",
                "2.\tДиагностика\tиюнь",
                "2022 год\t\t",
                "3.\tМониторинг\tянварь");

        assertThat(document.rows()).extracting(ActivityRow::sectionYear).containsExactly(2021, 2021, 2022);
        assertThat(document.rows()).extracting(ActivityRow::section)
                .containsExactly("2021 год", "1. Диагностика", "2022 год");
        assertThat(document.year()).isEqualTo(2021);
    }

    @Test
    void cellPerLineTextIsRebuiltByCountingTheHeaderCells() {
        RoadmapDocument document = read(
                "Дорожная карта на 2022 год",
                "\tНаименование организации",
                "",
                "\tМБОУ «Шапшинская ООШ»",
                "",
                "",
                "Пояснение после таблицы.",
                "\t№",
                "п/п",
                "\tМероприятия",
                "\tСроки",
                "",
                "\tОтветственные",
                "\tКадры",
                "",
                "\t1",
                "\tСеминар",
                "\tВ течение",
                "2022 года",
                "",
                "\tОО",
                "\t2",
                "\tСовещание",
                "\tмарт",
                "\t");

        assertThat(document.sections()).containsExactly("Кадры");
        assertThat(document.rows()).extracting(ActivityRow::number, ActivityRow::schedule, ActivityRow::responsible)
                .containsExactly(
                        tuple("1", "В течение\n2022 года", "ОО"),
                        tuple("2", "март", ""));
        assertThat(document.title()).isEqualTo("Дорожная карта на 2022 год");
    }

    @Test
    void textWithoutAnyTableHasNoTable() {
        UnreadableRoadmapException refused = catchThrowableOfType(UnreadableRoadmapException.class,
                () -> read("Дорожная карта", "будет позже"));

        assertThat(refused.problem()).isEqualTo(Problem.NO_TABLE);
    }
}
