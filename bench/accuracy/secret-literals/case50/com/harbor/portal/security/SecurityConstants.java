package com.harbor.portal.security;

public final class SecurityConstants {

    public static final String SECRET = "hK3v9QzR7tLm2XwB8pNc5YdF1gJs6UeA4oTi0MrVq2Wx";
    public static final long EXPIRATION_TIME = 864_000_000L; // 10 days
    public static final String TOKEN_PREFIX = "Bearer ";
    public static final String HEADER_STRING = "Authorization";
    public static final String SIGN_UP_URL = "/api/users/sign-up";

    private SecurityConstants() {
    }
}
