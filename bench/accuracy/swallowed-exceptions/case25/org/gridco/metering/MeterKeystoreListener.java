package org.gridco.metering;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.logging.Level;
import java.util.logging.Logger;

@WebListener
public class MeterKeystoreListener implements ServletContextListener {

    private static final Logger LOGGER = Logger.getLogger(MeterKeystoreListener.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent sce) {
        ServletContext context = sce.getServletContext();
        String location = context.getInitParameter("meter.keystore");
        String password = System.getenv("METER_KEYSTORE_PASSWORD");
        if (location == null || password == null) {
            LOGGER.warning("Meter keystore not configured; signed meter readings will be rejected");
            return;
        }
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, password.toCharArray());
            context.setAttribute(MeterSignatureVerifier.KEYSTORE_ATTRIBUTE, keyStore);
            int certificates = keyStore.size();
            LOGGER.info(() -> "Loaded " + certificates + " meter certificates");
        } catch (IOException | GeneralSecurityException e) {
            LOGGER.log(Level.SEVERE, "Could not load meter keystore " + location, e);
        }
    }
}
