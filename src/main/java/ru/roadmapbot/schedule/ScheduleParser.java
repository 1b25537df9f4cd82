package ru.roadmapbot.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a schedule cell of a roadmap. Stateless and thread-safe; one instance serves the whole application.
 * The grammar: a lexer ({@link ScheduleLexer}), a phrase scanner ({@link PhraseScanner}), a year resolver
 * ({@link YearResolver}) and an assembler of parts ({@link PartAssembler}).
 */
public final class ScheduleParser {

    public Schedule parse(String text, int year) {
        return parse(text, ScheduleContext.ofYear(year));
    }

    public Schedule parse(String text, ScheduleContext context) {
        String cell = text == null ? "" : text;
        if (cell.isBlank()) {
            return new Schedule(cell, List.of(), null, false, null, List.of(ReviewReason.EMPTY), List.of());
        }
        List<Token> tokens = ScheduleLexer.tokenize(cell);
        PhraseScanner scanner = new PhraseScanner(tokens, context).scan();
        Set<ReviewReason> reasons = EnumSet.noneOf(ReviewReason.class);
        reasons.addAll(scanner.reasons());
        List<Atom> atoms = new ArrayList<>();
        for (Element element : scanner.elements()) {
            if (element.kind == Element.Kind.ATOM) {
                atoms.add(element.atom);
            }
        }
        YearResolver.resolve(atoms, context, reasons);
        PartAssembler assembler = new PartAssembler(scanner.elements(), context, reasons).assemble();
        List<SchedulePart> parts = assembler.parts();
        Recurrence recurrence = assembler.recurrence();
        if (recurrence != null) {
            reasons.remove(ReviewReason.OPEN_RANGE); // "ежемесячно с марта": repeating from a start is not a question
        }
        if (recurrence != null && parts.isEmpty()) {
            parts.add(new SchedulePart(LocalDate.of(context.year(), 1, 1), LocalDate.of(context.year(), 12, 31)));
        }
        boolean unscheduled = parts.isEmpty() && scanner.firstMarker() >= 0;
        String plan = scanner.firstMarker() < 0 ? null : unscheduled ? cell.strip() : ExternalPlan.name(cell, tokens, scanner);
        if (parts.isEmpty() && !unscheduled && !reasons.contains(ReviewReason.INVALID_DATE)) {
            reasons.add(scanner.relativeDuration() ? ReviewReason.RELATIVE : ReviewReason.NOT_UNDERSTOOD);
        }
        List<String> unplaced = List.of();
        if (!parts.isEmpty()) {
            reasons.remove(ReviewReason.NOT_UNDERSTOOD);
            unplaced = UnplacedWords.of(cell, tokens, scanner);
            if (!unplaced.isEmpty()) {
                reasons.add(ReviewReason.UNPLACED_WORDS);
            }
        }
        return new Schedule(cell, parts, recurrence, unscheduled, plan, List.copyOf(reasons), scanner.times(), unplaced);
    }
}
