package io.shelfwise.library.catalog;

import java.util.Objects;

/**
 * An ISBN-13. Equal to another {@code Isbn} with the same digits, and to any text that
 * reads as the same ISBN once hyphens and spaces are dropped, so that codes scanned at the
 * desk can be compared directly.
 */
public final class Isbn {

    private final String digits;

    private Isbn(String digits) {
        this.digits = digits;
    }

    public static Isbn of(String text) {
        String digits = normalise(text);
        if (digits.length() != 13) {
            throw new IllegalArgumentException("Not an ISBN-13: " + text);
        }
        return new Isbn(digits);
    }

    private static String normalise(CharSequence text) {
        StringBuilder sb = new StringBuilder(13);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o instanceof Isbn other) {
            return digits.equals(other.digits);
        }
        if (o instanceof CharSequence text) {
            return digits.equals(normalise(text));
        }
        return false;
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
