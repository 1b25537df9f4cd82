package ru.roadmapbot.roadmap;

import java.util.Locale;

/** Codes that identify a roadmap across re-imports, derived from file names ("Дорожная карта 2022.docx"). */
public final class RoadmapCodes {

    private static final int MAX_LENGTH = 200;

    private RoadmapCodes() {
    }

    public static String fromFileName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String code = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (code.isEmpty()) {
            code = "roadmap";
        }
        return code.length() > MAX_LENGTH ? code.substring(0, MAX_LENGTH) : code;
    }
}
