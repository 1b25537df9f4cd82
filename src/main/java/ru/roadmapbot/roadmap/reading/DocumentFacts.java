package ru.roadmapbot.roadmap.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.roadmapbot.roadmap.ActivityRow;
import ru.roadmapbot.roadmap.ComparableText;
import ru.roadmapbot.roadmap.RoadmapLevel;
import ru.roadmapbot.territory.Place;
import ru.roadmapbot.territory.PlaceFinder;

/**
 * The facts a roadmap states around its table: its title, the date of the order approving it, its year, and the
 * territory it belongs to.
 *
 * @param title      the title paragraph, or null
 * @param approvedOn the approval date, or null
 * @param year       the year of the title, else of the approval, else of the first year section, or null
 * @param place      the municipality and region named by the title and preamble (the region also by the rows)
 * @param level      regional or municipal, as the title says, else as the place says; null when neither tells
 */
record DocumentFacts(String title, LocalDate approvedOn, Integer year, Place place, RoadmapLevel level) {

    /** Approval stamps are short lines; a long line with "от <date>" cites some other act (a law, a letter). */
    private static final int MAX_STAMP_LENGTH = 120;
    private static final int MAX_TITLE_LENGTH = 400;
    /** How far below "ПРИКАЗ" a bare date line may sit and still be the order's date. */
    private static final int ORDER_DATE_REACH = 4;

    static DocumentFacts of(List<String> preamble, List<ActivityRow> rows) {
        String title = title(preamble);
        LocalDate approvedOn = approvedOn(preamble);
        Integer year = title == null ? null : yearIn(title);
        if (year == null && approvedOn != null) {
            year = approvedOn.getYear();
        }
        if (year == null) {
            year = rows.stream().map(ActivityRow::sectionYear).filter(y -> y != null).findFirst().orElse(null);
        }
        Place place = PlaceFinder.place(title, preamble, bodyText(rows));
        return new DocumentFacts(title, approvedOn, year, place, level(title, place));
    }

    /** The cells that name bodies ("ГБУ ДПО РД «ДИРО»"), whose abbreviations tell the region when nothing else does. */
    private static List<String> bodyText(List<ActivityRow> rows) {
        List<String> cells = new ArrayList<>();
        for (ActivityRow row : rows) {
            if (row.responsible() != null) {
                cells.add(row.responsible());
            }
            if (row.controller() != null) {
                cells.add(row.controller());
            }
        }
        return cells;
    }

    /**
     * "Муниципальная дорожная карта" and "региональный план" say it outright; otherwise a roadmap that names a
     * municipality is that municipality's, and one that names only a region is the region's.
     */
    static RoadmapLevel level(String title, Place place) {
        String normalized = title == null ? "" : ComparableText.of(title);
        if (normalized.contains("муниципальн")) {
            return RoadmapLevel.MUNICIPAL;
        }
        if (normalized.contains("региональн")) {
            return RoadmapLevel.REGIONAL;
        }
        if (place.municipality() != null) {
            return RoadmapLevel.MUNICIPAL;
        }
        return place.region() != null ? RoadmapLevel.REGIONAL : null;
    }

    /**
     * The first paragraph naming a roadmap ("дорожная карта", "план мероприятий", "план-график") that reads as a
     * title: not a sentence ending with a full stop ("1. Утвердить План мероприятий ... (прилагается).") and not the
     * order's subject line ("Об утверждении плана-графика ..."). Lines that continue a title (starting in lower case
     * or with a bracket or a quote) are joined to it first, since titles are often broken over lines.
     */
    static String title(List<String> preamble) {
        for (String paragraph : paragraphs(preamble)) {
            String candidate = strip(paragraph);
            String normalized = ComparableText.of(candidate);
            boolean names = normalized.contains("дорожн") && normalized.contains("карт")
                    || normalized.contains("план мероприятий") || normalized.contains("план-график");
            if (!names || candidate.length() > MAX_TITLE_LENGTH || candidate.endsWith(".") || candidate.endsWith(":")
                    || normalized.startsWith("о ") || normalized.startsWith("об ")) {
                continue;
            }
            return candidate;
        }
        return null;
    }

    private static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (current != null && continuesTitle(line)) {
                current.append(' ').append(line);
            } else {
                if (current != null) {
                    paragraphs.add(current.toString());
                }
                current = new StringBuilder(line);
            }
        }
        if (current != null) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    private static boolean continuesTitle(String line) {
        char first = line.charAt(0);
        return Character.isLowerCase(first) || first == '(' || first == '«' || first == '"';
    }

    /** Without the emphasis marks and blanks to fill that extracted text keeps around headings ("**", "_"). */
    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '*' || text.charAt(start) == '_'
                || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '*' || text.charAt(end - 1) == '_'
                || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * The date of the approving order: "от 20 марта 2022 года" or "от 29.03.2021 № 104" on a short stamp line, or a
     * bare "14.02.2022_" just below "ПРИКАЗ", whichever comes first.
     */
    static LocalDate approvedOn(List<String> preamble) {
        int orderLine = -ORDER_DATE_REACH - 1;
        int index = 0;
        for (String raw : preamble) {
            String line = strip(raw);
            if (line.isEmpty()) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.replace(" ", "").contains("приказ")) {
                orderLine = index;
            }
            if (line.length() <= MAX_STAMP_LENGTH) {
                LocalDate stamped = afterFrom(lower);
                if (stamped != null) {
                    return stamped;
                }
                if (index - orderLine <= ORDER_DATE_REACH && index > orderLine) {
                    LocalDate bare = RussianDates.parseAt(line, 0);
                    if (bare != null && bareDate(line)) {
                        return bare;
                    }
                }
            }
            index++;
        }
        return null;
    }

    private static LocalDate afterFrom(String lower) {
        int at = lower.indexOf("от ");
        while (at >= 0) {
            boolean wordStart = at == 0 || !Character.isLetter(lower.charAt(at - 1));
            if (wordStart) {
                LocalDate date = RussianDates.parseAt(lower, at + 3);
                if (date != null) {
                    return date;
                }
            }
            at = lower.indexOf("от ", at + 1);
        }
        return null;
    }

    /** A line that is only a date, maybe followed by "г." or "года". */
    private static boolean bareDate(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c) && !line.substring(i).toLowerCase(Locale.ROOT).startsWith("г")) {
                return false;
            }
            if (Character.isLetter(c)) {
                return line.length() - i <= 5;
            }
        }
        return true;
    }

    /** A year named in a title ("в 2022 году"): the first standalone four-digit number from 1990 to 2100. */
    static Integer yearIn(String text) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            boolean starts = i == 0 || !Character.isDigit(text.charAt(i - 1));
            boolean ends = i + 4 == text.length() || !Character.isDigit(text.charAt(i + 4));
            if (starts && ends && isDigits(text, i, i + 4)) {
                int year = Integer.parseInt(text.substring(i, i + 4));
                if (year >= 1990 && year <= 2100) {
                    return year;
                }
            }
        }
        return null;
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
