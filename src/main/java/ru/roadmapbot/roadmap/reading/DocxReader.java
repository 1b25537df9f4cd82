package ru.roadmapbot.roadmap.reading;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A .docx as paragraphs and tables. Merged cells are laid out on the table grid: a horizontally merged cell keeps
 * its text in its first column, a vertically merged one repeats the text of the cell it continues; nested tables are
 * flattened into their cell.
 */
final class DocxReader {

    /** Reads the document; the caller owns the container and reverts it, since nothing here may be saved. */
    RawDocument read(OPCPackage container) throws IOException {
        XWPFDocument document = new XWPFDocument(container);
        List<RawBlock> blocks = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                addParagraph(blocks, paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                blocks.add(table(table));
            } else if (element instanceof XWPFSDT control) {
                addParagraph(blocks, control.getContent().getText());
            }
        }
        return new RawDocument(blocks);
    }

    private static void addParagraph(List<RawBlock> blocks, String text) {
        String plain = CellText.plain(text).strip();
        if (!plain.isEmpty()) {
            blocks.add(new RawParagraph(plain));
        }
    }

    private static RawTable table(XWPFTable table) {
        int grid = table.getCTTbl().getTblGrid() == null ? 0 : table.getCTTbl().getTblGrid().sizeOfGridColArray();
        int width = grid;
        for (XWPFTableRow row : table.getRows()) {
            int columns = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                columns += span(cell);
            }
            width = Math.max(width, columns);
        }
        Map<Integer, String> above = new HashMap<>();
        List<RawRow> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row(row, width, above));
        }
        return new RawTable(rows, width, false);
    }

    private static RawRow row(XWPFTableRow row, int width, Map<Integer, String> above) {
        List<String> cells = new ArrayList<>(width);
        cells.addAll(Collections.nCopies(gridBefore(row), ""));
        boolean merged = false;
        List<XWPFTableCell> tableCells = row.getTableCells();
        for (XWPFTableCell cell : tableCells) {
            int column = cells.size();
            int span = span(cell);
            String text;
            STMerge.Enum vertical = verticalMerge(cell);
            if (vertical == STMerge.CONTINUE) {
                text = above.getOrDefault(column, "");
            } else {
                text = text(cell);
                if (vertical == STMerge.RESTART) {
                    above.put(column, text);
                } else {
                    above.remove(column);
                }
            }
            cells.add(text);
            cells.addAll(Collections.nCopies(span - 1, ""));
            merged |= span > 1;
        }
        boolean wholeWidth = tableCells.size() == 1 && width > 1 && span(tableCells.get(0)) >= width;
        return new RawRow(cells, false, wholeWidth, merged, row.isRepeatHeader());
    }

    private static String text(XWPFTableCell cell) {
        List<String> paragraphs = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph.getText());
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    List<String> texts = new ArrayList<>();
                    for (XWPFTableCell nestedCell : row.getTableCells()) {
                        String text = text(nestedCell);
                        if (!text.isBlank()) {
                            texts.add(text.replace('\n', ' '));
                        }
                    }
                    paragraphs.add(String.join(" ", texts));
                }
            }
        }
        return CellText.joinParagraphs(paragraphs);
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null) {
            return 1;
        }
        BigInteger span = properties.getGridSpan().getVal();
        return span == null ? 1 : Math.max(1, Math.min(span.intValue(), 64));
    }

    /** RESTART, CONTINUE, or null when the cell is not merged vertically (a bare vMerge means CONTINUE). */
    private static STMerge.Enum verticalMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getVMerge() == null) {
            return null;
        }
        CTVMerge merge = properties.getVMerge();
        return merge.getVal() == null ? STMerge.CONTINUE : merge.getVal();
    }

    /** Columns skipped at the start of a row (w:gridBefore), so its cells land under the right header. */
    private static int gridBefore(XWPFTableRow row) {
        CTTrPr properties = row.getCtRow().getTrPr();
        if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        BigInteger before = properties.getGridBeforeArray(0).getVal();
        return before == null ? 0 : Math.max(0, Math.min(before.intValue(), 64));
    }
}
