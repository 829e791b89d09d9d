package com.bankcore.transfers;

public class TransferFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransferFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
