package ru.roadmapbot.roadmap.parties;

import java.util.ArrayList;
import java.util.List;

import ru.roadmapbot.roadmap.PartyRole;
import ru.roadmapbot.roadmap.ResponsibleParty;
import ru.roadmapbot.roadmap.parties.Lexicon.HeadKind;
import ru.roadmapbot.roadmap.parties.Token.Kind;

/**
 * The grammar of a responsible cell. A cell is a sequence of parties, each opened by a person, an office, a kind
 * of school or a role phrase, and each running over the words that qualify it until a separator or the next
 * opening. Paragraphs flattened into one line ("Руководители ОУ Кураторы", "РИАЦОКО ВИРО УО МКУ ИМОЦ ОО") split
 * because every opening ends the party before it. Words that open nothing known become a party with no role, so
 * nothing is silently dropped.
 */
public final class PartyGrammar {

    private final String cell;
    private final List<Token> tokens;
    private final PersonReader persons;
    private final HeadReader heads;
    private final OrganizationReader organizations;
    private final PositionReader positions;
    private final List<ResponsibleParty> parties = new ArrayList<>(4);

    private PartyGrammar(String cell) {
        this.cell = cell;
        this.tokens = CellLexer.tokenize(cell);
        this.persons = new PersonReader(tokens);
        this.heads = new HeadReader(tokens);
        this.organizations = new OrganizationReader(tokens);
        this.positions = new PositionReader(tokens, persons, heads);
    }

    /** The parties of a cell in the order they are written; none for a blank cell or one without words. */
    public static List<ResponsibleParty> parties(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        PartyGrammar grammar = new PartyGrammar(cell);
        grammar.run();
        return List.copyOf(grammar.parties);
    }

    private void run() {
        int i = 0;
        while (i < tokens.size()) {
            i = between(tokens.get(i)) ? i + 1 : party(i);
        }
    }

    /** Separators, stray punctuation and the conjunctions that join two parties. */
    private static boolean between(Token token) {
        return switch (token.kind()) {
            case COMMA, SEMICOLON, COLON, PERIOD, NEWLINE, DASH, OTHER, NUMBER, NUMERO -> true;
            case WORD -> token.isWord("и") || token.isWord("а") || token.isWord("также") || token.isWord("или");
            default -> false;
        };
    }

    private int party(int i) {
        PersonReader.Person person = persons.read(i);
        if (person != null) {
            return person(person);
        }
        if (tokens.get(i).is(Kind.INITIAL)) {
            // A lone capital with a dot that starts no name is a list marker ("А.", "I."), not a party.
            return i + 1;
        }
        if (Lexicon.preposition(tokens.get(i))) {
            return unknown(i, true);
        }
        if (Lexicon.label(tokens.get(i)) && i + 1 < tokens.size() && tokens.get(i + 1).is(Kind.COLON)) {
            // "Ответственный: Иванова И.И." names the column, not a party.
            return i + 2;
        }
        Organization organization = organizations.read(i);
        if (organization != null) {
            return organization(i, organization);
        }
        HeadReader.Match head = heads.read(i);
        if (head != null) {
            return roleGroup(head, head.start());
        }
        int shared = sharedHead(i);
        if (shared > 0) {
            return shared;
        }
        if (Lexicon.determiner(tokens.get(i))) {
            Organization widened = i + 1 < tokens.size() ? organizations.read(i + 1) : null;
            return widened != null ? organization(i, widened) : i + 1;
        }
        return unknown(i, false);
    }

    private int person(PersonReader.Person person) {
        PositionReader.Position position = positions.read(person.end());
        if (position == null) {
            add(null, List.of(), person.name(), null, person.start(), person.end());
            return person.end();
        }
        add(position.role(), position.organizations(), person.name(), position.text(), person.start(), position.end());
        return position.end();
    }

    /** An office or schools, with the words that qualify it ("Управление образования администрации района"). */
    private int organization(int start, Organization organization) {
        int end = qualifiersEnd(organization.end());
        add(organization.role(), organization.names(), null, null, start, end);
        return end;
    }

    /**
     * A role phrase with what qualifies it. Staff take the one organization written after them and its level
     * ("методисты ЦДО", "руководители МОУ №№ 2, 7"); curators and the schools themselves take schools; and
     * "и" joins a second phrase of the same role ("Руководители и заместители руководителей по УВР МОУ").
     */
    private int roleGroup(HeadReader.Match head, int rawStart) {
        Group group = new Group(head);
        int k = head.end();
        int last = k;
        boolean governed = false;
        while (k < tokens.size() && !Separators.hard(tokens, k) && !persons.startsAt(k)) {
            Token token = tokens.get(k);
            if (Lexicon.conjunction(token) && k + 1 < tokens.size()) {
                HeadReader.Match next = heads.read(k + 1);
                if (next != null && next.role() == group.role()) {
                    k = last = next.end();
                    continue;
                }
                if (next != null || persons.startsAt(k + 1) || organizations.read(k + 1) != null) {
                    break;
                }
            }
            HeadReader.Match next = heads.read(k);
            if (heads.opensParty(next)) {
                break;
            }
            Organization organization = organizations.read(k);
            if (organization != null) {
                if (!group.takes(organization, governed)) {
                    break;
                }
                k = last = organization.end();
                governed = false;
                continue;
            }
            if (next != null) {
                k = last = next.end();
                continue;
            }
            group.schoolMentioned |= Lexicon.schoolMention(token);
            group.municipalityMentioned |= Lexicon.municipalityMention(token);
            governed = Lexicon.preposition(token);
            k++;
            if (content(token)) {
                last = k;
            }
        }
        if (k < tokens.size() && !head.group() && persons.startsAt(k)) {
            return titledPerson(head.start(), last, persons.read(k));
        }
        add(group.role(), group.names, null, null, rawStart, last);
        return Math.max(k, last);
    }

