package com.freightly.claims.carrier;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

@Component
public class CarrierClaimsClient {

    private final RestTemplate restTemplate;
    private final String username;
    private final String password;
    private final String apiKey;

    public CarrierClaimsClient(RestTemplate restTemplate,
                               @Value("${carrier.username}") String username,
                               @Value("${carrier.password}") String password,
                               @Value("${carrier.api-key}") String apiKey) {
        this.restTemplate = restTemplate;
        this.username = username;
        this.password = password;
        this.apiKey = apiKey;
    }

    public Map<?, ?> fileClaim(Map<String, Object> claim) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(fetchAccessToken());
        headers.set(CarrierApiConstants.API_KEY_HEADER, apiKey);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return restTemplate.exchange(CarrierApiConstants.BASE_URL + "/claims/v1", HttpMethod.POST,
                new HttpEntity<>(claim, headers), Map.class).getBody();
    }

    private String fetchAccessToken() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", CarrierApiConstants.PASSWORD_GRANT);
        form.add(CarrierApiConstants.USERNAME_PARAM, username);
        form.add(CarrierApiConstants.PASSWORD_PARAM, password);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        Map<?, ?> body = restTemplate.postForObject(
                CarrierApiConstants.BASE_URL + CarrierApiConstants.TOKEN_URL, new HttpEntity<>(form, headers), Map.class);
        if (body == null || !(body.get("access_token") instanceof String token)) {
            throw new IllegalStateException("carrier did not issue an access token");
        }
        return token.startsWith(CarrierApiConstants.TOKEN_PREFIX)
                ? token.substring(CarrierApiConstants.TOKEN_PREFIX.length())
                : token;
    }
}
