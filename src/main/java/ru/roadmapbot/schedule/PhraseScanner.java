package ru.roadmapbot.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the tokens of a cell left to right into {@link Element}s: periods with whatever year and month they
 * carry, connectives ("с", "до", "по", dashes), recurrences and weekdays. Markers of an external plan
 * ("по плану ДИРО") and the words around them are remembered as the plan's name.
 */
final class PhraseScanner {

    private final List<Token> tokens;
    private final ScheduleContext context;
    private final List<Element> elements = new ArrayList<>();
    private final List<LocalTime> times = new ArrayList<>(0);
    private final Set<ReviewReason> reasons = EnumSet.noneOf(ReviewReason.class);
    private final boolean[] partOfPeriod;
    /** Tokens no phrase took: unknown words, stray numbers. */
    private final List<Integer> unplaced = new ArrayList<>(0);
    private int firstMarker = -1;
    private boolean relativeDuration;
    /** "до 1 числа месяца, следующего за отчетным кварталом": a day of the month that comes quarterly. */
    private boolean quarterMentioned;
    private int pos;

    PhraseScanner(List<Token> tokens, ScheduleContext context) {
        this.tokens = tokens;
        this.context = context;
        this.partOfPeriod = new boolean[tokens.size() + 1];
    }

    List<Element> elements() {
        return elements;
    }

    List<LocalTime> times() {
        return times;
    }

    Set<ReviewReason> reasons() {
        return reasons;
    }

    /** Token index of the first plan or condition marker, or -1. */
    int firstMarker() {
        return firstMarker;
    }

    boolean partOfPeriod(int token) {
        return partOfPeriod[token];
    }

    /** Indices of the tokens no phrase of the grammar took. */
    List<Integer> unplaced() {
        return unplaced;
    }

    boolean relativeDuration() {
        return relativeDuration;
    }

    PhraseScanner scan() {
        scanTokens();
        boolean dayOfMonth = false;
        boolean recurring = false;
        for (Element element : elements) { // loops, not streams: a stream costs more than a short cell's parse
            dayOfMonth |= element.is(Element.Kind.DAY_OF_MONTH);
            recurring |= element.is(Element.Kind.RECURRENCE);
        }
        if (dayOfMonth && quarterMentioned && !recurring) {
            elements.add(Element.recurrence(Recurrence.of(Frequency.MONTHLY, 3)));
        }
        return this;
    }

    private void scanTokens() {
        while (pos < tokens.size()) {
            Token token = tokens.get(pos);
            switch (token.type) {
                case DATE -> numericDate(token);
                case MONTH_YEAR -> period(Atom.month(pos, token.a, token.c), pos + 1);
                case TIME -> time(token);
                case NUMBER -> number(token);
                case ORDINAL_NUMBER -> ordinalNumber(token);
                case WORD -> word(token);
                case DASH -> emit(Element.of(Element.Kind.DASH), 1);
                case COMMA, SEMICOLON -> emit(Element.of(Element.Kind.SEPARATOR), 1);
                default -> pos++;
            }
        }
    }

    // ---- numbers -------------------------------------------------------------------------------------------

    private void numericDate(Token token) {
        int year = writtenYear(token.c, token.yearDigits);
        Atom atom = Atom.day(pos, token.a, token.b, Math.max(year, 0));
        if (year < 0) {
            atom.problem = ReviewReason.YEAR_TYPO;
        }
        if (token.oddSeparators) {
            atom.problem = ReviewReason.DATE_TYPO;
        }
        if (token.a < 1 || token.a > 31 || token.b < 1 || token.b > 12) {
            atom.problem = ReviewReason.INVALID_DATE;
        }
        period(atom, pos + 1);
    }

    /** A year as written in a date: 0 when absent, -1 when it cannot be a year ("20212", "202"). */
    private static int writtenYear(int value, int digits) {
        if (value < 0 || digits == 0) {
            return 0;
        }
        if (digits == 2) {
            return 2000 + value;
        }
        return digits == 4 && value >= 1900 && value <= 2199 ? value : -1;
    }

    private void time(Token token) {
        if (token.a <= 23 && token.b <= 59) {
            times.add(LocalTime.of(token.a, token.b));
        }
        pos++;
    }

    private void number(Token token) {
        int value = token.a;
        Token next = peek(1);
        if (token.b == 4 && value >= 1900 && value <= 2199) {
            year(value);
        } else if (looksLikeMistypedYear(token)) {
            Atom atom = Atom.year(pos, context.year());
            atom.yearWritten = false;
            atom.problem = ReviewReason.YEAR_TYPO;
            period(atom, pos + 1);
        } else if (next != null && (next.is(WordClass.TIMES) || isTimesAfterRange(1))) {
            recurrenceFrom(pos + 1, value, isTimesAfterRange(1));
        } else if (value >= 1 && value <= 31 && next != null && next.is(WordClass.MONTH)) {
            dayOfMonthName(value, next.value());
        } else if (value >= 1 && value <= 31 && next != null && next.is(WordClass.DAY_OF_MONTH)) {
            emit(Element.dayOfMonth(value), 2);
        } else if (value >= 1 && value <= 5 && monthOfWeekAt(pos + 1) >= 0) {
            weekOfMonth(value, monthOfWeekAt(pos + 1));
        } else if (value >= 1 && value <= 4 && token.b == 1 && next != null
                && (indexedUnitFollows(pos + 1) || indexChainUnit(pos + 1) >= 0)) {
            indexNumber(value);
        } else if (value >= 1 && value <= 31 && dayChainReachesMonth(pos + 1)) {
            partOfPeriod[pos] = true;
            elements.add(Element.atom(Atom.day(pos, value, 0, 0)));
            pos++;
        } else {
            // "за 2 недели до ГИА", "в течение 10 дней": a span counted from something without a date
            Unit unit = unitAt(pos + 1);
            relativeDuration |= unit == Unit.DAY || unit == Unit.WEEK || unit == Unit.MONTH;
            unplaced.add(pos); // beside a date ("октябрь 2023 (1 неделя)") a span nobody placed is a question
            pos++;
        }
    }

