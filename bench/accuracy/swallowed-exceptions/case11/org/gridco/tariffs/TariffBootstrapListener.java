package org.gridco.tariffs;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

@WebListener
public class TariffBootstrapListener implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent sce) {
        String dir = sce.getServletContext().getInitParameter("tariffs.dir");
        try {
            var catalog = new TariffCatalogLoader().loadAll(Path.of(dir == null ? "/etc/gridco/tariffs" : dir));
            sce.getServletContext().setAttribute("tariffCatalog", catalog);
        } catch (IOException e) {
            throw new UncheckedIOException("Tariff directory not readable", e);
        }
    }
}
