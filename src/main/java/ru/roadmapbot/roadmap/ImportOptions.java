package ru.roadmapbot.roadmap;

/**
 * How to import a roadmap, beyond its file.
 *
 * @param code      what a re-import matches on; null for the file name without its extension
 * @param territory a territory typed by a person ("Гороховецкий район"), over what the document says; or null
 * @param school    a school whose own roadmap this is ("МБОУ Галицкая СОШ"), or null
 * @param scope       the territory of the coordinator importing it: the roadmap must lie within it, and a document
 *                    that names no place is theirs; null from the command line and for the region's console
 * @param corrections schedule cells corrected in the preview, kept for this roadmap's later imports too
 */
public record ImportOptions(String code, String territory, String school, Long scope, Corrections corrections) {

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, null);
    }

    public static ImportOptions code(String code) {
        return new ImportOptions(code, null, null, null);
    }

    public ImportOptions {
        code = blankToNull(code);
        territory = blankToNull(territory);
        school = blankToNull(school);
        corrections = corrections == null ? Corrections.NONE : corrections;
    }

    public ImportOptions(String code, String territory, String school, Long scope) {
        this(code, territory, school, scope, Corrections.NONE);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