    /** "20212", "202": a year with a digit too many or too few, next to a month or standing where a year goes. */
    private boolean looksLikeMistypedYear(Token token) {
        boolean fiveDigits = token.b == 5 && token.a / 1000 >= 19 && token.a / 1000 <= 21;
        boolean threeDigits = token.b == 3 && token.a >= 200 && token.a <= 209;
        return fiveDigits || (threeDigits && previousIsMonth());
    }

    private boolean previousIsMonth() {
        return pos > 0 && tokens.get(pos - 1).is(WordClass.MONTH);
    }

    private void dayOfMonthName(int day, int month) {
        int start = pos;
        pos += 2;
        YearSuffix suffix = yearAfter();
        Atom atom = Atom.day(start, day, month, suffix.year);
        atom.problem = suffix.problem;
        period(atom, pos);
    }

    /** "2022", "2022/2023 учебный год", "2021-2022 гг.", "2022 – 2024 годы". */
    private void year(int first) {
        int start = pos;
        Token separator = peek(1);
        Token second = peek(2);
        if (separator != null && second != null && second.isNumber()
                && (separator.type == Token.Type.SLASH || separator.type == Token.Type.DASH)) {
            int secondYear = second.b == 2 ? first / 100 * 100 + second.a : second.a;
            boolean consecutive = secondYear == first + 1;
            if (consecutive && (separator.type == Token.Type.SLASH || academicFollows(pos + 3))) {
                pos += 3;
                skipAcademicYearWords();
                period(new Atom(Atom.Type.ACADEMIC_YEAR, start, 0, 0, first, 0, null), pos);
                return;
            }
            if (second.b == 4 && secondYear > first && secondYear - first <= 10) {
                if (consecutive && !yearPluralFollows(pos + 3)) {
                    reasons.add(ReviewReason.CALENDAR_OR_ACADEMIC);
                }
                period(Atom.year(start, first), start + 1);
                elements.add(Element.of(Element.Kind.DASH));
                pos = start + 2;
                period(Atom.year(start + 2, secondYear), start + 3);
                return;
            }
        }
        if (separator != null && isYearNumber(separator) && separator.a > first && separator.a - first <= 10
                && yearsPluralAt(pos + 2)) {
            // "2023 2025 годы": the dash got lost, the plural says it is one span
            period(Atom.year(start, first), start + 1);
            elements.add(Element.of(Element.Kind.DASH));
            pos = start + 1;
            period(Atom.year(start + 1, separator.a), start + 2);
            return;
        }
        if (academicFollows(pos + 1)) {
            pos++;
            skipAcademicYearWords();
            period(new Atom(Atom.Type.ACADEMIC_YEAR, start, 0, 0, first, 0, null), pos);
            return;
        }
        period(Atom.year(start, first), start + 1);
    }

    private static boolean isYearNumber(Token token) {
        return token.isNumber() && token.b == 4 && token.a >= 1900 && token.a <= 2199;
    }

    /** "годы", "гг.", "г.г.": the plural that makes two years written side by side a span. */
    private boolean yearsPluralAt(int index) {
        Token token = at(index);
        if (token == null || !token.is(WordClass.UNIT) || token.value() != Unit.YEAR.ordinal()) {
            return false;
        }
        Token dot = at(index + 1);
        Token again = at(index + 2);
        boolean doubled = dot != null && dot.type == Token.Type.DOT && again != null && again.is(WordClass.UNIT)
                && again.value() == Unit.YEAR.ordinal();
        return token.word.plural() || doubled;
    }

    /** The first year of "2023-2024 уч. года" or "2023/24 учебного года" written at {@code index}, or 0. */
    private int schoolYearAt(int index) {
        Token first = at(index);
        Token separator = at(index + 1);
        Token second = at(index + 2);
        if (first == null || !isYearNumber(first) || separator == null || second == null || !second.isNumber()
                || (separator.type != Token.Type.DASH && separator.type != Token.Type.SLASH)) {
            return 0;
        }
        int secondYear = second.b == 2 ? first.a / 100 * 100 + second.a : second.a;
        return secondYear == first.a + 1 && academicFollows(index + 3) ? first.a : 0;
    }

    private boolean academicFollows(int index) {
        Token token = at(index);
        return token != null && token.is(WordClass.ACADEMIC);
    }

