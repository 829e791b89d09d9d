package com.datapipe.ingest;

public class RetryableJobException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RetryableJobException(String message, Throwable cause) {
        super(message, cause);
    }
}
