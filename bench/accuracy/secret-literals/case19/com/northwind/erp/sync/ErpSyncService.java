package com.northwind.erp.sync;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class ErpSyncService {

    private static final String ERP_JDBC_URL = "jdbc:sqlserver://erp-db.northwind.internal:1433;databaseName=ERP";
    private static final String PARTNER_URL = "https://api.erp-partner.example/v2/purchase-orders";

    private final RestTemplate restTemplate;
    private final Algorithm bridgeAlgorithm = Algorithm.HMAC256(IntegrationSecrets.JWT_SECRET);

    public ErpSyncService(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public void pushPurchaseOrder(String poNumber, Map<String, Object> payload) throws SQLException {
        HttpHeaders headers = new HttpHeaders();
        if (!IntegrationSecrets.PARTNER_API_KEY.isEmpty()) {
            headers.set("X-API-Key", IntegrationSecrets.PARTNER_API_KEY);
        }
        headers.set("X-Bridge-Assertion", JWT.create()
                .withIssuer("northwind-erp-bridge")
                .withSubject(poNumber)
                .withExpiresAt(Instant.now().plusSeconds(60))
                .sign(bridgeAlgorithm));
        restTemplate.postForEntity(PARTNER_URL, new HttpEntity<>(payload, headers), Void.class);
        markSent(poNumber);
    }

    private void markSent(String poNumber) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ERP_JDBC_URL, "erp_sync", IntegrationSecrets.DB_PASSWORD);
             PreparedStatement ps = connection.prepareStatement("UPDATE PURCHASE_ORDERS SET SENT_AT = SYSUTCDATETIME() WHERE PO_NUMBER = ?")) {
            ps.setString(1, poNumber);
            ps.executeUpdate();
        }
    }
}
