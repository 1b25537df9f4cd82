package ru.roadmapbot.people;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares organization names the way roadmaps write them: "МБОУ «Шапшинская ООШ»" is "МБОУ Шапшинская ООШ",
 * and "МОУ № 2" is the school "МОУ «Средняя общеобразовательная школа №2»": within a municipality the number
 * names the school.
 */
public final class OrganizationNames {

    private static final Pattern NUMBER = Pattern.compile("№\\s*(\\d+)");
    private static final Pattern BODY = Pattern.compile("(?iu)\\b(мку|муниципальн|управлени|уо|диро|виро|гбу|аоу|риацоко|рцои|цоко|имоц|мкц|ркц|моуо|министерств|департамент)");

    private OrganizationNames() {
    }

    /** A key equal for two spellings of one organization. */
    public static String matchKey(String name) {
        String number = number(name);
        if (number != null && !isBody(name)) {
            return "school#" + number;
        }
        String folded = name.toLowerCase(Locale.ROOT).replace('ё', 'е');
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                key.append(ch);
                space = false;
            } else {
                space = true;
            }
        }
        return key.toString();
    }

    /** The school number ("2" of "МОУ № 2"), or null. */
    public static String number(String name) {
        Matcher matcher = NUMBER.matcher(name);
        return matcher.find() ? matcher.group(1) : null;
    }

    public static boolean isBody(String name) {
        return BODY.matcher(name).find();
    }

    public static OrganizationKind kindOf(String name) {
        return isBody(name) ? OrganizationKind.BODY : OrganizationKind.SCHOOL;
    }
}