    private boolean yearPluralFollows(int index) {
        Token token = at(index);
        return token != null && token.is(WordClass.UNIT) && token.value() == Unit.YEAR.ordinal();
    }

    private void skipAcademicYearWords() {
        while (pos < tokens.size()) {
            Token token = tokens.get(pos);
            boolean yearWord = token.is(WordClass.UNIT) && token.value() == Unit.YEAR.ordinal();
            if (token.is(WordClass.ACADEMIC) || yearWord || token.type == Token.Type.DOT) {
                partOfPeriod[pos] = true;
                pos++;
            } else {
                return;
            }
        }
    }

    /** Whether "14" begins "14-18 марта", "14, 21 и 28 марта" or "с 14 по 18 марта". */
    private boolean dayChainReachesMonth(int index) {
        for (int i = index; i < tokens.size() && i < index + 12; i++) {
            Token token = tokens.get(i);
            if (token.is(WordClass.MONTH)) {
                Token day = tokens.get(i - 1);
                return day.isNumber() || day.type == Token.Type.ORDINAL_NUMBER;
            }
            if (token.type == Token.Type.DATE) {
                Token before = tokens.get(i - 1);
                return before.type == Token.Type.DASH || before.is(WordClass.THROUGH) || before.is(WordClass.UNTIL)
                        || before.type == Token.Type.COMMA || before.is(WordClass.AND);
            }
            boolean link = token.type == Token.Type.COMMA || token.type == Token.Type.DASH || token.is(WordClass.AND)
                    || token.is(WordClass.THROUGH) || token.is(WordClass.UNTIL);
            boolean day = (token.isNumber() || token.type == Token.Type.ORDINAL_NUMBER) && token.a >= 1 && token.a <= 31
                    && (token.b <= 2 || token.type == Token.Type.ORDINAL_NUMBER);
            if (!link && !day) {
                return false;
            }
        }
        return false;
    }

    // ---- quarters, halves, terms, decades ---------------------------------------------------------------

    private boolean indexedUnitFollows(int index) {
        Token token = at(index);
        if (token == null) {
            return false;
        }
        if (token.is(WordClass.DECADE) || token.is(WordClass.HALF)) {
            return true;
        }
        if (!token.is(WordClass.UNIT)) {
            return false;
        }
        return Unit.of(token.value()).indexed();
    }

    /** An index that is followed by its unit ("II квартал") or by more indices first ("I, II и III квартал"). */
    private void indexNumber(int index) {
        if (indexedUnitFollows(pos + 1)) {
            indexed(index, pos + 1);
            return;
        }
        int unitAt = indexChainUnit(pos + 1);
        Unit unit = unitAt >= 0 ? Unit.of(tokens.get(unitAt).value()) : null;
        Atom.Type type = unit != null ? unit.periodType(index) : null;
        if (type == null) {
            unplaced.add(pos);
            pos++;
            return;
        }
        int schoolYear = schoolYearAt(unitAt + 1);
        if (schoolYear > 0 && unit == Unit.HALF_YEAR) {
            // "1, 2 полугодие 2023-2024 уч.г.": each index is a half of that school year
            period(new Atom(Atom.Type.ACADEMIC_HALF, pos, 0, 0, schoolYear, index, null), pos + 1);
        } else if (schoolYear > 0 && (unit == Unit.SCHOOL_TERM || unit == Unit.TRIMESTER)) {
            period(new Atom(type, pos, 0, 0, schoolYear + termYearOffset(unit, index), index, null), pos + 1);
        } else {
            period(new Atom(type, pos, 0, 0, 0, index, null), pos + 1);
        }
    }

    /** Where the unit closing a list of indices ("I, II и III квартал", "1-2 полугодие") stands, or -1. */
    private int indexChainUnit(int from) {
        for (int i = from; i < tokens.size() && i < from + 10; i++) {
            Token token = tokens.get(i);
            if (token.is(WordClass.UNIT)) {
                return Unit.of(token.value()).indexed() && i > from ? i : -1;
            }
            boolean link = token.type == Token.Type.COMMA || token.type == Token.Type.DASH || token.is(WordClass.AND);
            boolean index = (token.isNumber() && token.b == 1 && token.a >= 1 && token.a <= 4) || token.is(WordClass.ROMAN)
                    || token.is(WordClass.ORDINAL) || (token.type == Token.Type.ORDINAL_NUMBER && token.a <= 4);
            if (!link && !index) {
                return -1;
            }
        }
        return -1;
    }

