package ru.roadmapbot.roadmap.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;
import ru.roadmapbot.roadmap.UnreadableRoadmapException.Problem;

/**
 * A zip container of Office XML: a .docx or an .xlsx, told apart by the content type of the package's main part.
 * Any other zip (OpenDocument, a presentation, a plain archive) is a format we do not read; a zip that breaks while
 * being read is a corrupt document.
 */
final class OfficeXmlReader {

    RawDocument read(String fileName, byte[] content) {
        OPCPackage container = open(fileName, content);
        try {
            String type = mainPartType(container);
            if (type.contains("wordprocessingml") || type.contains("ms-word")) {
                return new DocxReader().read(container);
            }
            if (type.contains("spreadsheetml") || type.contains("ms-excel.sheet.macroEnabled")) {
                return new SpreadsheetReader().read(new XSSFWorkbook(container));
            }
            throw new UnreadableRoadmapException(fileName, corruptOrForeign(content));
        } catch (UnreadableRoadmapException problem) {
            throw problem;
        } catch (IOException | InvalidFormatException | RuntimeException broken) {
            // POI reports broken parts with its own runtime exceptions (POIXMLException, XmlException causes, ...).
            throw new UnreadableRoadmapException(fileName, Problem.CORRUPT, broken);
        } finally {
            container.revert();
        }
    }

    private static OPCPackage open(String fileName, byte[] content) {
        try {
            return OPCPackage.open(new ByteArrayInputStream(content));
        } catch (ODFNotOfficeXmlFileException openDocument) {
            throw new UnreadableRoadmapException(fileName, Problem.UNSUPPORTED_FORMAT, openDocument);
        } catch (IOException | InvalidFormatException | RuntimeException unopened) {
            // POI says "not Office XML" or "no content type part" for foreign zips and damaged ones alike.
            throw new UnreadableRoadmapException(fileName, corruptOrForeign(content), unopened);
        }
    }

    /**
     * A zip that breaks off, or that holds a Word or Excel main part POI cannot make sense of, is a damaged document;
     * a whole zip of something else (a presentation, an archive) is a format we do not read.
     */
    private static Problem corruptOrForeign(byte[] content) {
        return ZipCheck.complete(content) && !ZipCheck.namesOfficePart(content) ? Problem.UNSUPPORTED_FORMAT
                : Problem.CORRUPT;
    }

    private static String mainPartType(OPCPackage container) throws InvalidFormatException {
        PackageRelationshipCollection main = container.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            main = container.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (main.isEmpty()) {
            return "";
        }
        PackagePart part = container.getPart(main.getRelationship(0));
        return part == null ? "" : part.getContentType();
    }
}
