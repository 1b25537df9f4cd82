package ru.roadmapbot.roadmap.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.roadmapbot.roadmap.ActivityRow;
import ru.roadmapbot.roadmap.RoadmapDocument;
import ru.roadmapbot.roadmap.TestDocuments;

class SpreadsheetReaderTests {

    private static RoadmapDocument read(String name, byte[] content) {
        return new RoadmapFileReader().read(name, content);
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String text) {
                row.createCell(i).setCellValue(text);
            } else if (values[i] instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (values[i] instanceof LocalDate date) {
                row.createCell(i).setCellValue(date);
            }
        }
    }

    private static void roadmap(Workbook workbook) {
        Sheet cover = workbook.createSheet("Титул");
        row(cover, 0, "Утверждено приказом от 10.01.2022 № 3");
        Sheet sheet = workbook.createSheet("План");
        row(sheet, 0, "План мероприятий на 2022 год");
        row(sheet, 2, "№", "Мероприятие", "Срок", "Ответственный");
        row(sheet, 3, "Организационные мероприятия");
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 3));
        row(sheet, 4, 1.1, "Совещание", LocalDate.of(2022, 3, 29), "Кураторы");
        CellStyle dates = workbook.createCellStyle();
        dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
        sheet.getRow(4).getCell(2).setCellStyle(dates);
        row(sheet, 5, 2, "Семинар", "апрель 2022", "Учреждения");
        row(sheet, 6, "", "Консультации", "В течение года", "Кураторы");
        row(sheet, 7, "", "", "", "Учреждения");
        sheet.addMergedRegion(new CellRangeAddress(6, 7, 1, 1));
    }

    @Test
    void xlsxReadsTheSheetWithTheRoadmapHeader() {
        RoadmapDocument document = read("plan.xlsx", TestDocuments.workbook(new XSSFWorkbook(),
                SpreadsheetReaderTests::roadmap));

        assertThat(document.title()).isEqualTo("План мероприятий на 2022 год");
        assertThat(document.rows()).extracting(ActivityRow::number).containsExactly("1.1", "2", null);
    }

    @Test
    void dateCellReadsAsDayMonthYearWhateverItsFormat() {
        RoadmapDocument document = read("plan.xlsx", TestDocuments.workbook(new XSSFWorkbook(),
                SpreadsheetReaderTests::roadmap));

        assertThat(document.rows().get(0).schedule()).isEqualTo("29.03.2022");
    }

    @Test
    void regionAsWideAsTheTableIsASection() {
        RoadmapDocument document = read("plan.xlsx", TestDocuments.workbook(new XSSFWorkbook(),
                SpreadsheetReaderTests::roadmap));

        assertThat(document.rows()).allSatisfy(row -> assertThat(row.section()).isEqualTo("Организационные мероприятия"));
    }

    @Test
    void verticallyMergedRegionIsNotRepeatedWhenItsRowsAreJoined() {
        RoadmapDocument document = read("plan.xlsx", TestDocuments.workbook(new XSSFWorkbook(),
                SpreadsheetReaderTests::roadmap));

        ActivityRow last = document.rows().get(2);
        assertThat(last.title()).isEqualTo("Консультации");
        assertThat(last.responsible()).isEqualTo("Кураторы Учреждения");
    }

    @Test
    void oldXlsReadsLikeXlsx() {
        RoadmapDocument xls = read("plan.xls", TestDocuments.workbook(new HSSFWorkbook(), SpreadsheetReaderTests::roadmap));
        RoadmapDocument xlsx = read("plan.xlsx", TestDocuments.workbook(new XSSFWorkbook(),
                SpreadsheetReaderTests::roadmap));

        assertThat(xls.rows()).isEqualTo(xlsx.rows());
    }
}