    /** "I квартал 2022", "2 полугодие", "первое полугодие 2022/2023 учебного года", "1 декада марта". */
    private void indexed(int index, int unitAt) {
        Token unitToken = at(unitAt);
        int start = pos;
        if (unitToken == null || index < 1 || index > 4) {
            pos++;
            return;
        }
        if (unitToken.is(WordClass.DECADE) || unitToken.is(WordClass.HALF)) {
            slice(index, unitToken, unitAt);
            return;
        }
        if (!indexedUnitFollows(unitAt)) {
            pos++;
            return;
        }
        Unit unit = Unit.of(unitToken.value());
        pos = unitAt + 1;
        skipDots();
        if (unit == Unit.HALF_YEAR && index <= 2 && academicAhead()) {
            int academicStart = academicYearAhead();
            period(new Atom(Atom.Type.ACADEMIC_HALF, start, 0, 0, academicStart, index, null), pos);
            return;
        }
        if ((unit == Unit.SCHOOL_TERM || unit == Unit.TRIMESTER) && unit.periodType(index) != null && academicAhead()) {
            // "3 четверть 2023-2024 учебного года": the third term is in the second calendar year of the two
            int academicStart = academicYearAhead();
            period(new Atom(unit.periodType(index), start, 0, 0, academicStart + termYearOffset(unit, index), index, null), pos);
            return;
        }
        YearSuffix suffix = yearAfter();
        if (unit == Unit.HALF_YEAR && index <= 2 && suffix.year == 0 && suffix.problem == null) {
            halfWithoutYear(start, index);
            return;
        }
        Atom.Type type = unit.periodType(index);
        if (type == null) {
            return;
        }
        if ((unit == Unit.SCHOOL_TERM || unit == Unit.TRIMESTER) && suffix.year == 0 && context.schoolYearRoadmap()) {
            Atom term = new Atom(type, start, 0, 0, context.academicStartYear() + termYearOffset(unit, index), index, null);
            term.yearWritten = false;
            period(term, pos);
            return;
        }
        Atom atom = new Atom(type, start, 0, 0, suffix.year, index, null);
        atom.problem = suffix.problem;
        period(atom, pos);
    }

    /** Terms III–IV and the third trimester begin in the second calendar year of a school year. */
    private static int termYearOffset(Unit unit, int index) {
        return (unit == Unit.SCHOOL_TERM && index >= 3) || (unit == Unit.TRIMESTER && index == 3) ? 1 : 0;
    }

    /**
     * "II полугодие" with no year: in a roadmap approved in August–December, for a school year, the school's half
     * (January–May of the next year); in one approved earlier the calendar's; with no approval date the calendar's,
     * flagged, since nothing tells which one the roadmap counts in.
     */
    private void halfWithoutYear(int start, int index) {
        if (context.schoolYearRoadmap()) {
            Atom atom = new Atom(Atom.Type.ACADEMIC_HALF, start, 0, 0, context.academicStartYear(), index, null);
            atom.yearWritten = false;
            period(atom, pos);
            return;
        }
        if (!context.academicYearKnown()) {
            reasons.add(ReviewReason.CALENDAR_OR_ACADEMIC);
        }
        period(new Atom(Atom.Type.HALF_YEAR, start, 0, 0, 0, index, null), pos);
    }

    /** "1-я неделя октября", "III-й квартал", and days written as ordinals: "5-е апреля", "с 1-го по 5-е апреля". */
    private void ordinalNumber(Token token) {
        Token next = peek(1);
        if (monthOfWeekAt(pos + 1) >= 0) {
            weekOfMonth(token.a, monthOfWeekAt(pos + 1));
        } else if (token.a >= 1 && token.a <= 31 && next != null && next.is(WordClass.MONTH)) {
            dayOfMonthName(token.a, next.value());
        } else if (token.a >= 1 && token.a <= 31 && !indexedUnitFollows(pos + 1) && dayChainReachesMonth(pos + 1)) {
            partOfPeriod[pos] = true;
            elements.add(Element.atom(Atom.day(pos, token.a, 0, 0)));
            pos++;
        } else {
            indexNumber(token.a);
        }
    }

    /** Where the month of "неделя сентября" or "неделя в сентябре" stands when a week word is at {@code index}, or -1. */
    private int monthOfWeekAt(int index) {
        if (unitAt(index) != Unit.WEEK) {
            return -1;
        }
        int month = at(index + 1) != null && at(index + 1).is(WordClass.IN) ? index + 2 : index + 1;
        return at(month) != null && at(month).is(WordClass.MONTH) ? month : -1;
    }

    /**
     * "первая неделя сентября" (days 1–7), "последняя неделя августа" (the last seven days; {@code week} 0). Whether
     * a roadmap counts weeks from the 1st or from Monday is not written, so the days are flagged as approximate.
     */
    private void weekOfMonth(int week, int monthAt) {
        int start = pos;
        int month = tokens.get(monthAt).value();
        pos = monthAt + 1;
        YearSuffix suffix = yearAfter();
        int length = YearMonth.of(suffix.year == 0 ? context.year() : suffix.year, month).lengthOfMonth();
        int first = week == 0 || week == 5 ? length - 6 : (week - 1) * 7 + 1;
        reasons.add(ReviewReason.APPROXIMATE_DATES);
        markPeriod(start, pos);
        elements.add(Element.atom(Atom.day(start, first, month, suffix.year)));
        elements.add(Element.of(Element.Kind.DASH));
        elements.add(Element.atom(Atom.day(start, Math.min(first + 6, length), month, suffix.year)));
    }

    /**
     * "последняя неделя августа"; "последняя пятница месяца", which an RRULE says BYDAY=-1FR and a Schedule cannot
     * hold: it stays monthly and is flagged.
     */
    private void last() {
        Token next = peek(1);
        if (monthOfWeekAt(pos + 1) >= 0) {
            weekOfMonth(0, monthOfWeekAt(pos + 1));
        } else if (next != null && next.is(WordClass.WEEKDAY)) {
            elements.add(Element.recurrence(Recurrence.of(Frequency.MONTHLY, 1)));
            reasons.add(ReviewReason.APPROXIMATE_FREQUENCY);
            pos += 2;
        } else {
            pos++;
        }
    }

