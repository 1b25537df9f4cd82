/**
 * Territories: regions and the municipalities (districts, urban and municipal okrugs) inside them. Roadmaps,
 * organizations and people belong to one, and who gets which work follows from it. Place names as documents write
 * them ("Харовского муниципального района", "РД") are read here too, without Spring.
 */
@ApplicationModule(allowedDependencies = {})
package ru.roadmapbot.territory;

import org.springframework.modulith.ApplicationModule;
