package com.acme.settlement.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class ErrorReporter {

    private static final Logger log = LoggerFactory.getLogger("ops-errors");

    public void report(String context, Throwable error) {
        log.error("[OPS] {}", context, error);
    }
}
