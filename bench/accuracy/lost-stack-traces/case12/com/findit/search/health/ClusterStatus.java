package com.findit.search.health;

public record ClusterStatus(String endpoint, boolean up, String detail) {

    public static ClusterStatus up(String endpoint, String healthJson) {
        String colour = healthJson.contains("\"status\":\"green\"") ? "green"
                : healthJson.contains("\"status\":\"yellow\"") ? "yellow" : "red";
        return new ClusterStatus(endpoint, !"red".equals(colour), colour);
    }

    public static ClusterStatus down(String endpoint, String reason) {
        return new ClusterStatus(endpoint, false, reason);
    }
}
