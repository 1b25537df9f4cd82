package ru.roadmapbot.roadmap.parties;

import java.util.ArrayList;
import java.util.List;

import ru.roadmapbot.roadmap.PartyRole;
import ru.roadmapbot.roadmap.parties.Lexicon.HeadKind;
import ru.roadmapbot.roadmap.parties.Token.Kind;

/**
 * Reads the position written after a person ("Миннуллина Л.М., начальник Управления образования") and the role it
 * gives. Inside a position an office in any case is part of the title, so the position runs to the next separator,
 * person or group of people ("ведущий специалист Управления образования Руководители МОУ" stops at "Руководители").
 */
final class PositionReader {

    /** A position read from token {@code start} to {@code end} (exclusive). */
    record Position(String text, PartyRole role, List<String> organizations, int start, int end) {
    }

    private final List<Token> tokens;
    private final PersonReader persons;
    private final HeadReader heads;

    PositionReader(List<Token> tokens, PersonReader persons, HeadReader heads) {
        this.tokens = tokens;
        this.persons = persons;
        this.heads = heads;
    }

    /** The position after a person ending at {@code afterPerson}, or null when none is written. */
    Position read(int afterPerson) {
        int start = afterPerson;
        if (start < tokens.size() && (tokens.get(start).is(Kind.COMMA) || tokens.get(start).is(Kind.DASH))) {
            start++;
        }
        if (!startsPosition(start)) {
            return null;
        }
        int end = start;
        while (end < tokens.size() && !Separators.hard(tokens, end) && !persons.startsAt(end) && !opensGroup(end)
                && !(Lexicon.conjunction(tokens.get(end)) && end + 1 < tokens.size()
                && (persons.startsAt(end + 1) || opensGroup(end + 1)))) {
            end++;
        }
        return of(start, end);
    }

    private boolean startsPosition(int i) {
        if (i >= tokens.size() || !tokens.get(i).isWord() || tokens.get(i).abbreviation() || persons.startsAt(i)) {
            return false;
        }
        HeadReader.Match head = heads.read(i);
        return head != null ? !head.group() : !tokens.get(i).capitalized();
    }

    private boolean opensGroup(int i) {
        HeadReader.Match head = heads.read(i);
        return head != null && head.group() && heads.opensParty(head);
    }

    /**
     * Curators and coordinators are what they are wherever they work; otherwise the office named decides
     * ("заместитель начальника Управления образования", "директор ЦДО"), then the title ("директор Средней школы").
     */
    Position of(int start, int end) {
        OrganizationReader organizations = new OrganizationReader(tokens.subList(0, end));
        HeadReader.Match title = null;
        PartyRole officeRole = null;
        boolean school = false;
        List<String> names = new ArrayList<>();
        for (int k = start; k < end; k++) {
            Organization organization = organizations.read(k);
            if (organization != null && (organization.school() || officeRole == null)) {
                school |= organization.school();
                officeRole = organization.school() ? officeRole : organization.role();
                names.addAll(organization.names());
                k = organization.end() - 1;
                continue;
            }
            HeadReader.Match head = title == null ? heads.read(k) : null;
            if (head != null) {
                title = head;
                k = head.end() - 1;
            }
            school |= Lexicon.schoolMention(tokens.get(k));
        }
        PartyRole role;
        if (title != null && (title.kind() == HeadKind.CURATOR || title.kind() == HeadKind.COORDINATOR)) {
            role = title.role();
        } else if (officeRole != null) {
            role = officeRole;
        } else if (title != null && title.role() != null) {
            role = title.role();
        } else {
            role = school ? PartyRole.DIRECTOR : null;
        }
        return new Position(Names.written(tokens, start, end), role, names, start, end);
    }
}
