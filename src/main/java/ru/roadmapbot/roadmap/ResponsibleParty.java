package ru.roadmapbot.roadmap;

import java.util.List;

/**
 * One party named in a "responsible" cell, understood.
 *
 * @param role          the role it reaches, or null when the words name no known role
 * @param organizations organizations it is limited to ("МОУ № 2", "МБОУ Галицкая СОШ", "МКУ «УО»"); empty = all
 * @param person        a named person ("Миннуллина Л.М."), or null
 * @param position      the person's position as written ("начальник Управления образования"), or null
 * @param raw           the words of the cell this party was read from
 */
public record ResponsibleParty(PartyRole role, List<String> organizations, String person, String position, String raw) {

    public ResponsibleParty {
        organizations = List.copyOf(organizations);
    }

    /** Whether the words were understood: they reach a role or name a person. */
    public boolean understood() {
        return role != null || person != null;
    }
}