    /** "первая половина марта", "2 декада мая", "вторая половина 2022 года". */
    private void slice(int index, Token unitToken, int unitAt) {
        int start = pos;
        boolean decade = unitToken.is(WordClass.DECADE);
        if ((decade && index > 3) || (!decade && index > 2)) {
            pos++;
            return;
        }
        Atom.Slice slice = decade ? Atom.Slice.values()[index - 1] : (index == 1 ? Atom.Slice.FIRST_HALF : Atom.Slice.SECOND_HALF);
        pos = unitAt + 1;
        sliceOf(start, slice);
    }

    /** The period a slice word applies to: a month ("конца марта") or a year ("конец 2022 года"). */
    private void sliceOf(int start, Atom.Slice slice) {
        while (pos < tokens.size() && tokens.get(pos).is(WordClass.IN)) {
            pos++;
        }
        Token target = at(pos);
        if (target != null && target.is(WordClass.MONTH)) {
            pos++;
            YearSuffix suffix = yearAfter();
            Atom atom = new Atom(Atom.Type.MONTH_SLICE, start, 0, target.value(), suffix.year, 0, slice);
            atom.problem = suffix.problem;
            period(atom, pos);
        } else if (target != null && target.isNumber() && target.b == 4 && target.a >= 1900 && target.a <= 2199) {
            pos++;
            skipYearWords();
            period(new Atom(Atom.Type.YEAR_SLICE, start, 0, 0, target.a, 0, slice), pos);
        } else if (isYearWord(target)) {
            pos++;
            Atom atom = new Atom(Atom.Type.YEAR_SLICE, start, 0, 0, context.year(), 0, slice);
            period(atom, pos);
        } else {
            if (target == null || !target.is(WordClass.EACH)) {
                unplaced.add(start); // "конец 1 четверти": the end of what the grammar cannot slice is a question
            }
            pos = start + 1;
        }
    }

    private boolean academicAhead() {
        for (int i = pos; i < tokens.size() && i < pos + 5; i++) {
            if (tokens.get(i).is(WordClass.ACADEMIC)) {
                return true;
            }
        }
        return false;
    }

    /** First year of "2022/2023 учебного года" after the cursor, or the roadmap's own academic year. */
    private int academicYearAhead() {
        for (int i = pos; i < tokens.size() && i < pos + 5; i++) {
            Token token = tokens.get(i);
            if (token.isNumber() && token.b == 4) {
                int end = i + 1;
                while (end < tokens.size() && end < i + 6 && !tokens.get(end).is(WordClass.ACADEMIC)) {
                    end++;
                }
                markPeriod(pos, Math.min(end + 2, tokens.size()));
                pos = Math.min(end + 1, tokens.size());
                skipAcademicYearWords();
                return token.a;
            }
        }
        skipAcademicYearWords();
        return academicYearOfRoadmap();
    }

    private int academicYearOfRoadmap() {
        if (!context.academicYearKnown()) {
            reasons.add(ReviewReason.ACADEMIC_YEAR_GUESSED);
        }
        return context.academicStartYear();
    }

    // ---- words -----------------------------------------------------------------------------------------------

    private void word(Token token) {
        if (token.word == null) {
            noise();
            return;
        }
        switch (token.word.wordClass()) {
            case MONTH -> month(token.value());
            case ROMAN, ORDINAL -> indexedWord(token);
            case CARDINAL -> cardinal(token);
            case SEASON -> season(token.value());
            case BEGINNING -> slicePhrase(Atom.Slice.BEGINNING);
            case MIDDLE -> slicePhrase(Atom.Slice.MIDDLE);
            case END -> slicePhrase(Atom.Slice.END);
            case UNTIL -> until();
            case THROUGH -> through();
            case BY -> emit(Element.of(Element.Kind.BEFORE), 1);
            case FROM -> emit(Element.of(Element.Kind.FROM), 1);
            case NOT -> not();
            case DURING -> during();
            case WHOLE -> whole();
            case CONSTANTLY -> contextYear(1);
            case EVERY -> emit(Element.recurrence(Cadence.values()[token.value()].recurrence), 1);
            case EACH -> each();
            case TIMES -> recurrenceFrom(pos, 1, false);
            case WEEKDAY -> emit(Element.weekday(DayOfWeek.of(token.value())), 1);
            case WEEKDAYS -> weekdays();
            case MARKER, RELATIVE -> marker();
            case AND -> emit(Element.of(Element.Kind.SEPARATOR), 1);
            case UNIT -> {
                quarterMentioned |= token.value() == Unit.QUARTER.ordinal();
                pos++;
            }
            case ONWARD -> emit(Element.of(Element.Kind.ONWARD), 1);
            case LAST -> last();
            case DAY_OF_MONTH, IN, TERM_WORD, LATER, QUALIFIER, CALENDAR, ACADEMIC, SPAN, HALF, DECADE, HOLIDAYS,
                 FILLER -> pos++;
            case EVENT -> event();
            default -> noise();
        }
    }

