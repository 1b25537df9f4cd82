package ru.roadmapbot.roadmap.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static ru.roadmapbot.roadmap.TestDocuments.docx;
import static ru.roadmapbot.roadmap.TestDocuments.mergeDown;
import static ru.roadmapbot.roadmap.TestDocuments.paragraph;
import static ru.roadmapbot.roadmap.TestDocuments.spanWholeRow;
import static ru.roadmapbot.roadmap.TestDocuments.table;
import static ru.roadmapbot.roadmap.TestDocuments.write;

import java.math.BigInteger;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import ru.roadmapbot.roadmap.ActivityRow;
import ru.roadmapbot.roadmap.RoadmapDocument;

class DocxReaderTests {

    private static final String[] HEADER = {"№ п/п", "Мероприятие", "Сроки", "Ответственный"};

    private static RoadmapDocument read(byte[] docx) {
        return new RoadmapFileReader().read("test.docx", docx);
    }

    @Test
    void rowMergedAcrossTheTableIsASection() {
        RoadmapDocument document = read(docx(d -> {
            XWPFTable table = table(d, HEADER,
                    new String[] {"1. Организационные мероприятия", "", "", ""},
                    new String[] {"1.1.", "Совещание", "март 2022", "Кураторы"});
            spanWholeRow(table.getRow(1));
        }));

        assertThat(document.rows()).singleElement().satisfies(row -> {
            assertThat(row.section()).isEqualTo("1. Организационные мероприятия");
            assertThat(row.title()).isEqualTo("Совещание");
        });
    }

    @Test
    void verticallyMergedCellGivesItsTextToTheRowsBelow() {
        RoadmapDocument document = read(docx(d -> {
            XWPFTable table = table(d, HEADER,
                    new String[] {"1.", "Совещание", "март 2022", "Кураторы школ"},
                    new String[] {"2.", "Семинар", "апрель 2022", ""});
            mergeDown(table.getRow(1).getCell(3), table.getRow(2).getCell(3));
        }));

        assertThat(document.rows()).extracting(ActivityRow::responsible).containsExactly("Кураторы школ", "Кураторы школ");
    }

    @Test
    void headerRepeatedOnTheNextPageIsSkipped() {
        RoadmapDocument document = read(docx(d -> {
            XWPFTable table = table(d, HEADER,
                    new String[] {"1.", "Совещание", "март 2022", "Кураторы"},
                    HEADER,
                    new String[] {"2.", "Семинар", "апрель 2022", "Учреждения"});
            table.getRow(0).setRepeatHeader(true);
        }));

        assertThat(document.rows()).extracting(ActivityRow::number).containsExactly("1.", "2.");
    }

    @Test
    void rowMarkedAsRepeatedHeaderIsSkippedEvenWhenItDiffers() {
        RoadmapDocument document = read(docx(d -> {
            XWPFTable table = table(d, HEADER,
                    new String[] {"1", "2", "3", "4"},
                    new String[] {"1.", "Совещание", "март 2022", "Кураторы"});
            table.getRow(1).setRepeatHeader(true);
        }));

        assertThat(document.rows()).extracting(ActivityRow::title).containsExactly("Совещание");
    }

    @Test
    void rowNumberingTheColumnsIsNotAnActivity() {
        RoadmapDocument document = read(docx(d -> table(d, HEADER,
                new String[] {"1", "2", "3", "4"},
                new String[] {"1.", "Совещание", "март 2022", "Кураторы"})));

        assertThat(document.rows()).extracting(ActivityRow::number).containsExactly("1.");
    }

    @Test
    void paragraphsOfACellAreJoinedWithLineBreaks() {
        RoadmapDocument document = read(docx(d -> table(d, HEADER,
                new String[] {"1.", "Совещание", "В течение\n2022 года", "Кураторы\n\nУчреждения"})));

        assertThat(document.rows().get(0).schedule()).isEqualTo("В течение\n2022 года");
        assertThat(document.rows().get(0).responsible()).isEqualTo("Кураторы\n\nУчреждения");
    }

    @Test
    void nestedTableIsFlattenedIntoItsCell() {
        RoadmapDocument document = read(docx(d -> {
            XWPFTable table = table(d, HEADER, new String[] {"1.", "Совещание", "март 2022", "Кураторы:"});
            XWPFTableCell cell = table.getRow(1).getCell(3);
            CTTbl inner = cell.getCTTc().addNewTbl();
            XWPFTable nested = new XWPFTable(inner, cell, 2, 2);
            write(nested.getRow(0).getCell(0), "МОУ № 1");
            write(nested.getRow(0).getCell(1), "Иванова");
            write(nested.getRow(1).getCell(0), "МОУ № 2");
            write(nested.getRow(1).getCell(1), "Петрова");
            cell.insertTable(0, nested);
        }));

        assertThat(document.rows().get(0).responsible()).isEqualTo("Кураторы:\nМОУ № 1 Иванова\nМОУ № 2 Петрова");
    }

