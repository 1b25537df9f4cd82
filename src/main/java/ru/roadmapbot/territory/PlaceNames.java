package ru.roadmapbot.territory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of places as Russian documents write them. A roadmap says "Харовского муниципального района" or "в
 * Гороховецком районе"; the territory is "Харовский муниципальный район". Only what place names need: adjectives
 * before a head noun (район, округ, область, край, республика) are put back in the nominative, and two spellings
 * of one place get one match key ("Гороховецкий р-н" and "ГОРОХОВЕЦКОГО РАЙОНА" are the same district).
 */
public final class PlaceNames {

    /** Head nouns in every case form, by their nominative. */
    private static final Map<String, String> HEADS = Map.ofEntries(
            Map.entry("район", "район"), Map.entry("района", "район"), Map.entry("районе", "район"),
            Map.entry("району", "район"), Map.entry("районом", "район"),
            Map.entry("округ", "округ"), Map.entry("округа", "округ"), Map.entry("округе", "округ"),
            Map.entry("округу", "округ"), Map.entry("округом", "округ"),
            Map.entry("область", "область"), Map.entry("области", "область"), Map.entry("областью", "область"),
            Map.entry("край", "край"), Map.entry("края", "край"), Map.entry("крае", "край"), Map.entry("краю", "край"),
            Map.entry("краем", "край"),
            Map.entry("республика", "республика"), Map.entry("республики", "республика"),
            Map.entry("республике", "республика"), Map.entry("республику", "республика"),
            Map.entry("республикой", "республика"));

    /** Words that say what kind of place it is rather than which one; left out of match keys. */
    private static final Set<String> GENERIC = Set.of("район", "р-н", "муниципальный", "муниципальное", "образование",
            "городской", "го", "мо", "округ", "город", "г", "область", "обл", "край", "республика", "респ",
            "автономный", "автономная", "ао", "м.о", "мр");
    /** The same words by their stems, for the case forms ("муниципального", "городском"). */
    private static final Set<String> GENERIC_STEMS = Set.of("муниципальн", "городск", "автономн");

    /** Adjectives that inflect like place names but are not ones ("каждого района", "этого округа"). */
    static final Set<String> NOT_PLACES = Set.of("каждого", "каждом", "этого", "этом", "того", "том", "нашего",
            "нашем", "данного", "данном", "своего", "своем", "другого", "другом", "соседнего", "соседнем", "всего",
            "любого", "одного", "нового", "указанного", "соответствующего", "муниципального", "муниципальном",
            "городского", "городском", "сельского", "сельском", "автономного", "автономном", "всей", "этой",
            "данной", "нашей", "каждой", "своей", "другой", "указанной", "соответствующей", "федерального",
            "федеральном", "регионального", "региональном", "административного");

    /** Adjectives with a stressed ending: "городского" is "городской", not "городский". */
    private static final Map<String, String> STRESSED = Map.of("городск", "городской", "сельск", "сельский");

    private static final List<String> ADJECTIVE_ENDINGS = List.of("ого", "его", "ому", "ему", "ым", "им", "ом", "ем",
            "ой", "ей", "ую", "юю", "ою", "ий", "ый", "ая", "яя", "ое", "ее", "ие", "ые", "их", "ых");

    private PlaceNames() {
    }

