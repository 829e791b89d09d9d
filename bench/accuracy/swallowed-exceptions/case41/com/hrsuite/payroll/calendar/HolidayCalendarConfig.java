package com.hrsuite.payroll.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class HolidayCalendarConfig {

    @Bean
    public HolidayCalendar holidayCalendar(@Value("${payroll.holidays:}") List<String> rawEntries) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        rawEntries.forEach(entry -> {
            String[] parts = entry.split("=", 2);
            try {
                holidays.put(LocalDate.parse(parts[0].trim()), parts[1].trim());
            } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                // entries without a parseable date are left out of the calendar
            }
        });
        return new HolidayCalendar(holidays);
    }
}
