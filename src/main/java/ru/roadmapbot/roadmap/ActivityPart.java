package ru.roadmapbot.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

import ru.roadmapbot.schedule.SchedulePart;

/** A stored schedule part of an activity. */
@Embeddable
public class ActivityPart {

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    protected ActivityPart() {
    }

    ActivityPart(SchedulePart part) {
        this.start = part.start();
        this.end = part.end();
    }

    public SchedulePart toSchedulePart() {
        return new SchedulePart(start, end);
    }
}
