package com.formulaic.templates;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
public class InvalidExpressionException extends RuntimeException {

    private final int position;

    public InvalidExpressionException(String expression, int position) {
        super("Unbalanced brackets in '" + expression + "' at position " + position);
        this.position = position;
    }

    public int getPosition() {
        return position;
    }
}
