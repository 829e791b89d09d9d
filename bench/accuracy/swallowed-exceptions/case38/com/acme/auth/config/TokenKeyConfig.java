package com.acme.auth.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class TokenKeyConfig {

    private static final Logger log = LoggerFactory.getLogger(TokenKeyConfig.class);

    @Bean
    public KeyPair tokenSigningKeyPair(@Value("${auth.signing-key-path:}") String keyPath) throws NoSuchAlgorithmException {
        if (!keyPath.isBlank()) {
            try (InputStream in = Files.newInputStream(Path.of(keyPath))) {
                KeyPair pair = PemKeyReader.readKeyPair(in);
                log.info("Loaded token signing key from {}", keyPath);
                return pair;
            } catch (IOException | GeneralSecurityException e) {
                log.warn("Could not read signing key from {}, generating an ephemeral key", keyPath);
            }
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
