package com.roamly.travel.weather;

import java.time.LocalDate;
import java.util.List;

public record Forecast(String location, List<Day> days) {

    public record Day(LocalDate date, double minCelsius, double maxCelsius, String summary) {
    }
}
