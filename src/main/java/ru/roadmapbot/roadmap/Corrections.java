package ru.roadmapbot.roadmap;

import java.util.HashMap;
import java.util.Map;

/**
 * Schedule cells read as corrected rather than as written: by a row's key (a hash of its title, compared as
 * {@link ActivityMatcher} compares titles), a correction holds only while the cell still says what it said.
 */
public final class Corrections {

    /** A cell as written and as it should be read. */
    public record Correction(String original, String corrected) {
    }

    public static final Corrections NONE = new Corrections(Map.of());

    private final Map<String, Correction> byRow;

    public Corrections(Map<String, Correction> byRow) {
        this.byRow = Map.copyOf(byRow);
    }

    /** The key of a row for corrections: a hash of its title as compared, short enough for an index. */
    public static String keyOf(ActivityRow row) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(ActivityMatcher.title(row.title()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The text to read for this row's schedule: the correction if the cell is unchanged, else the cell. */
    String textFor(ActivityRow row, String cell) {
        Correction correction = byRow.get(keyOf(row));
        return correction != null && same(correction.original(), cell) ? correction.corrected() : cell;
    }

    /** Whether the row is read from a correction. */
    public boolean corrects(ActivityRow row, String cell) {
        Correction correction = byRow.get(keyOf(row));
        return correction != null && same(correction.original(), cell);
    }

    /** These corrections and, over them, the others. */
    public Corrections with(Corrections newer) {
        Map<String, Correction> all = new HashMap<>(byRow);
        all.putAll(newer.byRow);
        return new Corrections(all);
    }

    public Map<String, Correction> asMap() {
        return byRow;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
    }
}
