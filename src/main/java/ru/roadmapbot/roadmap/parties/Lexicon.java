package ru.roadmapbot.roadmap.parties;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.roadmapbot.roadmap.PartyRole;

/**
 * The words responsible cells name people and offices with. Only the forms that can open a party are heads
 * ("руководители", "кураторы"); oblique forms ("руководителей") are left to qualify the head before them, which is
 * how "заместители руководителей по УВР" stays one party. Built once, read by hash lookups.
 */
final class Lexicon {

    /** How a head treats the organizations written after it. */
    enum HeadKind {
        /** People of an organization ("руководители МОУ", "методисты ЦДО"): the organization decides the role. */
        STAFF,
        /** Curators: schools after them are their schools ("кураторы из МОУ №№ 1, 3"). */
        CURATOR,
        /** Coordinators and groups: a school or office after them is a party of its own. */
        COORDINATOR,
        /** The schools themselves ("Учреждения", "Участники проекта"). */
        SCHOOLS
    }

    /**
     * @param ambiguous the form is also an oblique case ("директора", "школы"), so it opens a party only at the
     *                  start of a segment or with a capital (a flattened paragraph)
     */
    record Head(HeadKind kind, PartyRole role, boolean plural, boolean ambiguous) {
    }

    record Adjective(PartyRole role, boolean plural) {
    }

    /** A known abbreviation: an office with its level, or a kind of school. */
    record Body(PartyRole role, boolean school) {
    }

    private static final PartyRole DIRECTOR = PartyRole.DIRECTOR;
    private static final PartyRole MUNICIPAL = PartyRole.MUNICIPAL_COORDINATOR;
    private static final PartyRole REGIONAL = PartyRole.REGIONAL_COORDINATOR;

    private static final Map<String, Head> HEADS = heads();
    private static final Map<String, Body> BODIES = bodies();

    /** Legal forms and parts of official names that prefix a name: "МКУ ИМОЦ", "ГБУ ДПО РД «ДИРО»". */
    private static final Set<String> LEGAL_FORMS = Set.of("МКУ", "МБУ", "МАУ", "МУ", "МКУДО", "МБУДО", "МАУДО",
            "ГБУ", "ГАУ", "ГКУ", "ГАОУ", "ГОАУ", "ОГБУ", "ОГАУ", "КГБУ", "КГАУ", "АОУ", "БОУ", "АУ", "БУ", "ФГБУ",
            "ФГАУ", "ФГБНУ", "ГАУДПО", "ГБУДПО", "ГАОУДПО", "ДПО", "АНО");

    /** Types of school that end a school's name: "МБОУ Галицкая СОШ", "СОШ № 5". */
    private static final Set<String> SCHOOL_TYPES = Set.of("СОШ", "ООШ", "НОШ", "СШ", "ОШ", "СОШИ", "ЦО");

    /** Nouns that name one school when a name or number goes with them ("Средняя школа № 2", "Гимназия № 1"). */
    private static final Set<String> SCHOOL_NOUNS = Set.of("школа", "школы", "школе", "школу", "школой",
            "гимназия", "гимназии", "гимназию", "лицей", "лицея", "лицее");

    /** Oblique forms saying a party belongs to schools: "Директора школ", "руководители образовательных организаций". */
    private static final Set<String> SCHOOL_MENTIONS = Set.of("школ", "школы", "школам", "школах", "школ-участниц",
            "школ-участников", "учреждений", "учреждения", "организаций", "оо", "оу");

    private static final String[] NOMINATIVE_ADJECTIVE_ENDINGS = {"ые", "ие", "ый", "ий", "ой", "ая", "яя", "ое",
            "ее"};

    private static final Set<String> MUNICIPALITY_MENTIONS = Set.of("района", "округа", "города", "муниципалитета",
            "муниципального", "городского", "поселения");

    private static final Set<String> LABELS = Set.of("ответственный", "ответственные", "ответственная",
            "исполнитель", "исполнители", "отв", "ответственность");

    private static final Set<String> PREPOSITIONS = Set.of("по", "из", "для", "в", "во", "на", "с", "со", "при",
            "от", "к", "ко", "согласно", "через", "у", "о", "об", "до", "после", "совместно", "вместе");

    /** Stems of adjectives that can stand before a head; a level where the adjective names one. */
    private record Stem(String stem, PartyRole role) {
    }

