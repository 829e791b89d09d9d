package com.routewise.geocoding;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public record Coordinates(double lat, double lon) {

    private static final Pattern LAT = Pattern.compile("\"lat\"\\s*:\\s*\"(-?\\d+(?:\\.\\d+)?)\"");
    private static final Pattern LON = Pattern.compile("\"lon\"\\s*:\\s*\"(-?\\d+(?:\\.\\d+)?)\"");

    static Optional<Coordinates> firstIn(String json) {
        Matcher lat = LAT.matcher(json);
        Matcher lon = LON.matcher(json);
        if (!lat.find() || !lon.find()) {
            return Optional.empty();
        }
        return Optional.of(new Coordinates(Double.parseDouble(lat.group(1)), Double.parseDouble(lon.group(1))));
    }
}
