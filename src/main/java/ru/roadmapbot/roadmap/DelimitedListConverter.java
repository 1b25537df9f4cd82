package ru.roadmapbot.roadmap;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;

/**
 * Short lists of codes or names kept in one column, separated by "|" (a character roadmap cells do not use),
 * so the schema stays portable between H2 and PostgreSQL without array types.
 */
@Converter
class DelimitedListConverter implements AttributeConverter<List<String>, String> {

    private static final String SEPARATOR = "|";

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(SEPARATOR, values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\\|"));
    }
}
