package ru.roadmapbot.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * A weekday right after a date ("24 мая (пятница)", "01.02.2024 (четверг)") annotates that date rather than naming a
 * day of the week something repeats on: it moves onto the date's {@link Atom} and leaves the elements, so "с 6 ноября
 * (понедельник) по 12 ноября (воскресенье)" reads as the range it is.
 */
final class WeekdayNotes {

    private WeekdayNotes() {
    }

    static List<Element> attach(List<Element> elements) {
        List<Element> rest = new ArrayList<>(elements.size());
        for (Element element : elements) {
            Element previous = rest.isEmpty() ? null : rest.get(rest.size() - 1);
            if (element.is(Element.Kind.WEEKDAY) && previous != null && previous.is(Element.Kind.ATOM)
                    && previous.atom.type == Atom.Type.DAY && previous.atom.weekdayNote == null) {
                previous.atom.weekdayNote = element.weekday;
            } else {
                rest.add(element);
            }
        }
        return rest;
    }
}
