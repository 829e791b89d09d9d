package com.meridian.claims.insurer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

public record InsurerCredentials(String baseUrl, String username, String password) {

    public InsurerCredentials {
        Objects.requireNonNull(baseUrl, "INSURER_BASE_URL");
        Objects.requireNonNull(username, "INSURER_USERNAME");
        Objects.requireNonNull(password, "INSURER_PASSWORD");
    }

    public static InsurerCredentials fromEnvironment() {
        return new InsurerCredentials(
                System.getenv("INSURER_BASE_URL"),
                System.getenv("INSURER_USERNAME"),
                System.getenv("INSURER_PASSWORD"));
    }

    public String basicAuthorization() {
        String pair = username + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
