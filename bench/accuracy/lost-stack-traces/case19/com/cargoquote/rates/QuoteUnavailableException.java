package com.cargoquote.rates;

public class QuoteUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QuoteUnavailableException(String message) {
        super(message);
    }

    public QuoteUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