    private static final List<Stem> ADJECTIVE_STEMS = List.of(new Stem("муниципальн", MUNICIPAL),
            new Stem("районн", MUNICIPAL), new Stem("городск", MUNICIPAL), new Stem("региональн", REGIONAL),
            new Stem("областн", REGIONAL), new Stem("республиканск", REGIONAL), new Stem("краев", REGIONAL),
            new Stem("школьн", DIRECTOR), new Stem("классн", DIRECTOR), new Stem("педагогическ", DIRECTOR),
            new Stem("руководящ", DIRECTOR), new Stem("образовательн", DIRECTOR), new Stem("персональн", null),
            new Stem("главн", null), new Stem("ведущ", null), new Stem("старш", null), new Stem("координационн", null),
            new Stem("рабоч", null), new Stem("ответственн", null));

    /** Longest case ending after an adjective stem ("муниципальн" + "ого"). */
    private static final int ADJECTIVE_ENDING = 3;

    private Lexicon() {
    }

    /** The head a word is, trying each half of a hyphenated word too ("педагоги-психологи", "ОО-участники"). */
    static Head head(Token token) {
        if (!token.isWord() || token.abbreviation()) {
            return null;
        }
        String key = token.key();
        Head head = HEADS.get(key);
        int hyphen = key.indexOf('-');
        if (head == null && hyphen > 0) {
            head = HEADS.get(key.substring(0, hyphen));
            if (head == null) {
                head = HEADS.get(key.substring(key.lastIndexOf('-') + 1));
            }
        }
        return head;
    }

