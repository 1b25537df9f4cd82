package ru.roadmapbot.roadmap.reading;

import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.FileMagic;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;
import ru.roadmapbot.roadmap.UnreadableRoadmapException.Problem;

/**
 * Decides how to read a file from its first bytes, so a .docx renamed to .txt still reads as a .docx. The name only
 * separates .csv from other text, and says whether unknown binary content was meant to be a document.
 */
final class FormatDetector {

    /** Names of formats we read: binary junk under such a name is a broken or renamed file, not a foreign format. */
    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("docx", "docm", "doc", "xlsx", "xlsm", "xls", "csv",
            "tsv", "txt", "text");
    private static final Set<String> CSV_EXTENSIONS = Set.of("csv", "tsv");
    private static final int SNIFFED_BYTES = 8192;

    private FormatDetector() {
    }

    static Format detect(String fileName, byte[] content) {
        FileMagic magic = FileMagic.valueOf(content);
        switch (magic) {
            case OOXML:
                return Format.OFFICE_XML;
            case OLE2:
                return Format.OLE2;
            case UNKNOWN:
                break;
            case XML:
                if (!TextDecoding.isUtf16(content)) {
                    throw new UnreadableRoadmapException(fileName, Problem.UNSUPPORTED_FORMAT);
                }
                break;
            default:
                // PDF, pictures, RTF, HTML, Word 2 and Write files, BIFF2-4 spreadsheets: formats we do not read.
                throw new UnreadableRoadmapException(fileName, Problem.UNSUPPORTED_FORMAT);
        }
        String extension = extension(fileName);
        if (!TextDecoding.isUtf16(content) && looksBinary(content)) {
            Problem problem = DOCUMENT_EXTENSIONS.contains(extension) ? Problem.NOT_A_DOCUMENT
                    : Problem.UNSUPPORTED_FORMAT;
            throw new UnreadableRoadmapException(fileName, problem);
        }
        return CSV_EXTENSIONS.contains(extension) ? Format.CSV : Format.TEXT;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Text has no zero bytes and almost no control characters besides tabs and line breaks. */
    private static boolean looksBinary(byte[] content) {
        int length = Math.min(content.length, SNIFFED_BYTES);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return controls * 100 > length;
    }
}
