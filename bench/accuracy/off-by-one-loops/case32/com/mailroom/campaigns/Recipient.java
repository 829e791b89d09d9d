package com.mailroom.campaigns;

import java.util.Locale;

public record Recipient(String email, String firstName, Locale locale, boolean unsubscribed) {
}
