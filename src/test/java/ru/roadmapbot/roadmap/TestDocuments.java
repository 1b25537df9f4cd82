package ru.roadmapbot.roadmap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Documents made in the test with POI, to show one reading rule at a time. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static byte[] docx(Consumer<XWPFDocument> content) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] workbook(Workbook workbook, Consumer<Workbook> content) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void paragraph(XWPFDocument document, String text) {
        document.createParagraph().createRun().setText(text);
    }

    /** A table whose cells hold the given texts; "\n" in a text starts a new paragraph of the cell. */
    public static XWPFTable table(XWPFDocument document, String[]... rows) {
        int columns = 0;
        for (String[] row : rows) {
            columns = Math.max(columns, row.length);
        }
        XWPFTable table = document.createTable(rows.length, columns);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                write(table.getRow(r).getCell(c), rows[r][c]);
            }
        }
        return table;
    }

    public static void write(XWPFTableCell cell, String text) {
        String[] paragraphs = text.split("\n", -1);
        cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
        for (int i = 1; i < paragraphs.length; i++) {
            cell.addParagraph().createRun().setText(paragraphs[i]);
        }
    }

    /** Merges the whole row into its first cell, the way Word lays out a section heading. */
    public static void spanWholeRow(XWPFTableRow row) {
        int cells = row.getTableCells().size();
        for (int i = cells - 1; i > 0; i--) {
            row.removeCell(i);
        }
        row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(cells));
    }

    public static void mergeDown(XWPFTableCell first, XWPFTableCell... continued) {
        first.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        for (XWPFTableCell cell : continued) {
            cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
        }
    }

    /** The document as Word saves it with a password: the package encrypted inside an OLE2 container. */
    public static byte[] encrypted(byte[] docx, String password) {
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage document = OPCPackage.open(new ByteArrayInputStream(docx));
                 OutputStream encrypted = encryptor.getDataStream(container)) {
                document.save(encrypted);
            }
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
