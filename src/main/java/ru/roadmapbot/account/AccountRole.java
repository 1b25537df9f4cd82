package ru.roadmapbot.account;

import java.util.Locale;

/** A regional coordinator oversees a region (and manages accounts); a municipal coordinator one municipality. */
public enum AccountRole {
    REGIONAL, MUNICIPAL;

    public String messageKey() {
        return "account.role." + name().toLowerCase(Locale.ROOT);
    }

    /** Reads "regional" and "municipal" as typed on the command line, or null for anything else. */
    public static AccountRole parse(String text) {
        for (AccountRole role : values()) {
            if (role.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return role;
            }
        }
        return null;
    }
}
