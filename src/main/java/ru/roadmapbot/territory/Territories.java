package ru.roadmapbot.territory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The territories of the instance: finding one by any spelling, placing what a document names, and the one
 * question everything else asks, whether one territory covers another. A region's handful of territories is held
 * in memory and reloaded when one is created here or an id turns up that this instance has not seen.
 */
@Service
public class Territories {

    private final TerritoryRepository repository;
    private final Clock clock;
    private volatile Map<Long, Territory> known;

    Territories(TerritoryRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Every territory, regions first, then by name. */
    @Transactional(readOnly = true)
    public List<Territory> all() {
        return snapshot().values().stream()
                .sorted(Comparator.comparing(Territory::getKind).thenComparing(Territory::getName)).toList();
    }

    public Optional<Territory> byId(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        Territory territory = snapshot().get(id);
        if (territory == null) {
            territory = reload().get(id);
        }
        return Optional.ofNullable(territory);
    }

    /** Whether the instance knows any territory; a single office that never named one has none. */
    public boolean any() {
        return !snapshot().isEmpty() || !reload().isEmpty();
    }

    /** The region a territory lies in: itself for a region, the parent of a municipality (or null if unknown). */
    public Long regionOf(Long id) {
        return byId(id).map(t -> t.getKind() == TerritoryKind.REGION ? t.getId() : t.getParentId()).orElse(null);
    }

    /**
     * Whether {@code outer} covers {@code inner}: the same territory, or the region of a municipality. A null on
     * both sides is the one office of an instance that names no territories, and covers itself.
     */
    public boolean covers(Long outer, Long inner) {
        if (outer == null || inner == null) {
            return outer == null && inner == null;
        }
        return outer.equals(inner) || outer.equals(byId(inner).map(Territory::getParentId).orElse(null));
    }

    /** A territory and the municipalities of it (a municipality alone for a municipality). */
    public Set<Long> within(Long id) {
        Set<Long> ids = new HashSet<>();
        if (id == null) {
            return ids;
        }
        ids.add(id);
        snapshot().values().stream().filter(t -> id.equals(t.getParentId())).map(Territory::getId).forEach(ids::add);
        return ids;
    }

    /** Whether the territory is a municipality (schools and municipal coordinators belong to one). */
    public boolean isMunicipality(Long id) {
        return byId(id).map(t -> t.getKind() == TerritoryKind.MUNICIPALITY).orElse(false);
    }

    /** The name of a territory for people ("Гороховецкий район"), or null. */
    public String nameOf(Long id) {
        return byId(id).map(Territory::getName).orElse(null);
    }

    /** The short name for lists ("Гороховецкий р-н"), or null. */
    public String shortNameOf(Long id) {
        return byId(id).map(Territory::shortName).orElse(null);
    }

    /**
     * Finds a territory typed by a person: "Гороховецкий район", "гороховецкий р-н", or "Ленинский район,
     * Ульяновская область" when the district's name alone is not enough.
     *
     * @throws TerritoryRefusedException AMBIGUOUS when the name fits several
     */
    @Transactional(readOnly = true)
    public Optional<Territory> find(String typed) {
        List<Territory> candidates = candidates(typed);
        if (candidates.size() > 1) {
            throw new TerritoryRefusedException(TerritoryRefusedException.Reason.AMBIGUOUS, typed.strip(), described(candidates));
        }
        return candidates.stream().findFirst();
    }

    /**
     * The territory a person typed, created when it is new and its words say what it is ("… район", "… область");
     * "Гороховецкий район, Владимирская область" places a new district in its region.
     *
     * @throws TerritoryRefusedException AMBIGUOUS when the name fits several; UNKNOWN when it is new and says no kind
     */
    @Transactional
    public Territory findOrCreate(String typed) {
        Optional<Territory> found = find(typed);
        if (found.isPresent()) {
            return found.get();
        }
        String[] parts = typed.split(",", 2);
        String first = PlaceNames.nominative(parts[0].strip());
        TerritoryKind kind = PlaceNames.kindOf(first);
        if (kind == null || first.isBlank()) {
            throw new TerritoryRefusedException(TerritoryRefusedException.Reason.UNKNOWN, typed.strip(), described(all()));
        }
        String region = parts.length > 1 ? PlaceNames.nominative(parts[1].strip()) : null;
        return kind == TerritoryKind.REGION ? place(new Place(null, first)) : place(new Place(first, region));
    }

    /**
     * The territory of a document that names a municipality and maybe its region: both found or created, the
     * municipality placed in the region. Returns the municipality, else the region.
     *
     * @throws TerritoryRefusedException AMBIGUOUS when the municipality's name fits several and no region tells
     */
    @Transactional
    public Territory place(Place place) {
        return resolve(place, true).orElseThrow();
    }

    /** What {@link #place} would return, if it exists already: a preview creates nothing. */
    @Transactional(readOnly = true)
    public Optional<Territory> existing(Place place) {
        return resolve(place, false);
    }

    private Optional<Territory> resolve(Place place, boolean create) {
        if (!place.known()) {
            throw new IllegalArgumentException("no place to find");
        }
        Optional<Territory> region = place.region() == null ? Optional.empty() : regionNamed(place.region(), create);
        if (place.municipality() == null) {
            return region;
        }
        String key = PlaceNames.matchKey(place.municipality());
        List<Territory> same = reload().values().stream()
                .filter(t -> t.getKind() == TerritoryKind.MUNICIPALITY && t.getMatchKey().equals(key)).toList();
        if (region.isPresent()) {
            Long regionId = region.get().getId();
            Optional<Territory> inRegion = same.stream().filter(t -> regionId.equals(t.getParentId())).findFirst();
            if (inRegion.isPresent()) {
                return inRegion;
            }
            Optional<Territory> unplaced = same.stream().filter(t -> t.getParentId() == null).findFirst();
            if (unplaced.isPresent() && create) {
                Territory attached = repository.findById(unplaced.get().getId()).orElseThrow();
                attached.attachTo(regionId);
                return Optional.of(saved(attached));
            }
            if (unplaced.isPresent()) {
                return unplaced;
            }
        } else if (same.size() == 1) {
            return Optional.of(same.get(0));
        } else if (same.size() > 1) {
            throw new TerritoryRefusedException(TerritoryRefusedException.Reason.AMBIGUOUS, place.municipality(),
                    described(same));
        }
        return create ? Optional.of(saved(new Territory(place.municipality(), TerritoryKind.MUNICIPALITY,
                region.map(Territory::getId).orElse(null), clock.instant()))) : Optional.empty();
    }

    /** Names with their regions, as a person would tell them apart: "Ленинский район (Ульяновская область)". */
    public List<String> described(List<Territory> territories) {
        return territories.stream().map(this::describe).sorted().toList();
    }

    public String describe(Territory territory) {
        String region = territory.getParentId() == null ? null : nameOf(territory.getParentId());
        return region == null ? territory.getName() : territory.getName() + " (" + region + ")";
    }

    private Optional<Territory> regionNamed(String name, boolean create) {
        String key = PlaceNames.matchKey(name);
        Optional<Territory> found = reload().values().stream()
                .filter(t -> t.getKind() == TerritoryKind.REGION && t.getMatchKey().equals(key)).findFirst();
        if (found.isPresent() || !create) {
            return found;
        }
        return Optional.of(saved(new Territory(name, TerritoryKind.REGION, null, clock.instant())));
    }

    private List<Territory> candidates(String typed) {
        String[] parts = typed.split(",", 2);
        String key = PlaceNames.matchKey(parts[0]);
        if (key.isEmpty()) {
            return List.of();
        }
        TerritoryKind kind = PlaceNames.kindOf(parts[0]);
        List<Territory> found = new ArrayList<>(reload().values().stream()
                .filter(t -> t.getMatchKey().equals(key) && (kind == null || t.getKind() == kind)).toList());
        if (found.size() > 1 && parts.length > 1) {
            String regionKey = PlaceNames.matchKey(parts[1]);
            found.removeIf(t -> !Objects.equals(regionKey, byId(t.getParentId()).map(Territory::getMatchKey).orElse(null)));
        }
        return found;
    }

    private Territory saved(Territory territory) {
        Territory saved = repository.saveAndFlush(territory);
        known = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a rolled-back import must not leave its territories behind in memory
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    known = null;
                }
            });
        }
        return saved;
    }

    private Map<Long, Territory> snapshot() {
        Map<Long, Territory> current = known;
        return current != null ? current : reload();
    }

    private Map<Long, Territory> reload() {
        Map<Long, Territory> loaded = new HashMap<>();
        repository.findAll().forEach(t -> loaded.put(t.getId(), t));
        known = Map.copyOf(loaded);
        return known;
    }
}
