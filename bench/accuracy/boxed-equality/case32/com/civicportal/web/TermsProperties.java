package com.civicportal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class TermsProperties {

    private final Integer currentVersion;
    private final String acceptPath;

    public TermsProperties(@Value("${portal.terms.current-version}") Integer currentVersion,
                           @Value("${portal.terms.accept-path:/terms/accept}") String acceptPath) {
        this.currentVersion = currentVersion;
        this.acceptPath = acceptPath;
    }

    public Integer getCurrentVersion() {
        return currentVersion;
    }

    public String getAcceptPath() {
        return acceptPath;
    }
}
