package ru.roadmapbot.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The five real roadmaps of the test data: seed texts (shipped as demo data) and the fixtures made from them. */
final class RoadmapFiles {

    static final Map<String, String> NAMES = Map.of(
            "000", "000_8947be193d347cd7",
            "001", "001_5ee45a74bb2df34c",
            "002", "002_0994dfd4ec89aa3d",
            "003", "003_3563c2cda89c6920",
            "004", "004_7680f41c24c846e3");

    private RoadmapFiles() {
    }

    static String seedName(String id) {
        return NAMES.get(id) + ".txt";
    }

    static byte[] seed(String id) {
        return resource("/demo/" + seedName(id));
    }

    static String fixtureName(String id, String extension) {
        return NAMES.get(id) + "." + extension;
    }

    static byte[] fixture(String id, String extension) {
        return resource("/fixtures/" + fixtureName(id, extension));
    }

    static Path fixturePath(String id, String extension) {
        try {
            return Path.of(RoadmapFiles.class.getResource("/fixtures/" + fixtureName(id, extension)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] resource(String path) {
        try (InputStream in = RoadmapFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number, title and schedule of each row, whitespace collapsed: what must agree between formats. */
    static List<String> essentials(RoadmapDocument document) {
        return document.rows().stream()
                .map(row -> number(row.number()) + " | " + collapse(row.title()) + " | " + collapse(row.schedule()))
                .collect(Collectors.toList());
    }

    /** "1." and "1" are the same number: spreadsheets and .csv exports keep numbers without the trailing dot. */
    static String number(String number) {
        if (number == null) {
            return "";
        }
        String n = number.strip();
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    static String collapse(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }
}
