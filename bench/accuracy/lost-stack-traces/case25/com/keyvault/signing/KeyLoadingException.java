package com.keyvault.signing;

/**
 * Raised at start-up when a configured key cannot be read or parsed.
 */
public class KeyLoadingException extends Exception {

    private static final long serialVersionUID = 1L;

    public KeyLoadingException(String message) {
        super(message);
    }
}
