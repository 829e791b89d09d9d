package com.healthline.appointments.support;

import org.slf4j.Logger;
import org.slf4j.MDC;

public final class LogSupport {

    private LogSupport() {
    }

    public static void warnWithCause(Logger logger, String message, Throwable cause) {
        MDC.put("errorType", cause.getClass().getSimpleName());
        try {
            logger.warn(message, cause);
        } finally {
            MDC.remove("errorType");
        }
    }
}
