package ru.roadmapbot.roadmap;

import java.util.Locale;

/** Whose roadmap it is: a region's (all its municipalities), a municipality's (its schools), or one school's. */
public enum RoadmapLevel {
    REGIONAL, MUNICIPAL, SCHOOL;

    public String messageKey() {
        return "roadmap.level." + name().toLowerCase(Locale.ROOT);
    }

    /** Reads "regional", "municipal", "school" as typed on the command line or in a form. */
    public static RoadmapLevel parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
