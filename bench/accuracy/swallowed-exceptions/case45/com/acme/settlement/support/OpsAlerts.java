package com.acme.settlement.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class OpsAlerts {

    private static final Logger log = LoggerFactory.getLogger("ops-alerts");

    public void raise(String message) {
        log.error("[OPS] {}", message);
    }

    public void raise(String message, Throwable cause) {
        log.error("[OPS] {}", message, cause);
    }
}