    /**
     * "муниципальный и региональный координаторы": two levels share one head, so each gets a party of its own,
     * both quoting the whole phrase. Returns where the phrase ends, or 0 when there is no such phrase here.
     */
    private int sharedHead(int i) {
        Lexicon.Adjective adjective = Lexicon.adjective(tokens.get(i));
        if (adjective == null || adjective.role() == null || i + 2 >= tokens.size()
                || !Lexicon.conjunction(tokens.get(i + 1))) {
            return 0;
        }
        HeadReader.Match head = heads.read(i + 2);
        if (head == null || head.kind() == HeadKind.CURATOR || head.kind() == HeadKind.SCHOOLS) {
            return 0;
        }
        add(adjective.role(), List.of(), null, null, i, head.end());
        return roleGroup(head, i);
    }

    /** "начальник УО Миннуллина Л.М.", "Куратор – Иванова И.И.": a position written before the name. */
    private int titledPerson(int start, int positionEnd, PersonReader.Person person) {
        PositionReader.Position position = positions.of(start, positionEnd);
        add(position.role(), position.organizations(), person.name(), position.text(), start, person.end());
        return person.end();
    }

    /** Words that open nothing known, up to where something known opens; a leading preposition swallows its object. */
    private int unknown(int start, boolean adverbial) {
        int end = start + 1;
        int k = start + 1;
        while (k < tokens.size() && !Separators.hard(tokens, k) && !persons.startsAt(k)
                && !heads.opensParty(heads.read(k)) && (adverbial || organizations.read(k) == null)
                && !conjunctionBeforeParty(k)) {
            if (content(tokens.get(k++))) {
                end = k;
            }
        }
        add(null, List.of(), null, null, start, end);
        return Math.max(k, end);
    }

    /** Words after an office or school kind, until something else opens. */
    private int qualifiersEnd(int from) {
        int k = from;
        int end = from;
        while (k < tokens.size() && !Separators.hard(tokens, k) && !opensAt(k) && !conjunctionBeforeParty(k)) {
            if (content(tokens.get(k++))) {
                end = k;
            }
        }
        return end;
    }

    /** Tokens a party's raw words end on: words, names, numbers and a closing bracket, not a dangling dash. */
    private static boolean content(Token token) {
        return switch (token.kind()) {
            case WORD, QUOTED, NUMBER, NUMERO, INITIAL -> true;
            case OTHER -> token.text().equals(")") || token.text().equals("]");
            default -> false;
        };
    }

    /** A closing bracket whose opening bracket lies before the party ("Кураторы (методисты ИМЦ)"). */
    private boolean unbalanced(int from, int to) {
        int depth = 0;
        for (int c = from; c < to; c++) {
            depth += cell.charAt(c) == '(' ? 1 : cell.charAt(c) == ')' ? -1 : 0;
        }
        return depth < 0;
    }

    private boolean opensAt(int k) {
        return persons.startsAt(k) || heads.opensParty(heads.read(k)) || organizations.read(k) != null;
    }

    /** "и" before a party joins two parties ("УО и ИМОЦ"); before other words it is part of the words. */
    private boolean conjunctionBeforeParty(int k) {
        return Lexicon.conjunction(tokens.get(k)) && k + 1 < tokens.size() && opensAt(k + 1);
    }

    private void add(PartyRole role, List<String> organizations, String person, String position, int from, int to) {
        int end = tokens.get(to - 1).end();
        if (cell.charAt(end - 1) == ')' && unbalanced(tokens.get(from).start(), end)) {
            end--;
        }
        String raw = cell.substring(tokens.get(from).start(), end).strip();
        parties.add(new ResponsibleParty(role, organizations, person, position, raw));
    }

    /** The state of a role phrase while its qualifiers are read. */
    private static final class Group {

        private final HeadReader.Match head;
        private final List<String> names = new ArrayList<>(2);
        private PartyRole officeRole;
        private boolean schoolMentioned;
        private boolean municipalityMentioned;
        private boolean tookOrganization;

        Group(HeadReader.Match head) {
            this.head = head;
        }

        boolean takes(Organization organization, boolean governed) {
            HeadKind kind = head.kind();
            boolean takes = switch (kind) {
                case STAFF -> !tookOrganization || governed;
                case CURATOR, SCHOOLS -> organization.school() || governed;
                case COORDINATOR -> governed;
            };
            if (!takes) {
                return false;
            }
            if (organization.school()) {
                schoolMentioned = true;
                if (kind != HeadKind.COORDINATOR) {
                    names.addAll(organization.names());
                }
            } else if (kind == HeadKind.STAFF && officeRole == null) {
                officeRole = organization.role();
                names.addAll(organization.names());
            }
            tookOrganization = true;
            return true;
        }

        /** Staff belong to the office they are written with ("методисты ЦДО"), else to schools they name. */
        PartyRole role() {
            if (head.kind() != HeadKind.STAFF) {
                return head.role();
            }
            if (officeRole != null) {
                return officeRole;
            }
            // "методисты школ", "представители ОО": school staff, unless an adjective has set the level.
            if (schoolMentioned && head.adjectiveRole() == null) {
                return PartyRole.DIRECTOR;
            }
            return head.role() == null && municipalityMentioned ? PartyRole.MUNICIPAL_COORDINATOR : head.role();
        }
    }
}
