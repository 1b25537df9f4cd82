package ru.roadmapbot.roadmap;

import java.util.List;

/**
 * The parties read from one "responsible" cell, and whether the cell was understood: every party has a role or a
 * named person. A row whose cell is not understood goes to review rather than to reminders.
 *
 * @param parties the parties in the order they are written; empty when the cell names no one (blank, dashes)
 */
public record ResponsibleCell(List<ResponsibleParty> parties) {

    public ResponsibleCell {
        parties = List.copyOf(parties);
    }

    /** Every party was understood; true for a cell that names no one, which the caller judges by {@link #isEmpty()}. */
    public boolean understood() {
        return parties.stream().allMatch(ResponsibleParty::understood);
    }

    /** The parties with neither a role nor a person, shown to the reviewer by their raw words. */
    public List<ResponsibleParty> unknownParties() {
        return parties.stream().filter(party -> !party.understood()).toList();
    }

    public boolean isEmpty() {
        return parties.isEmpty();
    }
}