    @Test
    void partlyFilledUnnumberedRowContinuesTheActivityAbove() {
        RoadmapDocument document = read(docx(d -> table(d, HEADER,
                new String[] {"1.", "Проведение родительских", "В течение 2022", "Учреждения"},
                new String[] {"", "лекториев", "года", ""},
                new String[] {"", "Фестиваль семей", "июнь 2022", "Учреждения"})));

        assertThat(document.rows()).extracting(ActivityRow::title)
                .containsExactly("Проведение родительских лекториев", "Фестиваль семей");
        assertThat(document.rows().get(0).schedule()).isEqualTo("В течение 2022 года");
        assertThat(document.rows().get(1).number()).isNull();
    }

    @Test
    void tableAfterAPageBreakWithoutHeaderContinuesTheRoadmap() {
        RoadmapDocument document = read(docx(d -> {
            paragraph(d, "Дорожная карта на 2022 год");
            table(d, HEADER, new String[] {"1.1.", "Совещание", "март 2022", "Кураторы"});
            paragraph(d, "2. Мониторинг");
            table(d, new String[] {"2.1.", "Анкетирование", "апрель 2022", "Учреждения"});
            paragraph(d, "Начальник управления И.И. Иванов");
            table(d, new String[] {"Согласовано:", "Петров"});
        }));

        assertThat(document.rows()).extracting(ActivityRow::number).containsExactly("1.1.", "2.1.");
        assertThat(document.rows().get(1).section()).isEqualTo("2. Мониторинг");
        assertThat(document.title()).isEqualTo("Дорожная карта на 2022 год");
    }

    @Test
    void numberAndNameMergedOverTheRowAreASection() {
        RoadmapDocument document = read(docx(d -> {
            XWPFTable table = table(d, HEADER,
                    new String[] {"1.", "Нормативное обеспечение", "", ""},
                    new String[] {"1.1.", "Приказ", "март 2022", "МКУ «УО»"});
            table.getRow(1).removeCell(3);
            table.getRow(1).removeCell(2);
            table.getRow(1).getCell(1).getCTTc().addNewTcPr().addNewGridSpan()
                    .setVal(BigInteger.valueOf(3));
        }));

        assertThat(document.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo("1.1.");
            assertThat(row.section()).isEqualTo("1. Нормативное обеспечение");
        });
    }

    @Test
    void approvalStampInALayoutTableAboveIsStillFound() {
        RoadmapDocument document = read(docx(d -> {
            table(d, new String[] {"", "УТВЕРЖДАЮ\nНачальник управления\nот 01.02.2022 № 5"});
            table(d, HEADER, new String[] {"1.", "Совещание", "март 2022", "Кураторы"});
        }));

        assertThat(document.approvedOn()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(document.year()).isEqualTo(2022);
        assertThat(document.rows()).hasSize(1);
    }

    @Test
    void headerColumnsMayComeInAnyOrder() {
        RoadmapDocument document = read(docx(d -> table(d,
                new String[] {"Срок\nисполнения", "Ответственный исполнитель", "Наименование мероприятия", "№"},
                new String[] {"май 2022", "Кураторы", "Семинар", "1"})));

        assertThat(document.rows()).extracting(ActivityRow::number, ActivityRow::title, ActivityRow::schedule,
                ActivityRow::responsible).containsExactly(tuple("1", "Семинар", "май 2022", "Кураторы"));
        assertThat(document.rows().get(0).controller()).isNull();
    }

    @Test
    void loneNameMergedOverTheRowAfterAnActivityIsASectionNotItsContinuation() {
        RoadmapDocument document = read(docx(d -> {
            XWPFTable table = table(d, HEADER,
                    new String[] {"1.", "Совещание", "март 2022", "Кураторы"},
                    new String[] {"", "Мониторинг", "", ""},
                    new String[] {"2.", "Анкетирование", "апрель 2022", "Учреждения"});
            table.getRow(2).removeCell(3);
            table.getRow(2).removeCell(2);
            table.getRow(2).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
        }));

        assertThat(document.rows()).extracting(ActivityRow::title).containsExactly("Совещание", "Анкетирование");
        assertThat(document.rows().get(1).section()).isEqualTo("Мониторинг");
    }

    @Test
    void numberedActivityOfHeaderWordsIsNotTakenForARepeatedHeader() {
        RoadmapDocument document = read(docx(d -> {
            table(d, HEADER, new String[] {"1.", "Совещание", "март 2022", "Кураторы"});
            paragraph(d, "");
            table(d, new String[] {"2.", "Мероприятия", "Сроки по плану", "Ответственные"},
                    new String[] {"3.", "Итоги", "декабрь 2022", "Кураторы"});
        }));

        assertThat(document.rows()).extracting(ActivityRow::number).containsExactly("1.", "2.", "3.");
    }
}
