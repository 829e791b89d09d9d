package dev.backlint.engine;

/** A scan that cannot start as asked: a missing path, an unknown rule id, a bad option. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }
}
