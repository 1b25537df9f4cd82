package ru.roadmapbot.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import ru.roadmapbot.people.OrganizationNames;
import ru.roadmapbot.roadmap.RoadmapNames;
import ru.roadmapbot.territory.Place;
import ru.roadmapbot.territory.PlaceFinder;
import ru.roadmapbot.territory.PlaceNames;
import ru.roadmapbot.territory.TerritoryKind;

/**
 * Places what a database stored before territories existed (V9 added the columns). Only the title and the rows of a
 * roadmap were stored, so a roadmap is placed by the municipality its title names and the region its title or rows
 * name ("ГБУ ДПО РД «ДИРО»"); the others stay unplaced until re-imported with {@code --territory}. An organization
 * that the rows of exactly one placed roadmap name gets its territory (or the only municipality there is), and
 * people and open invitations get their organization's. Plain JDBC: it runs before the application's beans exist.
 */
@Component
class PlaceExistingRoadmaps implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "place existing roadmaps, organizations and people in territories";
    }

    /** Flyway checksums SQL files; a Java migration that is applied once needs none. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<Long, Long> territoryOfRoadmap = placeRoadmaps(connection);
        placeOrganizations(connection, territoryOfRoadmap);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update participant set territory_id = (select o.territory_id from organization o "
                    + "where o.id = participant.organization_id) where territory_id is null and organization_id is not null");
            statement.executeUpdate("update invitation set territory_id = (select o.territory_id from organization o "
                    + "where o.id = invitation.organization_id) where territory_id is null and organization_id is not null");
        }
    }

    private Map<Long, Long> placeRoadmaps(Connection connection) throws SQLException {
        Map<Long, Long> placed = new HashMap<>();
        List<Object[]> roadmaps = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, title, roadmap_year from roadmap")) {
            while (rows.next()) {
                roadmaps.add(new Object[] {rows.getLong(1), rows.getString(2), (Integer) rows.getObject(3)});
            }
        }
        for (Object[] roadmap : roadmaps) {
            Long id = (Long) roadmap[0];
            String title = (String) roadmap[1];
            Place place = PlaceFinder.place(title, List.of(), cellsOf(connection, id));
            Long territory = place.known() ? territory(connection, place) : null;
            String territoryName = place.municipality() != null ? place.municipality() : place.region();
            try (PreparedStatement update = connection.prepareStatement(
                    "update roadmap set territory_id = ?, roadmap_level = ?, short_name = ? where id = ?")) {
                update.setObject(1, territory);
                update.setString(2, territory == null ? null : place.municipality() != null ? "MUNICIPAL" : "REGIONAL");
                update.setString(3, RoadmapNames.shortName(title,
                        territoryName == null ? null : PlaceNames.shortName(territoryName), (Integer) roadmap[2]));
                update.setLong(4, id);
                update.executeUpdate();
            }
            if (territory != null) {
                placed.put(id, territory);
            }
        }
        return placed;
    }

    private static List<String> cellsOf(Connection connection, Long roadmapId) throws SQLException {
        List<String> cells = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select responsible_text, controller from activity where roadmap_id = ?")) {
            query.setLong(1, roadmapId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    for (int column = 1; column <= 2; column++) {
                        if (rows.getString(column) != null) {
                            cells.add(rows.getString(column));
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** The municipality (in its region) or the region, found or created as {@code Territories.place} would. */
    private static Long territory(Connection connection, Place place) throws SQLException {
        Long region = place.region() == null ? null : findOrCreate(connection, place.region(), TerritoryKind.REGION, null);
        return place.municipality() == null ? region
                : findOrCreate(connection, place.municipality(), TerritoryKind.MUNICIPALITY, region);
    }

    private static Long findOrCreate(Connection connection, String name, TerritoryKind kind, Long parent)
            throws SQLException {
        String key = PlaceNames.matchKey(name);
        try (PreparedStatement query = connection.prepareStatement(
                "select id from territory where match_key = ? and kind = ? order by id")) {
            query.setString(1, key);
            query.setString(2, kind.name());
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return rows.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into territory (name, kind, parent_id, "
                + "match_key, created_at) values (?, ?, ?, ?, current_timestamp)", new String[] {"id"})) {
            insert.setString(1, name);
            insert.setString(2, kind.name());
            insert.setObject(3, parent);
            insert.setString(4, key);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** An organization named by the rows of placed roadmaps of one territory gets it; else the only municipality. */
    private static void placeOrganizations(Connection connection, Map<Long, Long> territoryOfRoadmap) throws SQLException {
        Map<String, Set<Long>> territoriesByKey = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select a.roadmap_id, p.organizations from activity_party p "
                     + "join activity a on a.id = p.activity_id where p.organizations is not null")) {
            while (rows.next()) {
                Long territory = territoryOfRoadmap.get(rows.getLong(1));
                if (territory == null) {
                    continue;
                }
                for (String name : rows.getString(2).split("\\|")) {
                    territoriesByKey.computeIfAbsent(OrganizationNames.matchKey(name), k -> new HashSet<>()).add(territory);
                }
            }
        }
        Long onlyMunicipality = onlyMunicipality(connection);
        Map<Long, String> organizations = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, match_key from organization where territory_id is null")) {
            while (rows.next()) {
                organizations.put(rows.getLong(1), rows.getString(2));
            }
        }
        for (Map.Entry<Long, String> organization : organizations.entrySet()) {
            Set<Long> named = territoriesByKey.getOrDefault(organization.getValue(), Set.of());
            Long territory = named.size() == 1 ? named.iterator().next() : named.isEmpty() ? onlyMunicipality : null;
            if (territory != null) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update organization set territory_id = ? where id = ?")) {
                    update.setLong(1, territory);
                    update.setLong(2, organization.getKey());
                    update.executeUpdate();
                }
            }
        }
    }

    private static Long onlyMunicipality(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from territory where kind = 'MUNICIPALITY'")) {
            Long only = rows.next() ? rows.getLong(1) : null;
            return rows.next() ? null : only;
        }
    }
}
