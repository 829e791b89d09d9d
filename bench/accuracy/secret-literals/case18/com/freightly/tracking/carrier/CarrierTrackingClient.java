package com.freightly.tracking.carrier;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class CarrierTrackingClient {

    private final RestTemplate restTemplate;

    public CarrierTrackingClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public List<Map<String, Object>> track(List<String> trackingNumbers) {
        if (trackingNumbers.size() > CarrierApiConstants.MAX_SHIPMENTS_PER_CALL) {
            throw new IllegalArgumentException("at most " + CarrierApiConstants.MAX_SHIPMENTS_PER_CALL + " shipments per call");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(CarrierApiConstants.ACCESS_TOKEN);
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> response = restTemplate.exchange(
                CarrierApiConstants.BASE_URL + "/shipments/lookup",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("trackingNumbers", trackingNumbers), headers),
                Map.class);
        Object events = response.getBody() == null ? null : response.getBody().get("shipments");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shipments = events instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        return shipments;
    }
}
