package ru.roadmapbot.roadmap.parties;

import java.util.List;

import ru.roadmapbot.roadmap.PartyRole;

/**
 * An office or schools named in a cell, read from token {@code start} up to {@code end} (exclusive).
 *
 * @param school whether it names schools (their heads are reached) rather than an office
 * @param names  the organizations named; empty for a kind of school alone ("ОО", "ШНОР"), which means every school
 */
record Organization(PartyRole role, boolean school, List<String> names, int end) {

    static Organization schools(List<String> names, int end) {
        return new Organization(PartyRole.DIRECTOR, true, names, end);
    }

    static Organization office(PartyRole role, String name, int end) {
        return new Organization(role, false, List.of(name), end);
    }
}
