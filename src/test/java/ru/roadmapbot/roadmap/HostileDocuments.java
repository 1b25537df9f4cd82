package ru.roadmapbot.roadmap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Documents no roadmap looks like, written straight into their zip or text (POI's writers would take minutes and
 * gigabytes for them): a workbook of a million short rows, a zip bomb, a CSV ten thousand columns wide.
 */
public final class HostileDocuments {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
            </Types>""";
    private static final String ROOT_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="План" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    private static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
            </Relationships>""";
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    private HostileDocuments() {
    }

    /**
     * An .xlsx of {@code rows} rows, each a number and a short text, the texts inline or in the shared strings; cells
     * without references, as some generators write them, which keeps a million rows to a few megabytes.
     */
    public static byte[] xlsx(int rows, boolean sharedStrings) {
        return zip(out -> {
            entry(out, "[Content_Types].xml", CONTENT_TYPES);
            entry(out, "_rels/.rels", ROOT_RELS);
            entry(out, "xl/workbook.xml", WORKBOOK);
            entry(out, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
            out.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            StringBuilder strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (int r = 1; sharedStrings && r <= rows; r++) {
                strings.append("<si><t>Строка ").append(r).append("</t></si>");
                flushIfLong(out, strings);
            }
            out.write(strings.append("</sst>").toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            StringBuilder sheet = new StringBuilder(SHEET_START);
            for (int r = 1; r <= rows; r++) {
                sheet.append("<row><c><v>").append(r).append("</v></c>");
                if (sharedStrings) {
                    sheet.append("<c t=\"s\"><v>").append(r - 1).append("</v></c></row>");
                } else {
                    sheet.append("<c t=\"inlineStr\"><is><t>строка</t></is></c></row>");
                }
                flushIfLong(out, sheet);
            }
            out.write(sheet.append(SHEET_END).toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        });
    }

    /** An .xlsx whose sheet unpacks to {@code megabytes} of blanks: a few hundred kilobytes that inflate a thousandfold. */
    public static byte[] xlsxBomb(int megabytes) {
        return zip(out -> {
            entry(out, "[Content_Types].xml", CONTENT_TYPES);
            entry(out, "_rels/.rels", ROOT_RELS);
            entry(out, "xl/workbook.xml", WORKBOOK);
            entry(out, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
            entry(out, "xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            out.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(blanks);
            }
            out.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        });
    }

    /** A CSV whose header has {@code columns} columns, then a few rows as wide. */
    public static byte[] wideCsv(int columns) {
        StringBuilder csv = new StringBuilder();
        for (int row = 0; row < 3; row++) {
            for (int c = 0; c < columns; c++) {
                csv.append(c == 0 ? "" : ";").append(row == 0 ? "Столбец " + c : "знач");
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private interface Writing {
        void to(ZipOutputStream out) throws IOException;
    }

    private static byte[] zip(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private static void flushIfLong(OutputStream out, StringBuilder text) throws IOException {
        if (text.length() > 64 * 1024) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
        }
    }
}
