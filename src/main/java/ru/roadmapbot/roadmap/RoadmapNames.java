package ru.roadmapbot.roadmap;

import java.util.ArrayList;
import java.util.List;

/**
 * Short names of roadmaps, derived from the title: numbers collide across roadmaps ("2", "2.5"), so every item a
 * person sees names its roadmap, and "003_3563c2cda89c6920" tells nobody anything.
 */
public final class RoadmapNames {

    /** The longest short name kept; the column allows more, a list line does not. */
    public static final int MAX_LENGTH = 120;
    private static final String SEPARATOR = " · ";
    private static final int PROJECT_LENGTH = 30;

    private RoadmapNames() {
    }

    /**
     * "500+ · Гороховецкий р-н · 2022": the project the title names, the territory (or school) in short, the year.
     *
     * @param place the territory's short name or the school's name, or null
     */
    public static String shortName(String title, String place, Integer year) {
        List<String> parts = new ArrayList<>(3);
        String project = project(title);
        if (project != null) {
            parts.add(project);
        }
        if (place != null && !place.isBlank()) {
            parts.add(place.strip());
        }
        if (year != null) {
            parts.add(String.valueOf(year));
        }
        if (parts.isEmpty()) {
            return null;
        }
        String name = String.join(SEPARATOR, parts);
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH - 1) + "…" : name;
    }

    /**
     * The project a title is about: "500+" (but not for schools "не вошедшими в проект «500+»"), "ШНОР" for
     * schools with low results, else the title's first words; null without a title.
     */
    static String project(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String normalized = ComparableText.of(title);
        boolean lowResults = normalized.contains("шнор") || (normalized.contains("низк") && normalized.contains("результат"));
        if (normalized.contains("500+") && !normalized.contains("не вошедш")) {
            return "500+";
        }
        if (lowResults) {
            return "ШНОР";
        }
        return firstWords(title.replaceAll("[«»\"*]", "").strip(), PROJECT_LENGTH);
    }

    private static String firstWords(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return (cut > 0 ? text.substring(0, cut) : text.substring(0, max)) + "…";
    }
}
