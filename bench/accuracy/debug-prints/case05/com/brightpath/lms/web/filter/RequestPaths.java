package com.brightpath.lms.web.filter;

import java.util.List;

final class RequestPaths {

    private static final List<String> INFRASTRUCTURE_PREFIXES = List.of("/actuator", "/favicon.ico", "/static/");

    private RequestPaths() {
    }

    static boolean isInfrastructure(String path) {
        return INFRASTRUCTURE_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
