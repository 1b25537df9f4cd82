package ru.roadmapbot.people;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;

/** Organization names kept in one column, separated by "|" (a character names do not use). */
@Converter
class NameListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> names) {
        return names == null || names.isEmpty() ? null : String.join("|", names);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\\|"));
    }
}
