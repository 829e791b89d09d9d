package com.archivio.scan.client;

import java.util.Locale;
import org.springframework.stereotype.Component;

@Component
class EnvironmentSecretsProvider implements SecretsProvider {

    @Override
    public String read(String path) {
        String variable = path.toUpperCase(Locale.ROOT).replace('/', '_').replace('-', '_');
        String value = System.getenv(variable);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("secret " + path + " not provided (expected env " + variable + ")");
        }
        return value;
    }
}
