package ru.roadmapbot.roadmap.reading;

/** Whether a zip file is whole: a truncated one has lost its central directory, which sits at the very end. */
final class ZipCheck {

    /** End-of-central-directory record signature, "PK\5\6". */
    private static final int[] END_SIGNATURE = {0x50, 0x4B, 0x05, 0x06};
    /** The record is 22 bytes plus a comment of at most 65535 bytes. */
    private static final int MAX_END_RECORD = 22 + 0xFFFF;

    private ZipCheck() {
    }

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
}
