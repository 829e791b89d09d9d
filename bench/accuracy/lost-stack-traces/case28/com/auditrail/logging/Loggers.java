package com.auditrail.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named loggers routed to their own appenders in logback-spring.xml.
 */
public final class Loggers {

    public static final Logger AUDIT = LoggerFactory.getLogger("audit");
    public static final Logger SECURITY = LoggerFactory.getLogger("security");

    private Loggers() {
    }
}
