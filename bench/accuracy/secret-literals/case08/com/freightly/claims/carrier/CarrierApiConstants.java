package com.freightly.claims.carrier;

final class CarrierApiConstants {

    static final String BASE_URL = "https://api.northline-carrier.example";
    static final String TOKEN_URL = "/oauth/token";
    static final String TOKEN_PREFIX = "Bearer ";
    static final String API_KEY_HEADER = "X-API-Key";
    static final String USERNAME_PARAM = "username";
    static final String PASSWORD_PARAM = "password";
    static final String PASSWORD_GRANT = "password";

    private CarrierApiConstants() {
    }
}