    /**
     * A word the lexicon does not know in the nominative form of an adjective ("управленческие", "новый"), which
     * can only describe the head that follows it.
     */
    static boolean adjectiveShaped(Token token) {
        if (!token.isWord() || token.abbreviation() || token.key().length() < 5 || known(token)) {
            return false;
        }
        String key = token.key();
        for (String ending : NOMINATIVE_ADJECTIVE_ENDINGS) {
            if (key.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** "все ОО", "всех школ": a word that only widens what follows. */
    static boolean determiner(Token token) {
        return token.isWord() && (token.key().equals("все") || token.key().equals("всех") || token.key().equals("всем")
                || token.key().equals("каждый") || token.key().equals("каждая"));
    }

    /** Oblique forms that place a party in the municipality: "Администрация района", "специалисты города". */
    static boolean municipalityMention(Token token) {
        return token.isWord() && MUNICIPALITY_MENTIONS.contains(token.key());
    }

    /** Column labels written into a cell before a colon ("Ответственный: Иванова И.И."). */
    static boolean label(Token token) {
        return token.isWord() && LABELS.contains(token.key());
    }

    static Adjective adjective(Token token) {
        if (!token.isWord() || token.abbreviation()) {
            return null;
        }
        String key = token.key();
        if (key.equals("все")) {
            return new Adjective(null, true);
        }
        for (Stem stem : ADJECTIVE_STEMS) {
            int ending = key.length() - stem.stem().length();
            if (ending > 0 && ending <= ADJECTIVE_ENDING && key.startsWith(stem.stem())) {
                return new Adjective(stem.role(), key.endsWith("ые") || key.endsWith("ие"));
            }
        }
        return null;
    }

    static Body body(Token token) {
        if (!token.abbreviation()) {
            return null;
        }
        String key = token.upper();
        Body body = BODIES.get(key);
        if (body != null) {
            return body;
        }
        // Regional institutes of education development are all "<region>ИРО" (ДИРО, ВИРО, НИРО, ТОИРО);
        // regional centres open with "РЦ" (РЦОИ, РЦОКО).
        if (key.length() >= 4 && key.endsWith("ИРО") || key.length() >= 4 && key.startsWith("РЦ")) {
            return new Body(REGIONAL, false);
        }
        return null;
    }

    static boolean legalForm(Token token) {
        return token.abbreviation() && LEGAL_FORMS.contains(token.upper());
    }

    static boolean schoolType(Token token) {
        return token.abbreviation() && SCHOOL_TYPES.contains(token.upper());
    }

    static boolean schoolNoun(Token token) {
        return token.isWord() && SCHOOL_NOUNS.contains(token.key());
    }

    static boolean schoolMention(Token token) {
        return token.isWord() && SCHOOL_MENTIONS.contains(token.key());
    }

    static boolean preposition(Token token) {
        return token.isWord() && PREPOSITIONS.contains(token.key());
    }

    static boolean conjunction(Token token) {
        return token.isWord("и");
    }

    /** Any word the grammar gives a meaning to, so it is never taken for a surname. */
    static boolean known(Token token) {
        return head(token) != null || adjective(token) != null || body(token) != null || schoolNoun(token)
                || BodyPhrases.startsPhrase(token) || preposition(token);
    }

    private static Map<String, Head> heads() {
        Map<String, Head> heads = new HashMap<>(128);
        // School staff are reached through their head, the only school contact the bot has.
        staff(heads, DIRECTOR, "руководитель", "руководители", "зам", "директор", "директоры", "заместитель",
                "заместители",                "педагог", "педагоги", "учитель", "работник", "работники", "коллектив", "коллективы", "команда",
                "психолог", "психологи", "наставник", "наставники");
        ambiguous(heads, HeadKind.STAFF, DIRECTOR, "директора", "учителя", "команды");
        staff(heads, MUNICIPAL, "начальник", "начальники", "методист", "методисты");
        // People the grammar knows are people but whose role it cannot tell: they open an unknown party.
        staff(heads, null, "специалист", "специалисты", "сотрудник", "сотрудники", "представитель", "представители",
                "председатель", "председатели", "член", "члены", "инспектор", "инспекторы", "эксперт", "эксперты",
                "родители", "обучающиеся", "учащиеся", "ученики", "депутаты", "глава", "администрация");
        ambiguous(heads, HeadKind.STAFF, null, "администрации");
        put(heads, HeadKind.CURATOR, PartyRole.CURATOR, "куратор", "кураторы");
        put(heads, HeadKind.COORDINATOR, MUNICIPAL, "координатор", "координаторы", "группа");
        put(heads, HeadKind.SCHOOLS, DIRECTOR, "учреждение", "участник", "участники", "участницы", "школа",
                "школы-участники", "школы-участницы", "школа-участник", "школа-участница");
        ambiguous(heads, HeadKind.SCHOOLS, DIRECTOR, "учреждения", "школы", "организации");
        return Map.copyOf(heads);
    }

    private static void staff(Map<String, Head> heads, PartyRole role, String... words) {
        put(heads, HeadKind.STAFF, role, words);
    }

    private static void put(Map<String, Head> heads, HeadKind kind, PartyRole role, String... words) {
        for (String word : words) {
            heads.put(word, new Head(kind, role, plural(word), false));
        }
    }

    private static void ambiguous(Map<String, Head> heads, HeadKind kind, PartyRole role, String... words) {
        for (String word : words) {
            heads.put(word, new Head(kind, role, true, true));
        }
    }

    private static boolean plural(String word) {
        return word.endsWith("и") || word.endsWith("ы") || word.endsWith("ые") || word.equals("родители")
                || word.endsWith("еся") || word.endsWith("-участники") || word.endsWith("-участницы");
    }

    private static Map<String, Body> bodies() {
        Map<String, Body> bodies = new HashMap<>(128);
        for (String school : new String[] {"ОО", "ОУ", "МОУ", "МБОУ", "МАОУ", "МКОУ", "МОБУ", "МОАУ",
                "ГБОУ", "ГОУ", "ГКОУ", "КГБОУ", "ОГБОУ", "ЧОУ", "НОУ", "СОШ", "ООШ", "НОШ", "СШ", "ОШ", "ШНОР", "ШНОУ",
                "ШМО"}) {
            bodies.put(school, new Body(DIRECTOR, true));
        }
        // Municipal offices and their methodical services (ММС, ИМЦ, ЦДО) and consultation centres (МКЦ).
        for (String municipal : new String[] {"УО", "МОУО", "МУО", "РУО", "ГУО", "ГОРУО", "ГОРОО", "РОО", "ОМС",
                "ИМОЦ", "ИМЦ", "ММС", "ЦДО", "МКЦ", "ММЦ", "РМК", "ГМО", "РМО", "ММО", "МРЦ"}) {
            bodies.put(municipal, new Body(MUNICIPAL, false));
        }
        // Regional institutes, assessment centres (РИАЦОКО, ЦОКО, ЦОИ) and consultation centres (РКЦ).
        for (String regional : new String[] {"ИРО", "РИАЦОКО", "ЦОКО", "ЦОИ", "РКЦ", "ЦНППМ", "ЦНППМПР", "РУМО",
                "РЦОИ", "ИПК", "МОН"}) {
            bodies.put(regional, new Body(REGIONAL, false));
        }
        return Map.copyOf(bodies);
    }
}
