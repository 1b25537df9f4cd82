package ru.roadmapbot.roadmap.reading;

import java.util.Arrays;

/** Where each kind of column sits in a roadmap table, found from its header row. */
final class Columns {

    private final int[] indexByKind;
    private final int kindCount;

    private Columns(int[] indexByKind) {
        this.indexByKind = indexByKind;
        this.kindCount = (int) Arrays.stream(indexByKind).filter(i -> i >= 0).count();
    }

    /**
     * The columns named by a header row, or null when the row is not a header: it must name at least two kinds,
     * one of them the title or the schedule, with short cells and no row number, and most of its filled cells must be
     * header words.
     */
    static Columns fromHeader(RawRow row) {
        int[] indexByKind = new int[ColumnKind.values().length];
        Arrays.fill(indexByKind, -1);
        int matched = 0;
        int filled = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cells().get(i);
            if (cell.isBlank()) {
                continue;
            }
            filled++;
            if (CellText.isNumber(cell)) {
                return null; // an activity's number: headers name columns, they do not count rows
            }
            ColumnKind kind = HeaderMatcher.kindOf(cell);
            if (kind != null) {
                matched++;
                if (indexByKind[kind.ordinal()] < 0) {
                    indexByKind[kind.ordinal()] = i;
                }
            }
        }
        Columns columns = new Columns(indexByKind);
        boolean named = columns.has(ColumnKind.TITLE) || columns.has(ColumnKind.SCHEDULE);
        if (columns.kindCount < 2 || !named || matched * 2 < filled) {
            return null;
        }
        return columns;
    }

    boolean has(ColumnKind kind) {
        return indexByKind[kind.ordinal()] >= 0;
    }

    /** The column index of a kind, or -1. */
    int index(ColumnKind kind) {
        return indexByKind[kind.ordinal()];
    }

    /** How many kinds the header names: the better of two candidate headers names more. */
    int kindCount() {
        return kindCount;
    }

    boolean complete() {
        return has(ColumnKind.TITLE) && has(ColumnKind.SCHEDULE);
    }
}
