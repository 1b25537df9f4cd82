package ru.roadmapbot.roadmap;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.roadmapbot.territory.Place;
import ru.roadmapbot.territory.PlaceNames;
import ru.roadmapbot.territory.Territories;
import ru.roadmapbot.territory.Territory;
import ru.roadmapbot.territory.TerritoryKind;
import ru.roadmapbot.territory.TerritoryRefusedException;
import ru.roadmapbot.territory.TerritoryRefusedException.Reason;

/**
 * Decides where a roadmap goes, the same way for the command line, the bot and the console: a territory typed by
 * the person importing wins; a roadmap imported before keeps its own; else what the document names; else the
 * importing coordinator's. A coordinator's roadmap must lie within their territory. On an instance that names no
 * territories at all a roadmap may stay unplaced; once there are some, an unplaced one would reach the wrong
 * people, so it is refused with the territories to choose from.
 */
@Component
class RoadmapPlacement {

    private final Territories territories;

    RoadmapPlacement(Territories territories) {
        this.territories = territories;
    }

    /** The placement, creating territories that are new. */
    Placement decide(RoadmapDocument document, Roadmap stored, ImportOptions options) {
        return placement(document, stored, options, true);
    }

    /** What {@link #decide} would do, creating nothing: for previews. */
    Placement preview(RoadmapDocument document, Roadmap stored, ImportOptions options) {
        return placement(document, stored, options, false);
    }

    private Placement placement(RoadmapDocument document, Roadmap stored, ImportOptions options, boolean create) {
        Placement placement;
        if (options.territory() != null) {
            placement = typed(options.territory(), create);
        } else if (stored != null && stored.getTerritoryId() != null) {
            placement = known(territories.byId(stored.getTerritoryId()), Placement.Source.STORED);
        } else if (document.place().known()) {
            placement = documented(document.place(), create);
        } else if (options.scope() != null) {
            placement = known(territories.byId(options.scope()), Placement.Source.IMPORTER);
        } else if (!territories.any()) {
            placement = new Placement(null, null, false, document.level(), null, Placement.Source.NONE);
        } else {
            throw new TerritoryRefusedException(Reason.NEEDED, document.source(), territories.described(territories.all()));
        }
        checkScope(placement, document.place(), options.scope());
        return withLevel(placement, document, options);
    }

    private Placement typed(String typed, boolean create) {
        if (create) {
            return known(Optional.of(territories.findOrCreate(typed)), Placement.Source.TYPED);
        }
        Optional<Territory> found = territories.find(typed);
        if (found.isPresent()) {
            return known(found, Placement.Source.TYPED);
        }
        String name = PlaceNames.nominative(typed.split(",", 2)[0].strip());
        if (PlaceNames.kindOf(name) == null) {
            throw new TerritoryRefusedException(Reason.UNKNOWN, typed, territories.described(territories.all()));
        }
        return new Placement(null, name, true, null, null, Placement.Source.TYPED);
    }

    private Placement documented(Place place, boolean create) {
        if (create) {
            return known(Optional.of(territories.place(place)), Placement.Source.DOCUMENT);
        }
        Optional<Territory> existing = territories.existing(place);
        if (existing.isPresent()) {
            return known(existing, Placement.Source.DOCUMENT);
        }
        String name = place.municipality() != null ? place.municipality() : place.region();
        return new Placement(null, name, true, null, null, Placement.Source.DOCUMENT);
    }

    private Placement known(Optional<Territory> territory, Placement.Source source) {
        Territory found = territory.orElseThrow(() -> new IllegalStateException("territory vanished"));
        return new Placement(found.getId(), found.getName(), false, null, null, source);
    }

    /** A coordinator imports within their own territory; a new municipality of their own region is within it. */
    private void checkScope(Placement placement, Place place, Long scope) {
        if (scope == null) {
            return;
        }
        boolean within = placement.territoryId() != null ? territories.covers(scope, placement.territoryId())
                : territories.byId(scope).filter(region -> region.getKind() == TerritoryKind.REGION)
                        .map(region -> place.region() != null
                                && PlaceNames.matchKey(place.region()).equals(region.getMatchKey()))
                        .orElse(false);
        if (!within) {
            throw new TerritoryRefusedException(Reason.OUTSIDE, placement.territoryName(),
                    territories.byId(scope).map(Territory::getName).stream().toList());
        }
    }

    /** A school's roadmap if a school is given; else regional or municipal as the territory is. */
    private Placement withLevel(Placement placement, RoadmapDocument document, ImportOptions options) {
        RoadmapLevel level;
        if (options.school() != null) {
            level = RoadmapLevel.SCHOOL;
        } else if (placement.territoryId() != null) {
            level = territories.isMunicipality(placement.territoryId()) ? RoadmapLevel.MUNICIPAL : RoadmapLevel.REGIONAL;
        } else if (placement.territoryName() != null) {
            level = PlaceNames.kindOf(placement.territoryName()) == TerritoryKind.REGION ? RoadmapLevel.REGIONAL
                    : RoadmapLevel.MUNICIPAL;
        } else {
            level = document.level();
        }
        if (level == RoadmapLevel.SCHOOL && placement.territoryId() != null
                && !territories.isMunicipality(placement.territoryId())) {
            throw new TerritoryRefusedException(Reason.NOT_A_MUNICIPALITY, placement.territoryName(), java.util.List.of());
        }
        return new Placement(placement.territoryId(), placement.territoryName(), placement.newTerritory(), level,
                options.school(), placement.source());
    }

    /** The derived short name: "500+ · Гороховецкий р-н · 2022", or the school's name for a school's roadmap. */
    String shortName(RoadmapDocument document, Placement placement) {
        String place = placement.school() != null ? placement.school()
                : placement.territoryName() == null ? null : PlaceNames.shortName(placement.territoryName());
        return RoadmapNames.shortName(document.title(), place, document.year());
    }
}
