package ru.roadmapbot.schedule;

import java.util.List;
import java.util.Set;

/**
 * Fills in what a period leaves out from its neighbours: "14" in "14-18 марта" takes March, "март" in
 * "март-декабрь 2022" and "октябрь" in "октябрь, ноябрь 2021г" take the year written after them. An explicit
 * year always wins; the roadmap's year fills in only what the cell leaves out. A period that would come after
 * the neighbour it took its year from belongs to the year before ("декабрь - февраль 2023").
 */
final class YearResolver {

    private YearResolver() {
    }

    static void resolve(List<Atom> atoms, ScheduleContext context, Set<ReviewReason> reasons) {
        monthsOfBareDays(atoms);
        yearsFromTheRight(atoms);
        yearsFromTheLeft(atoms);
        for (Atom atom : atoms) {
            if (!atom.hasYear()) {
                atom.year = context.year();
            }
            if (atom.problem != null) {
                reasons.add(atom.problem);
            } else if (!atom.valid()) {
                atom.problem = ReviewReason.INVALID_DATE;
                reasons.add(ReviewReason.INVALID_DATE);
            }
            if (atom.yearWritten && Math.abs(atom.year - context.year()) > 3) {
                reasons.add(ReviewReason.IMPLAUSIBLE_YEAR);
            }
        }
    }

    private static void monthsOfBareDays(List<Atom> atoms) {
        for (int i = atoms.size() - 1; i >= 0; i--) {
            Atom atom = atoms.get(i);
            if (atom.type != Atom.Type.DAY || atom.month != 0) {
                continue;
            }
            for (int j = i + 1; j < atoms.size(); j++) {
                Atom source = atoms.get(j);
                if (source.type == Atom.Type.DAY && source.month != 0) {
                    atom.month = source.month;
                    if (!atom.hasYear() && source.hasYear()) {
                        atom.year = source.year;
                        atom.yearWritten = source.yearWritten;
                    }
                    break;
                }
            }
            if (atom.month == 0) {
                atom.month = 1;
                atom.problem = ReviewReason.NOT_UNDERSTOOD;
            }
        }
    }

    private static void yearsFromTheRight(List<Atom> atoms) {
        for (int i = atoms.size() - 1; i >= 0; i--) {
            Atom atom = atoms.get(i);
            if (atom.hasYear() || !atom.takesYear()) {
                continue;
            }
            Atom source = nearestWithYear(atoms, i + 1, 1);
            if (source != null) {
                atom.year = source.year;
                if (atom.valid() && source.valid() && atom.start().isAfter(source.start())) {
                    atom.year--;
                }
            }
        }
    }

    private static void yearsFromTheLeft(List<Atom> atoms) {
        for (int i = 0; i < atoms.size(); i++) {
            Atom atom = atoms.get(i);
            if (atom.hasYear() || !atom.takesYear()) {
                continue;
            }
            Atom source = nearestWithYear(atoms, i - 1, -1);
            if (source != null) {
                atom.year = source.year;
                if (atom.valid() && source.valid() && atom.start().isBefore(source.start())) {
                    atom.year++;
                }
            }
        }
    }

    private static Atom nearestWithYear(List<Atom> atoms, int from, int step) {
        for (int j = from; j >= 0 && j < atoms.size(); j += step) {
            Atom candidate = atoms.get(j);
            if (candidate.hasYear() && candidate.takesYear()) {
                return candidate;
            }
        }
        return null;
    }
}
