package com.shopwave.bff.orders;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
@RequestMapping("/bff/orders")
public class OrderProxyController {

    private static final String AUTHORIZATION_HEADER = "Authorization";
    private static final String ORDERS_URL = "http://orders.shopwave.svc:8080/api/orders/{id}";

    private final RestTemplate restTemplate;

    public OrderProxyController(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    @GetMapping("/{id}")
    public ResponseEntity<String> order(@PathVariable String id, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        String authorization = request.getHeader(AUTHORIZATION_HEADER);
        if (authorization == null || authorization.isBlank()) {
            return ResponseEntity.status(401).build();
        }
        headers.set(AUTHORIZATION_HEADER, authorization);
        headers.set("X-Forwarded-Service", "storefront-bff");
        ResponseEntity<String> upstream =
                restTemplate.exchange(ORDERS_URL, HttpMethod.GET, new HttpEntity<>(headers), String.class, id);
        return ResponseEntity.status(upstream.getStatusCode()).body(upstream.getBody());
    }
}
