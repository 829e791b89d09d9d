package com.keyvault.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SigningKeyConfig {

    private static final String PEM_MARKERS = "-----(BEGIN|END) PRIVATE KEY-----";

    @Bean
    public PrivateKey documentSigningKey(@Value("${signing.key-path}") Path keyPath) throws KeyLoadingException {
        try {
            String pem = Files.readString(keyPath);
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll(PEM_MARKERS, "").strip());
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException e) {
            KeyLoadingException failure = new KeyLoadingException("Could not load signing key from " + keyPath);
            failure.initCause(e);
            throw failure;
        }
    }
}
