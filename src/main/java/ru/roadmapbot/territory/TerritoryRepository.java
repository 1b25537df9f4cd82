package ru.roadmapbot.territory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored territories; few enough to hold in memory (see {@link Territories}). */
interface TerritoryRepository extends JpaRepository<Territory, Long> {

    List<Territory> findAllByOrderByName();
}
