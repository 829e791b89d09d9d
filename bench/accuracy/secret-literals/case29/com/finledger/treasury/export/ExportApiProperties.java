package com.finledger.treasury.export;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "treasury.export-api")
public record ExportApiProperties(String baseUrl, String username, String password) {
}
