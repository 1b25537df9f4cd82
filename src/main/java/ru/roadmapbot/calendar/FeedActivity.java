package ru.roadmapbot.calendar;

import java.time.Instant;

import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.schedule.Schedule;

/** What a feed shows of an activity, copied out of the entity so that writing a feed needs no database. */
record FeedActivity(Long id, String uid, int revision, int position, String number, String title, String section,
                    String responsible, String expectedResult, String controller, String roadmap, Schedule schedule,
                    Instant updatedAt) {

    static FeedActivity of(Activity activity) {
        return new FeedActivity(activity.getId(), activity.getUid(), activity.getRevision(), activity.getPosition(),
                activity.getNumber(), activity.getTitle(), activity.getSection(), activity.getResponsibleText(),
                activity.getExpectedResult(), activity.getController(), activity.getRoadmap().shortName(),
                activity.schedule(), activity.getUpdatedAt());
    }

    /** Dated activities become events; the others ("по плану ДИРО", cells not understood) are only counted. */
    boolean dated() {
        return !schedule.parts().isEmpty();
    }
}
