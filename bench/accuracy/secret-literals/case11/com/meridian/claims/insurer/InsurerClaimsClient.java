package com.meridian.claims.insurer;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.TimeUnit;

public class InsurerClaimsClient implements AutoCloseable {

    private final Client client;
    private final InsurerCredentials credentials;

    public InsurerClaimsClient(InsurerCredentials credentials) {
        this.credentials = credentials;
        this.client = ClientBuilder.newBuilder()
                .connectTimeout(3, TimeUnit.SECONDS)
                .readTimeout(15, TimeUnit.SECONDS)
                .build();
    }

    public ClaimStatus status(String claimNumber) {
        return client.target(credentials.baseUrl())
                .path("claims/{number}")
                .resolveTemplate("number", claimNumber)
                .request(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, credentials.basicAuthorization())
                .get(ClaimStatus.class);
    }

    @Override
    public void close() {
        client.close();
    }
}
