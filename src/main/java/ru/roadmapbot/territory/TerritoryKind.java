package ru.roadmapbot.territory;

/** A region (a subject of the federation) holds municipalities; schools sit in a municipality. */
public enum TerritoryKind {
    REGION, MUNICIPALITY;

    public String messageKey() {
        return "territory.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
