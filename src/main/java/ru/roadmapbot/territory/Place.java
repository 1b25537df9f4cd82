package ru.roadmapbot.territory;

/**
 * Where a document says it belongs, as names in the nominative; either may be null.
 *
 * @param municipality "Харовский муниципальный район", "Каменск-Уральский городской округ"
 * @param region       "Вологодская область", "Республика Дагестан"
 */
public record Place(String municipality, String region) {

    public static final Place UNKNOWN = new Place(null, null);

    public boolean known() {
        return municipality != null || region != null;
    }

    /** "Гороховецкий район, Владимирская область": how a person would write it. */
    public String describe() {
        if (municipality != null && region != null) {
            return municipality + ", " + region;
        }
        return municipality != null ? municipality : region;
    }
}
