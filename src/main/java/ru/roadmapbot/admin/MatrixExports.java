package ru.roadmapbot.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import ru.roadmapbot.confirmation.ProgressMatrix;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.roadmap.RoadmapCodes;

/**
 * The progress matrix as a workbook (a sheet of the grid, and a sheet of one line per school and activity with the
 * date as a date, for filters and pivot tables) and as CSV (the lines, UTF-8 with a BOM and ";" as Excel in a
 * Russian locale expects). Headers come from messages/.
 */
@Component
class MatrixExports {

    private final Texts texts;

    MatrixExports(Texts texts) {
        this.texts = texts;
    }

    byte[] xlsx(ProgressMatrix.Matrix matrix, String language) {
        // streamed: a region's matrix is some 5,000 rows, which the in-memory workbook writes several times slower
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(Workbooks.ROWS_IN_MEMORY);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbooks styles = new Workbooks(workbook);
            grid(styles, workbook.createSheet(texts.plain(language, "export.sheet.matrix")), matrix, language);
            lines(styles, workbook.createSheet(texts.plain(language, "export.sheet.lines")), matrix, language);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] csv(ProgressMatrix.Matrix matrix, String language) {
        Csv csv = new Csv();
        csv.row(lineHeaders(language));
        for (ProgressMatrix.Row row : matrix.rows()) {
            for (int i = 0; i < matrix.columns().size(); i++) {
                ProgressMatrix.Cell cell = row.cells().get(i);
                ProgressMatrix.Column column = matrix.columns().get(i);
                csv.row(List.of(row.school(), nz(row.territory()), String.join(", ", row.directors()), nz(column.number()),
                        column.title(), nz(column.section()), cell.due() == null ? "" : Texts.day(cell.due()),
                        texts.plain(language, cell.state().messageKey())));
            }
        }
        return csv.bytes();
    }

    String fileName(ProgressMatrix.Matrix matrix, String extension) {
        return RoadmapCodes.fromFileName(matrix.roadmap().shortName()) + "-" + matrix.today() + "." + extension;
    }

    /** The filters of the page, for the export links to give the same matrix. */
    String queryString(MatrixController.Query query) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        if (query.section() != null && !query.section().isBlank()) {
            builder.queryParam("section", query.section());
        }
        if (query.school() != null) {
            builder.queryParam("school", query.school());
        }
        if (query.state() != null && !query.state().isBlank()) {
            builder.queryParam("state", query.state());
        }
        if (Boolean.TRUE.equals(query.overdue())) {
            builder.queryParam("overdue", true);
        }
        if (query.from() != null && !query.from().isBlank()) {
            builder.queryParam("from", query.from());
        }
        if (query.to() != null && !query.to().isBlank()) {
            builder.queryParam("to", query.to());
        }
        return builder.build().encode().toUriString();
    }

    private void grid(Workbooks styles, Sheet sheet, ProgressMatrix.Matrix matrix, String language) {
        List<String> headers = new ArrayList<>(List.of(texts.plain(language, "export.school"),
                texts.plain(language, "export.territory"), texts.plain(language, "export.directors")));
        matrix.columns().forEach(column -> headers.add(column.numberedTitle()));
        headers.add(texts.plain(language, "matrix.state.done"));
        headers.add(texts.plain(language, "matrix.state.overdue"));
        styles.header(sheet, headers);
        int r = 1;
        for (ProgressMatrix.Row row : matrix.rows()) {
            Row line = sheet.createRow(r++);
            styles.text(line, 0, row.school());
            styles.text(line, 1, nz(row.territory()));
            styles.text(line, 2, String.join(", ", row.directors()));
            for (int i = 0; i < row.cells().size(); i++) {
                styles.text(line, 3 + i, texts.plain(language, row.cells().get(i).state().messageKey()));
            }
            styles.number(line, 3 + row.cells().size(), row.count(ProgressMatrix.CellState.DONE)
                    + row.count(ProgressMatrix.CellState.APPROVED));
            styles.number(line, 4 + row.cells().size(), row.count(ProgressMatrix.CellState.OVERDUE));
        }
        styles.finish(sheet, headers.size(), 3);
    }

    private void lines(Workbooks styles, Sheet sheet, ProgressMatrix.Matrix matrix, String language) {
        List<String> headers = lineHeaders(language);
        styles.header(sheet, headers);
        int r = 1;
        for (ProgressMatrix.Row row : matrix.rows()) {
            for (int i = 0; i < matrix.columns().size(); i++) {
                ProgressMatrix.Cell cell = row.cells().get(i);
                ProgressMatrix.Column column = matrix.columns().get(i);
                Row line = sheet.createRow(r++);
                styles.text(line, 0, row.school());
                styles.text(line, 1, nz(row.territory()));
                styles.text(line, 2, String.join(", ", row.directors()));
                styles.text(line, 3, nz(column.number()));
                styles.text(line, 4, column.title());
                styles.text(line, 5, nz(column.section()));
                styles.date(line, 6, cell.due());
                styles.text(line, 7, texts.plain(language, cell.state().messageKey()));
            }
        }
        styles.finish(sheet, headers.size(), 1);
    }

    private List<String> lineHeaders(String language) {
        return List.of(texts.plain(language, "export.school"), texts.plain(language, "export.territory"),
                texts.plain(language, "export.directors"), texts.plain(language, "export.number"),
                texts.plain(language, "export.activity"), texts.plain(language, "export.section"),
                texts.plain(language, "export.due"), texts.plain(language, "export.state"));
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    /** CSV as Excel reads it in a Russian locale: a BOM, ";" between fields, quotes around what needs them. */
    static final class Csv {

        private final StringBuilder text = new StringBuilder("\uFEFF");

        void row(List<String> fields) {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    text.append(';');
                }
                String field = fields.get(i) == null ? "" : fields.get(i);
                if (field.contains(";") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
                    text.append('"').append(field.replace("\"", "\"\"")).append('"');
                } else {
                    text.append(field);
                }
            }
            text.append("\r\n");
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
