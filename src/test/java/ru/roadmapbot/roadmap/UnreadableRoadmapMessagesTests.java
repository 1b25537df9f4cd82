package ru.roadmapbot.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ru.roadmapbot.roadmap.UnreadableRoadmapException.Problem;

class UnreadableRoadmapMessagesTests {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(
                UnreadableRoadmapMessagesTests.class.getResourceAsStream("/messages/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @ParameterizedTest
    @EnumSource(Problem.class)
    void everyProblemIsWordedInRussianAndEnglishWithTheFileName(Problem problem) throws IOException {
        String key = new UnreadableRoadmapException("план.docx", problem, 10.0).messageKey();

        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            String pattern = bundle(name).getProperty(key);
            assertThat(pattern).as(key + " in " + name).isNotBlank().contains("{0}");
            assertThat(new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"план.docx", 10.0}))
                    .contains("план.docx");
        }
    }
}
