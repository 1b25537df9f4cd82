package ru.roadmapbot.roadmap.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTests {

    @Test
    void quotedFieldKeepsCommasDoubledQuotesAndLineBreaks() {
        String csv = "1.,\"Семинар, вебинар\",\"Проект \"\"500+\"\"\",\"В течение\r\n2022 года\"\r\n2.,Совещание,май,\n";

        assertThat(CsvParser.parse(csv, ',')).containsExactly(
                List.of("1.", "Семинар, вебинар", "Проект \"500+\"", "В течение\n2022 года"),
                List.of("2.", "Совещание", "май", ""));
    }

    @Test
    void lastRecordNeedsNoLineBreak() {
        assertThat(CsvParser.parse("a;b\nc;d", ';')).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void emptyFieldsStayInPlace() {
        assertThat(CsvParser.parse(",,x,\n", ',')).containsExactly(List.of("", "", "x", ""));
    }

    @Test
    void delimiterIsTheOneUsedOutsideQuotes() {
        assertThat(CsvParser.delimiter("№;Мероприятие;Сроки\n1;\"Семинар, вебинар\";май\n")).isEqualTo(';');
        assertThat(CsvParser.delimiter("№,Мероприятие,Сроки\n1,\"Семинар; вебинар\",май\n")).isEqualTo(',');
        assertThat(CsvParser.delimiter("№\tМероприятие\tСроки\n1\tСеминар, вебинар\tмай\n")).isEqualTo('\t');
    }
}
