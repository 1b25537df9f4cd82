package ru.roadmapbot.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleCorrectionRepository extends JpaRepository<ScheduleCorrection, Long> {

    List<ScheduleCorrection> findByRoadmapCode(String roadmapCode);

    Optional<ScheduleCorrection> findByRoadmapCodeAndRowKey(String roadmapCode, String rowKey);
}
