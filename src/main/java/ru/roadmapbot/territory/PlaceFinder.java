package ru.roadmapbot.territory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the places a document names: "Харовского муниципального района", "в Гороховецком районе", "Свердловской
 * области", "Республики Дагестан", "Удмуртской Республики", and the abbreviations of regions that bodies carry in
 * their names ("ГБУ ДПО РД «ДИРО»"). Pure, so a dry run of an import needs no database.
 */
public final class PlaceFinder {

    /** A place named in a text. */
    public record Mention(String name, TerritoryKind kind, String key) {
    }

    /** Abbreviations that name one region only; ambiguous ones (РБ, РК, ЧР) are left out on purpose. */
    private static final Map<String, String> REGION_ABBREVIATIONS = Map.of(
            "РД", "Республика Дагестан",
            "КБР", "Кабардино-Балкарская Республика",
            "КЧР", "Карачаево-Черкесская Республика",
            "РМЭ", "Республика Марий Эл",
            "ХМАО", "Ханты-Мансийский автономный округ",
            "ЯНАО", "Ямало-Ненецкий автономный округ");

    private static final int MAX_ADJECTIVES = 3;

    private PlaceFinder() {
    }

    /**
     * Where a roadmap belongs: the municipality its title names, else the one its preamble (approval stamp, order)
     * names most often; the region likewise, and failing those the region its rows name most often (bodies such as
     * "ГБУ ДПО РД «ДИРО»" carry it).
     */
    public static Place place(String title, List<String> preamble, List<String> body) {
        List<Mention> inTitle = title == null ? List.of() : find(title);
        List<Mention> inPreamble = new ArrayList<>();
        preamble.forEach(line -> inPreamble.addAll(find(line)));
        String municipality = first(inTitle, TerritoryKind.MUNICIPALITY);
        if (municipality == null) {
            municipality = mostFrequent(inPreamble, TerritoryKind.MUNICIPALITY);
        }
        String region = first(inTitle, TerritoryKind.REGION);
        if (region == null) {
            region = mostFrequent(inPreamble, TerritoryKind.REGION);
        }
        if (region == null) {
            List<Mention> inBody = new ArrayList<>();
            body.forEach(line -> inBody.addAll(find(line)));
            region = mostFrequent(inBody, TerritoryKind.REGION);
        }
        return new Place(municipality, region);
    }

    /** Every place named in a line of text, in order. */
    public static List<Mention> find(String text) {
        List<String> words = new ArrayList<>();
        List<Boolean> joined = new ArrayList<>();
        tokenize(PlaceNames.clean(text), words, joined);
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String abbreviation = REGION_ABBREVIATIONS.get(word);
            if (abbreviation != null) {
                mentions.add(mention(abbreviation, TerritoryKind.REGION));
                continue;
            }
            String head = PlaceNames.head(word);
            if (head == null) {
                continue;
            }
            Mention found = head.equals("республика") ? republic(words, joined, i) : headed(words, joined, i, head);
            if (found != null) {
                mentions.add(found);
            }
        }
        return mentions;
    }

    /** "Харовского муниципального района": a proper adjective, maybe generic ones, then the head noun. */
    private static Mention headed(List<String> words, List<Boolean> joined, int headAt, String head) {
        int start = -1;
        boolean autonomous = false;
        for (int i = headAt - 1; i >= 0 && headAt - i <= MAX_ADJECTIVES && joined.get(i + 1); i--) {
            String word = words.get(i);
            if (!PlaceNames.adjective(word)) {
                break;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.startsWith("муниципальн") || lower.startsWith("городск") || lower.startsWith("автономн")) {
                autonomous |= lower.startsWith("автономн");
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0)) || PlaceNames.NOT_PLACES.contains(lower)) {
                break;
            }
            start = i;
            break;
        }
        if (start < 0) {
            return null;
        }
        String phrase = String.join(" ", words.subList(start, headAt + 1));
        TerritoryKind kind = head.equals("район") || (head.equals("округ") && !autonomous)
                ? TerritoryKind.MUNICIPALITY : TerritoryKind.REGION;
        return mention(PlaceNames.nominative(phrase), kind);
    }

    /** "Удмуртской Республики" (adjective first) or "Республики Дагестан" (name after). */
    private static Mention republic(List<String> words, List<Boolean> joined, int headAt) {
        if (headAt > 0 && joined.get(headAt)) {
            String before = words.get(headAt - 1);
            if (PlaceNames.adjective(before) && Character.isUpperCase(before.charAt(0))
                    && !PlaceNames.NOT_PLACES.contains(before.toLowerCase(Locale.ROOT))) {
                return mention(PlaceNames.nominative(before + " " + words.get(headAt)), TerritoryKind.REGION);
            }
        }
        int end = headAt + 1;
        while (end < words.size() && end - headAt <= 2 && joined.get(end)
                && Character.isUpperCase(words.get(end).charAt(0)) && PlaceNames.head(words.get(end)) == null) {
            end++;
        }
        if (end == headAt + 1) {
            return null;
        }
        return mention(PlaceNames.nominative(String.join(" ", words.subList(headAt, end))), TerritoryKind.REGION);
    }

    private static Mention mention(String name, TerritoryKind kind) {
        return new Mention(name, kind, PlaceNames.matchKey(name));
    }

    /**
     * Words of a line, and for each whether only blanks separate it from the word before (a comma, a bracket or
     * a full stop ends a phrase: "района, Вологодской области" is two places).
     */
    private static void tokenize(String text, List<String> words, List<Boolean> joined) {
        int i = 0;
        boolean onlyBlanks = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < text.length() && (Character.isLetter(text.charAt(i))
                        || (text.charAt(i) == '-' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))))) {
                    i++;
                }
                words.add(text.substring(start, i));
                joined.add(onlyBlanks);
                onlyBlanks = true;
            } else {
                if (!Character.isWhitespace(c)) {
                    onlyBlanks = false;
                }
                i++;
            }
        }
    }

    private static String first(List<Mention> mentions, TerritoryKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).map(Mention::name).findFirst().orElse(null);
    }

    /** The place named most often (by key), in the spelling of its first mention; ties go to the first named. */
    private static String mostFrequent(List<Mention> mentions, TerritoryKind kind) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            if (mention.kind() == kind && !mention.key().isEmpty()) {
                counts.merge(mention.key(), 1, Integer::sum);
                names.putIfAbsent(mention.key(), mention.name());
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > counts.get(best)) {
                best = entry.getKey();
            }
        }
        return best == null ? null : names.get(best);
    }
}
