package com.parcelwise.returns.shipping;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class ReturnLabelClient {

    private final RestTemplate shippingRestTemplate;

    public ReturnLabelClient(RestTemplate shippingRestTemplate) {
        this.shippingRestTemplate = shippingRestTemplate;
    }

    public String createLabel(String orderId, String postcode) {
        Map<?, ?> label = shippingRestTemplate.postForObject(
                "/v2/return-labels", Map.of("orderRef", orderId, "fromPostcode", postcode), Map.class);
        if (label == null || label.get("labelUrl") == null) {
            throw new IllegalStateException("no label returned for order " + orderId);
        }
        return label.get("labelUrl").toString();
    }
}
