package com.parcelhub.carriers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.BAD_REQUEST)
public class UnsupportedCarrierException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsupportedCarrierException(String carrier) {
        super("Unsupported carrier '" + carrier + "'");
    }

    public UnsupportedCarrierException(String carrier, Throwable cause) {
        super("Unsupported carrier '" + carrier + "'", cause);
    }
}
