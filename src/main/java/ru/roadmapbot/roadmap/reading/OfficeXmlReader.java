package ru.roadmapbot.roadmap.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.xml.sax.SAXException;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;
import ru.roadmapbot.roadmap.UnreadableRoadmapException.Problem;

/**
 * A zip container of Office XML: a .docx or an .xlsx, told apart by the content type of the package's main part.
 * Any other zip (OpenDocument, a presentation, a plain archive) is a format we do not read; a zip that breaks while
 * being read is a corrupt document; one whose parts unpack past the limit, or far more than text compresses (a zip
 * bomb), is refused as such. The zip is opened from a temporary file, so its parts are unpacked one at a time as
 * they are read, never all at once in memory.
 */
final class OfficeXmlReader {

    /** Text compresses about ten times; a part unpacking to more than a hundred times its size is a bomb. */
    private static final double MIN_INFLATE_RATIO = 0.01;

    private final ReadingBudget budget;

    OfficeXmlReader(ReadingBudget budget) {
        this.budget = budget;
    }

    RawDocument read(String fileName, byte[] content) {
        Path file = null;
        OPCPackage container = null;
        try {
            file = Files.createTempFile("roadmap-", ".zip");
            Files.write(file, content);
            container = open(fileName, file, content);
            String type = mainPartType(container);
            if (type.contains("wordprocessingml") || type.contains("ms-word")) {
                RawDocument document = new DocxReader().read(container);
                budget.check(document);
                return document;
            }
            if (type.contains("spreadsheetml") || type.contains("ms-excel.sheet.macroEnabled")) {
                return new StreamingXlsxReader(budget).read(container);
            }
            throw new UnreadableRoadmapException(fileName, corruptOrForeign(content));
        } catch (UnreadableRoadmapException problem) {
            throw problem;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException broken) {
            if (unpacksTooMuch(broken)) {
                throw budget.unpacksTooLarge(broken);
            }
            // POI reports broken parts with its own runtime exceptions (POIXMLException, XmlException causes, ...).
            throw new UnreadableRoadmapException(fileName, Problem.CORRUPT, broken);
        } finally {
            if (container != null) {
                container.revert();
            }
            deleteQuietly(file);
        }
    }

    /** POI's zip guard says "Zip bomb detected" for the ratio and "would exceed the max size" for the size. */
    private static boolean unpacksTooMuch(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("exceed the max size"))) {
                return true;
            }
        }
        return false;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the system cleans its folder
            }
        }
    }

    private OPCPackage open(String fileName, Path file, byte[] content) {
        // POI's guards are process-wide settings; every read sets the limits it reads under
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(budget.limits().maxUnpackedBytes());
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (ODFNotOfficeXmlFileException openDocument) {
            throw new UnreadableRoadmapException(fileName, Problem.UNSUPPORTED_FORMAT, openDocument);
        } catch (InvalidFormatException | RuntimeException unopened) {
            if (unpacksTooMuch(unopened)) {
                throw budget.unpacksTooLarge(unopened);
            }
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