    /** Without stress marks (Каме́нск-Ура́льский), soft hyphens and non-breaking spaces. */
    public static String clean(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == '\u0301' || c == '\u0300' || c == '\u00AD') {
                continue;
            }
            out.append(c == '\u00A0' ? ' ' : c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** The nominative of a head noun ("района" is "район"), or null when the word is not one. */
    static String head(String word) {
        return HEADS.get(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
    }

    /** Whether a word is inflected like an adjective ("Харовского", "Свердловской", "Каменск-Уральского"). */
    static boolean adjective(String word) {
        String lower = lastPart(word).toLowerCase(Locale.ROOT);
        return lower.length() > 3 && ADJECTIVE_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /**
     * The nominative of a place phrase of adjectives and one head noun: "Харовского муниципального района" is
     * "Харовский муниципальный район", "Свердловской области" is "Свердловская область", "Республики Дагестан"
     * is "Республика Дагестан". Words after "Республика" are its name and stay as written.
     */
    public static String nominative(String phrase) {
        String[] words = clean(phrase).strip().split("\\s+");
        String headWord = null;
        int headAt = -1;
        for (int i = 0; i < words.length; i++) {
            String nominative = head(words[i]);
            if (nominative != null) {
                headWord = nominative;
                headAt = i;
                break;
            }
        }
        if (headWord == null) {
            return capitalizeProper(String.join(" ", words));
        }
        boolean feminine = headWord.equals("область") || headWord.equals("республика");
        List<String> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            if (i == headAt) {
                out.add(i == 0 && headWord.equals("республика") ? "Республика" : headWord);
            } else if (i < headAt || !headWord.equals("республика")) {
                out.add(adjectiveNominative(words[i], feminine, i == 0));
            } else {
                out.add(capitalizeProper(words[i]));
            }
        }
        if (headAt > 0 && headWord.equals("республика")) {
            out.set(headAt, "Республика");
        }
        return String.join(" ", out);
    }

    private static String adjectiveNominative(String word, boolean feminine, boolean proper) {
        int hyphen = word.lastIndexOf('-');
        String prefix = hyphen < 0 ? "" : word.substring(0, hyphen + 1);
        String last = word.substring(hyphen + 1).toLowerCase(Locale.ROOT);
        String nominative = last;
        if (feminine) {
            if (endsWithAny(last, "ой", "ую", "ою")) {
                nominative = last.substring(0, last.length() - 2) + "ая";
            } else if (endsWithAny(last, "ей", "юю")) {
                nominative = last.substring(0, last.length() - 2) + "яя";
            }
        } else {
            String stem = null;
            boolean soft = false;
            if (endsWithAny(last, "ого", "ому")) {
                stem = last.substring(0, last.length() - 3);
            } else if (endsWithAny(last, "ом", "ым")) {
                stem = last.substring(0, last.length() - 2);
            } else if (endsWithAny(last, "его", "ему")) {
                stem = last.substring(0, last.length() - 3);
                soft = true;
            } else if (endsWithAny(last, "ем", "им")) {
                stem = last.substring(0, last.length() - 2);
                soft = true;
            }
            if (stem != null) {
                nominative = STRESSED.containsKey(stem) ? STRESSED.get(stem)
                        : stem + (soft || endsWithAny(stem, "к", "г", "х", "ж", "ш", "ч", "щ") ? "ий" : "ый");
            }
        }
        String joined = prefix.toLowerCase(Locale.ROOT) + nominative;
        return proper ? capitalizeProper(joined) : joined;
    }

    /** "каменск-уральский" is "Каменск-Уральский"; "ГОРОХОВЕЦКИЙ" is "Гороховецкий". */
    static String capitalizeProper(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
                start = false;
            } else {
                out.append(c);
                start = c == '-' || c == ' ' || c == '(';
            }
        }
        return out.toString();
    }

    /** The kind a name says it is: область, край, республика, автономный округ are regions; район, округ municipalities. */
    public static TerritoryKind kindOf(String name) {
        String lower = " " + clean(name).toLowerCase(Locale.ROOT).replace('ё', 'е') + " ";
        if (lower.contains(" област") || lower.contains(" край") || lower.contains(" кра ") || lower.contains("республик")
                || lower.contains(" обл.") || lower.contains(" обл ") || lower.contains("респ.") || lower.contains(" автономн")
                || lower.contains(" москва ") || lower.contains("санкт-петербург") || lower.contains("севастопол")) {
            return TerritoryKind.REGION;
        }
        if (lower.contains(" район") || lower.contains(" р-н") || lower.contains(" округ") || lower.contains(" го ")
                || lower.contains(" мо ") || lower.contains(" город ") || lower.contains(" г. ")) {
            return TerritoryKind.MUNICIPALITY;
        }
        return null;
    }

    /**
     * A key equal for two spellings of one place: the words that name it, without the words for its kind and
     * without adjective endings. "Гороховецкий район", "Гороховецкого района" and "гороховецкий р-н" share
     * "гороховецк".
     */
    public static String matchKey(String name) {
        String lower = clean(name).toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replace('–', '-').replace('—', '-');
        List<String> kept = new ArrayList<>();
        for (String word : lower.split("[\\s,.«»\"()]+")) {
            String bare = word.replaceAll("^-+|-+$", "");
            if (bare.isEmpty() || GENERIC.contains(bare) || head(bare) != null || GENERIC_STEMS.contains(stripEnding(bare))) {
                continue;
            }
            kept.add(stripEnding(bare));
        }
        return String.join(" ", kept);
    }

    private static String stripEnding(String word) {
        int hyphen = word.lastIndexOf('-');
        String last = word.substring(hyphen + 1);
        if (last.length() > 4) {
            for (String ending : ADJECTIVE_ENDINGS) {
                if (last.endsWith(ending)) {
                    return word.substring(0, hyphen + 1) + last.substring(0, last.length() - ending.length());
                }
            }
        }
        return word;
    }

    /**
     * A short form for lists and calendar categories: "Гороховецкий р-н", "Каменск-Уральский ГО",
     * "Свердловская обл.", "Респ. Дагестан".
     */
    public static String shortName(String name) {
        String shortened = " " + name + " ";
        shortened = shortened.replace(" муниципальный район ", " р-н ").replace(" район ", " р-н ")
                .replace(" городской округ ", " ГО ").replace(" муниципальный округ ", " МО ")
                .replace(" автономный округ ", " АО ").replace(" область ", " обл. ")
                .replace(" Республика ", " Респ. ");
        return shortened.strip();
    }

    private static String lastPart(String word) {
        return word.substring(word.lastIndexOf('-') + 1);
    }

    private static boolean endsWithAny(String word, String... endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
