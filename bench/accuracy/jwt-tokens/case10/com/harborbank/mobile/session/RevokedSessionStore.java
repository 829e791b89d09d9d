package com.harborbank.mobile.session;

public interface RevokedSessionStore {

    boolean isRevoked(String sessionId);
}