    private void noise() {
        unplaced.add(pos);
        event();
    }

    /** A known event ("к ГИА 2021"): it parts a preposition from the period after it, and is no unknown word. */
    private void event() {
        if (elements.isEmpty() || !elements.get(elements.size() - 1).is(Element.Kind.NOISE)) {
            elements.add(Element.of(Element.Kind.NOISE));
        }
        pos++;
    }

    private void month(int month) {
        int start = pos;
        pos++;
        int schoolYear = schoolYearAt(pos);
        if (schoolYear > 0) {
            // "сентябрь – май 2023-2024 уч. года": May of that school year is May 2024
            pos += 3;
            skipAcademicYearWords();
            period(Atom.month(start, month, month >= 8 ? schoolYear : schoolYear + 1), pos);
            return;
        }
        YearSuffix suffix = yearAfter();
        Atom atom = Atom.month(start, month, suffix.year);
        atom.problem = suffix.problem;
        period(atom, pos);
    }

    private void indexedWord(Token token) {
        Token next = peek(1);
        if (token.is(WordClass.ORDINAL) && monthOfWeekAt(pos + 1) >= 0) {
            weekOfMonth(token.value(), monthOfWeekAt(pos + 1));
        } else if (next != null && (indexedUnitFollows(pos + 1) || indexChainUnit(pos + 1) >= 0)) {
            indexNumber(token.value());
        } else if (next != null && next.is(WordClass.TIMES)) {
            recurrenceFrom(pos + 1, 1, false);
        } else {
            noise();
        }
    }

    private void cardinal(Token token) {
        Token next = peek(1);
        if (next != null && next.is(WordClass.TIMES)) {
            recurrenceFrom(pos + 1, token.value(), false);
        } else if (next != null && next.is(WordClass.IN) && unitAt(pos + 2) != null) {
            recurrenceFrom(pos + 1, token.value(), false);
        } else {
            pos++;
        }
    }

    private void season(int season) {
        int start = pos;
        if (at(pos + 1) != null && at(pos + 1).is(WordClass.HOLIDAYS)) {
            holidays(season);
            return;
        }
        pos++;
        if (at(pos) != null && at(pos).is(WordClass.DURING)) {
            pos++; // "летний период 2022 года"
        }
        YearSuffix suffix = yearAfter();
        Atom atom = new Atom(Atom.Type.SEASON, start, 0, 0, suffix.year, season, null);
        atom.problem = suffix.problem;
        if (season == 1) {
            reasons.add(ReviewReason.YEAR_WRAP);
        }
        period(atom, pos);
    }

    /**
     * "весенние каникулы": the usual school holidays (their exact days are set each year by the region, so the
     * reading is approximate and flagged).
     */
    private void holidays(int season) {
        int start = pos;
        pos += 2;
        YearSuffix suffix = yearAfter();
        int[] days = switch (season) {
            case 1 -> new int[]{28, 12, 10, 1};
            case 2 -> new int[]{21, 3, 31, 3};
            case 3 -> new int[]{1, 6, 31, 8};
            default -> new int[]{26, 10, 8, 11};
        };
        reasons.add(ReviewReason.APPROXIMATE_DATES);
        int year = suffix.year;
        Atom first = Atom.day(start, days[0], days[1], season == 1 && year != 0 ? year - 1 : year);
        Atom last = Atom.day(start, days[2], days[3], year);
        markPeriod(start, pos);
        elements.add(Element.atom(first));
        elements.add(Element.of(Element.Kind.DASH));
        elements.add(Element.atom(last));
        skipYearWords();
    }

    private void slicePhrase(Atom.Slice slice) {
        int start = pos;
        pos++;
        if (at(pos) != null && at(pos).is(WordClass.ACADEMIC)) {
            skipAcademicYearWords();
            int academicStart = academicYearOfRoadmap();
            Atom atom = switch (slice) {
                case BEGINNING -> Atom.day(start, 1, 9, academicStart);
                case END -> Atom.month(start, 5, academicStart + 1);
                default -> Atom.month(start, 1, academicStart + 1);
            };
            atom.yearWritten = false;
            period(atom, pos);
            return;
        }
        sliceOf(start, slice);
    }

    /** "до": before the next period; "до конца": through it; "до начала": before it. */
    private void until() {
        Token next = peek(1);
        if (next != null && next.is(WordClass.END)) {
            emit(Element.of(Element.Kind.THROUGH), 2);
            wholePeriodWord();
        } else if (next != null && next.is(WordClass.BEGINNING)) {
            emit(Element.of(Element.Kind.BEFORE), 2);
            wholePeriodWord();
        } else {
            emit(Element.of(Element.Kind.BEFORE), 1);
        }
    }

    /** After "до конца"/"до начала": "года" is the roadmap's year, "учебного года" its academic year. */
    private void wholePeriodWord() {
        while (at(pos) != null && at(pos).is(WordClass.FILLER)) {
            pos++; // "до конца текущего года"
        }
        Token next = at(pos);
        if (isYearWord(next)) {
            contextYear(1);
        } else if (next != null && next.is(WordClass.ACADEMIC)) {
            int start = pos;
            skipAcademicYearWords();
            period(new Atom(Atom.Type.ACADEMIC_YEAR, start, 0, 0, academicYearOfRoadmap(), 0, null), pos);
        }
    }

