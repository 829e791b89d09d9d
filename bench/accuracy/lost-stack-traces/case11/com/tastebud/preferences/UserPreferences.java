package com.tastebud.preferences;

public record UserPreferences(String locale, String currency, boolean newsletter) {

    public static UserPreferences defaults() {
        return new UserPreferences("en-GB", "GBP", false);
    }
}
