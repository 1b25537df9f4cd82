package ru.roadmapbot.roadmap.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;
import ru.roadmapbot.roadmap.UnreadableRoadmapException.Problem;

/**
 * An OLE2 compound file. A password-protected .docx or .xlsx is stored as one (its package encrypted inside), so
 * this is where encryption shows; an .xls is read as a workbook; old .doc and .ppt files are formats we do not read.
 */
final class Ole2Reader {

    private final ReadingBudget budget;

    Ole2Reader(ReadingBudget budget) {
        this.budget = budget;
    }

    RawDocument read(String fileName, byte[] content) {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || root.hasEntry("EncryptionInfo")) {
                throw new UnreadableRoadmapException(fileName, Problem.ENCRYPTED);
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                throw new UnreadableRoadmapException(fileName, Problem.UNSUPPORTED_FORMAT);
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(root, true)) {
                return new SpreadsheetReader(budget).read(workbook);
            }
        } catch (UnreadableRoadmapException problem) {
            throw problem;
        } catch (EncryptedDocumentException encrypted) {
            throw new UnreadableRoadmapException(fileName, Problem.ENCRYPTED, encrypted);
        } catch (IOException | RuntimeException broken) {
            throw new UnreadableRoadmapException(fileName, Problem.CORRUPT, broken);
        }
    }
}
