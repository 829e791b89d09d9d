package com.freightco.edi.parsing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

public final class FlexibleDates {

    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.BASIC_ISO_DATE,
            DateTimeFormatter.ofPattern("dd.MM.yyyy"),
            DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    private FlexibleDates() {
    }

    public static LocalDate parse(String raw) {
        String value = raw.trim();
        for (DateTimeFormatter format : ACCEPTED) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException expected) {
                // try the next accepted format
            }
        }
        throw new IllegalArgumentException("Unrecognised date '" + raw + "'");
    }
}
