package ru.roadmapbot.roadmap;

import java.util.List;

import ru.roadmapbot.roadmap.parties.PartyGrammar;

/**
 * Reads the "responsible" cell of a roadmap row into parties: roles, organizations and named people, each with
 * the words it came from. Stateless and thread-safe; a cell costs microseconds.
 */
public class ResponsiblePartiesParser {

    /** The parties of a cell in the order written; empty for a blank or missing cell or one without words. */
    public List<ResponsibleParty> parse(String cell) {
        return PartyGrammar.parties(cell);
    }

    /** The parties of a cell with the verdict on whether all of them were understood. */
    public ResponsibleCell read(String cell) {
        return new ResponsibleCell(parse(cell));
    }
}
