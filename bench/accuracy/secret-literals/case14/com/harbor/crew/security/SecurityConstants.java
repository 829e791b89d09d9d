package com.harbor.crew.security;

public final class SecurityConstants {

    public static final long EXPIRATION_TIME = 864_000_000L; // 10 days
    public static final String TOKEN_PREFIX = "Bearer ";
    public static final String HEADER_STRING = "Authorization";
    public static final String SIGN_UP_URL = "/api/users/sign-up";
    public static final String INVALID_TOKEN_MESSAGE = "Token is invalid or expired";

    private SecurityConstants() {
    }
}
