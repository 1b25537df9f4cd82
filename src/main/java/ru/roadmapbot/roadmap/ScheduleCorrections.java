package ru.roadmapbot.roadmap;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The corrections of a roadmap's schedule cells, stored by the roadmap's code so that they survive re-imports. */
@Component
class ScheduleCorrections {

    private final ScheduleCorrectionRepository repository;
    private final Clock clock;

    ScheduleCorrections(ScheduleCorrectionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    Corrections of(String code) {
        Map<String, Corrections.Correction> byRow = new HashMap<>();
        repository.findByRoadmapCode(code).forEach(c -> byRow.put(c.getRowKey(),
                new Corrections.Correction(c.getOriginalText(), c.getCorrectedText())));
        return new Corrections(byRow);
    }

    void save(String code, Corrections corrections) {
        corrections.asMap().forEach((key, correction) -> repository.findByRoadmapCodeAndRowKey(code, key).ifPresentOrElse(
                stored -> stored.correct(correction.original(), correction.corrected(), clock.instant()),
                () -> repository.save(new ScheduleCorrection(code, key, correction.original(), correction.corrected(),
                        clock.instant()))));
    }
}