    private void through() {
        Token next = peek(1);
        if (next != null && (next.is(WordClass.MARKER) || next.is(WordClass.RELATIVE))) {
            pos++;
            marker();
        } else if (next != null && next.is(WordClass.WEEKDAYS)) {
            pos++;
        } else {
            emit(Element.of(Element.Kind.THROUGH), 1);
        }
    }

    private void not() {
        Token next = peek(1);
        if (next != null && next.is(WordClass.LATER)) {
            emit(Element.of(Element.Kind.THROUGH), 2);
        } else {
            pos++;
        }
    }

    /** "в течение года", "в ходе реализации проекта", "в течение учебного года", "в течение марта". */
    private void during() {
        int start = pos;
        int next = pos + 1;
        while (at(next) != null && (at(next).is(WordClass.WHOLE) || at(next).is(WordClass.CALENDAR))) {
            next++;
        }
        Token target = at(next);
        if (target != null && target.is(WordClass.ACADEMIC)) {
            pos = next;
            skipAcademicYearWords();
            period(new Atom(Atom.Type.ACADEMIC_YEAR, start, 0, 0, academicYearOfRoadmap(), 0, null), pos);
        } else if (isYearWord(target) || (target != null && target.is(WordClass.SPAN))) {
            pos = next;
            contextYear(1);
        } else if (target != null && target.is(WordClass.UNIT)) {
            relativeDuration = true;
            pos = next + 1;
        } else {
            pos++;
        }
    }

    /** "весь период", "всего срока". */
    private void whole() {
        Token next = peek(1);
        if (next != null && next.is(WordClass.ACADEMIC)) {
            int start = pos; // "весь учебный год"
            pos++;
            skipAcademicYearWords();
            period(new Atom(Atom.Type.ACADEMIC_YEAR, start, 0, 0, academicYearOfRoadmap(), 0, null), pos);
        } else if (next != null && (next.is(WordClass.SPAN) || next.is(WordClass.DURING) || isYearWord(next))) {
            contextYear(2);
        } else {
            pos++;
        }
    }

    private void contextYear(int length) {
        Atom atom = Atom.year(pos, context.year());
        atom.yearWritten = false;
        period(atom, pos + length);
    }

    private boolean isYearWord(Token token) {
        return token != null && token.is(WordClass.UNIT) && token.value() == Unit.YEAR.ordinal()
                && token.end - token.start > 2;
    }

    // ---- recurrences -------------------------------------------------------------------------------------

    /** "каждую неделю", "каждые две недели", "каждый квартал", "каждую среду", "каждого месяца". */
    private void each() {
        int next = pos + 1;
        int count = 1;
        boolean last = at(next) != null && at(next).is(WordClass.LAST);
        if (last) {
            next++;
        }
        if (at(next) != null && at(next).is(WordClass.ORDINAL) && at(next + 1) != null
                && at(next + 1).is(WordClass.WEEKDAY)) {
            nthWeekdayOfMonth(at(next).value(), next + 1);
            return;
        }
        Token token = at(next);
        if (token != null && (token.isNumber() || token.is(WordClass.CARDINAL))) {
            count = token.value();
            next++;
        }
        Unit unit = unitAt(next);
        Token target = at(next);
        if (unit != null) {
            emit(Element.recurrence(RecurrenceRate.of(1, Math.max(1, count), unit).recurrence()), next + 1 - pos);
        } else if (target != null && target.is(WordClass.WEEKDAY) && last) {
            // "каждую последнюю пятницу месяца": monthly; RRULE would say BYDAY=-1FR, which Schedule cannot hold
            elements.add(Element.recurrence(Recurrence.of(Frequency.MONTHLY, 1)));
            reasons.add(ReviewReason.APPROXIMATE_FREQUENCY);
            pos = next + 1; // not the weekday too: a monthly rule on a weekday means its first one
        } else if (target != null && target.is(WordClass.WEEKDAY)) {
            elements.add(Element.recurrence(Recurrence.of(Frequency.WEEKLY, 1)));
            pos = next;
        } else {
            pos++;
        }
    }

    /**
     * "каждая первая среда месяца": monthly on the first Wednesday, which a monthly rule with a weekday means. Another
     * one ("каждый второй вторник") stays monthly, flagged, with no weekday a calendar would read as the first.
     */
    private void nthWeekdayOfMonth(int nth, int weekdayAt) {
        elements.add(Element.recurrence(Recurrence.of(Frequency.MONTHLY, 1)));
        if (nth == 1) {
            elements.add(Element.weekday(DayOfWeek.of(tokens.get(weekdayAt).value())));
        } else {
            reasons.add(ReviewReason.APPROXIMATE_FREQUENCY);
        }
        pos = weekdayAt + 1;
    }

    /** "по средам", "по вторникам и четвергам". */
    private void weekdays() {
        elements.add(Element.recurrence(Recurrence.of(Frequency.WEEKLY, 1)));
        while (pos < tokens.size()) {
            Token token = tokens.get(pos);
            if (token.is(WordClass.WEEKDAYS) || token.is(WordClass.WEEKDAY)) {
                elements.add(Element.weekday(DayOfWeek.of(token.value())));
            } else if (!token.is(WordClass.AND) && token.type != Token.Type.COMMA) {
                return;
            }
            pos++;
        }
    }

