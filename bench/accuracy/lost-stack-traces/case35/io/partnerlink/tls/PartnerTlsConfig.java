package io.partnerlink.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PartnerTlsConfig {

    @Bean
    public SSLContext partnerSslContext(@Value("${partner.tls.truststore-path}") String truststorePath,
            @Value("${partner.tls.truststore-type:PKCS12}") String truststoreType,
            @Value("${partner.tls.truststore-password}") String truststorePassword) {
        Path location = Path.of(truststorePath);
        try (InputStream in = Files.newInputStream(location)) {
            KeyStore trustStore = KeyStore.getInstance(truststoreType);
            trustStore.load(in, truststorePassword.toCharArray());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load partner truststore from " + location.toAbsolutePath());
        }
    }

    @Bean
    public PartnerClientSettings partnerClientSettings(SSLContext partnerSslContext,
            @Value("${partner.base-url}") String baseUrl) {
        return new PartnerClientSettings(baseUrl, partnerSslContext);
    }

    public record PartnerClientSettings(String baseUrl, SSLContext sslContext) {
    }
}
