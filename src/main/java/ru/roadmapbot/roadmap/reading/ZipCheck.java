package ru.roadmapbot.roadmap.reading;

import java.nio.charset.StandardCharsets;

/** What can be told of a zip file from its raw bytes, without trusting its structure. */
final class ZipCheck {

    /** End-of-central-directory record signature, "PK\5\6". */
    private static final int[] END_SIGNATURE = {0x50, 0x4B, 0x05, 0x06};
    /** The record is 22 bytes plus a comment of at most 65535 bytes. */
    private static final int MAX_END_RECORD = 22 + 0xFFFF;

    private ZipCheck() {
    }

    /** Whether the zip is whole: a truncated one has lost its central directory, which sits at the very end. */
    static boolean complete(byte[] content) {
        int lowest = Math.max(0, content.length - MAX_END_RECORD);
        for (int i = content.length - 22; i >= lowest; i--) {
            if ((content[i] & 0xFF) == END_SIGNATURE[0] && (content[i + 1] & 0xFF) == END_SIGNATURE[1]
                    && (content[i + 2] & 0xFF) == END_SIGNATURE[2] && (content[i + 3] & 0xFF) == END_SIGNATURE[3]) {
                return true;
            }
        }
        return false;
    }

    /** Entry names are stored in plain ASCII, so a damaged .docx or .xlsx still shows its main part's name. */
    static boolean namesOfficePart(byte[] content) {
        return contains(content, "word/document.xml") || contains(content, "xl/workbook.xml");
    }

    private static boolean contains(byte[] content, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= content.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
