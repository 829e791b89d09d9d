package com.hrsuite.payroll.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

public class HolidayCalendar {

    private final Map<LocalDate, String> holidays;

    public HolidayCalendar(Map<LocalDate, String> holidays) {
        this.holidays = Map.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.containsKey(day);
    }

    public LocalDate nextWorkingDay(LocalDate from) {
        LocalDate day = from.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