    private boolean isTimesAfterRange(int offset) {
        Token dash = peek(offset);
        Token upper = peek(offset + 1);
        Token times = peek(offset + 2);
        return dash != null && dash.type == Token.Type.DASH && upper != null && upper.isNumber() && times != null
                && times.is(WordClass.TIMES);
    }

    /**
     * "1 раз в две недели", "2 раза в год", "раз в полгода", "не реже 1 раза в 3-4 недели".
     * {@code at} points at "раз" (or at the count word when "дважды в год" has none).
     */
    private void recurrenceFrom(int at, int count, boolean countIsRange) {
        int cursor = at;
        boolean approximate = countIsRange;
        if (countIsRange) {
            cursor += 2;
        }
        Token times = this.at(cursor);
        if (times != null && times.is(WordClass.TIMES)) {
            cursor++;
        }
        if (this.at(cursor) == null || !this.at(cursor).is(WordClass.IN)) {
            pos = Math.max(pos + 1, cursor);
            return;
        }
        cursor++;
        int per = 1;
        Token amount = this.at(cursor);
        if (amount != null && (amount.isNumber() || amount.is(WordClass.CARDINAL))) {
            per = Math.max(1, amount.value());
            cursor++;
            Token dash = this.at(cursor);
            Token upper = this.at(cursor + 1);
            if (dash != null && dash.type == Token.Type.DASH && upper != null
                    && (upper.isNumber() || upper.is(WordClass.CARDINAL))) {
                approximate = true;
                cursor += 2;
            }
        }
        Unit unit = unitAt(cursor);
        if (unit == null) {
            pos = Math.max(pos + 1, cursor);
            return;
        }
        RecurrenceRate rate = RecurrenceRate.of(Math.max(1, count), per, unit);
        if (approximate || rate.approximate()) {
            reasons.add(ReviewReason.APPROXIMATE_FREQUENCY);
        }
        elements.add(Element.recurrence(rate.recurrence()));
        pos = cursor + 1;
    }

    private Unit unitAt(int index) {
        Token token = at(index);
        return token != null && token.is(WordClass.UNIT) ? Unit.of(token.value()) : null;
    }

    // ---- markers -------------------------------------------------------------------------------------------

    private void marker() {
        if (firstMarker < 0) {
            firstMarker = pos;
        }
        pos++;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private record YearSuffix(int year, ReviewReason problem) {
    }

    /** The year written after a month or a day ("марта 2022 г.", "май 20212"), skipping "г.", "года". */
    private YearSuffix yearAfter() {
        if (yearAfterComma()) {
            pos++;
        }
        int beforeDots = pos;
        skipDots(); // "сент. 2022"
        if (at(pos) == null || !at(pos).isNumber()) {
            pos = beforeDots;
        }
        Token token = at(pos);
        if (token != null && token.isNumber()) {
            if (token.b == 4 && token.a >= 1900 && token.a <= 2199) {
                markPeriod(pos, pos + 1);
                pos++;
                skipYearWords();
                return new YearSuffix(token.a, null);
            }
            if (looksLikeMistypedYear(token) || (token.b == 3 && token.a >= 200 && token.a <= 209)) {
                markPeriod(pos, pos + 1);
                pos++;
                skipYearWords();
                return new YearSuffix(0, ReviewReason.YEAR_TYPO);
            }
        }
        return new YearSuffix(0, null);
    }

    /** "май, 2022 г.": a comma between a month and its year, when nothing after the year says otherwise. */
    private boolean yearAfterComma() {
        Token comma = at(pos);
        Token year = at(pos + 1);
        if (comma == null || comma.type != Token.Type.COMMA || year == null || !year.isNumber() || year.b != 4
                || year.a < 1900 || year.a > 2199) {
            return false;
        }
        Token after = at(pos + 2);
        return after == null || after.type == Token.Type.DOT || after.type == Token.Type.CLOSE
                || (after.is(WordClass.UNIT) && after.value() == Unit.YEAR.ordinal());
    }

    private void skipYearWords() {
        while (pos < tokens.size()) {
            Token token = tokens.get(pos);
            boolean yearWord = token.is(WordClass.UNIT) && token.value() == Unit.YEAR.ordinal();
            if (yearWord || token.type == Token.Type.DOT) {
                partOfPeriod[pos] = true;
                pos++;
            } else {
                return;
            }
        }
    }

    private void skipDots() {
        while (pos < tokens.size() && tokens.get(pos).type == Token.Type.DOT) {
            pos++;
        }
    }

    private void period(Atom atom, int end) {
        markPeriod(atom.firstToken, end);
        elements.add(Element.atom(atom));
        pos = end;
        skipYearWords();
    }

    private void markPeriod(int from, int to) {
        for (int i = Math.max(0, from); i < to && i < partOfPeriod.length; i++) {
            partOfPeriod[i] = true;
        }
    }

    private void emit(Element element, int length) {
        elements.add(element);
        pos += length;
    }

    private Token peek(int offset) {
        return at(pos + offset);
    }

    private Token at(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
    }
}
