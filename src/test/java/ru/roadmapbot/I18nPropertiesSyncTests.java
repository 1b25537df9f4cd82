package ru.roadmapbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps user-facing text where translators find it: every locale file has the same keys with non-empty values,
 * templates hold no literal text, and the modules that talk to people hold no Russian string literals.
 */
class I18nPropertiesSyncTests {

    /** Modules whose Java code speaks to people; the grammar modules legitimately hold Russian words. */
    private static final List<String> SPEAKING_MODULES = List.of("cli", "telegram", "admin", "reminder", "confirmation",
            "calendar", "messenger");

    private static final Pattern CYRILLIC_LITERAL = Pattern.compile("\"[^\"\\n]*[А-Яа-яЁё][^\"\\n]*\"");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nPropertiesSyncTests.class.getResourceAsStream("/messages/" + name)) {
            assertThat(in).as(name + " is packaged under messages/").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLocaleHasTheSameKeys() throws IOException {
        Properties russian = load("messages.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(russian.stringPropertyNames());
        assertThat(russian.stringPropertyNames()).isNotEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                assertThat(properties.getProperty(key)).as(file + ": " + key).isNotBlank();
            }
        }
    }

    @Test
    void apostrophesAreDoubledForMessageFormat() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                String text = properties.getProperty(key);
                assertThat(text.replace("''", "")).as(file + ": " + key + " (write '' for an apostrophe)").doesNotContain("'");
                org.assertj.core.api.Assertions.assertThatCode(() -> new java.text.MessageFormat(text))
                        .as(file + ": " + key).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void russianIsTheDefaultLocale() throws IOException {
        Properties russian = load("messages.properties");
        long cyrillic = russian.values().stream().map(Object::toString).filter(v -> v.matches("(?s).*[А-Яа-я].*")).count();
        assertThat(cyrillic).isGreaterThan(russian.size() / 2);
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        Path templates = Path.of("src/main/resources/templates");
        if (!Files.isDirectory(templates)) {
            return;
        }
        Pattern text = Pattern.compile(">([^<>]*[A-Za-zА-Яа-яЁё][^<>]*)<");
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file).replaceAll("(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->", "");
                Matcher matcher = text.matcher(html);
                while (matcher.find()) {
                    if (!matcher.group(1).isBlank()) {
                        literals.add(file.getFileName() + ": " + matcher.group(1).strip());
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void modulesThatSpeakToPeopleHoldNoRussianLiterals() throws IOException {
        List<String> literals = new ArrayList<>();
        for (String module : SPEAKING_MODULES) {
            Path dir = Path.of("src/main/java/ru/roadmapbot", module);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        String code = line.strip();
                        if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
                            continue;
                        }
                        Matcher matcher = CYRILLIC_LITERAL.matcher(code);
                        while (matcher.find()) {
                            literals.add(file.getFileName() + ": " + matcher.group());
                        }
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }
}
