package com.salesgrid.crm.sso;

public interface TokenEndpointClient {

    TokenResponse exchange(String authorizationCode);

    record TokenResponse(String accessToken, String idToken, long expiresIn) {
    }
}
