// Nullable values dereferenced only inside `if (x != null)` blocks: a header, an environment variable, a Map.get of a field map and a @Nullable field, including an else-if chain.
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.lang.Nullable;

class LocaleNegotiationServlet extends HttpServlet {

    private final Map<String, Locale> localesByTenant = new ConcurrentHashMap<>();

    @Nullable
    private Locale fallbackLocale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale chosen = Locale.ENGLISH;
        String header = request.getHeader("Accept-Language");
        String tenant = System.getenv("TENANT");
        if (header != null) {
            chosen = Locale.forLanguageTag(header.split(",")[0].trim());
        } else if (tenant != null) {
            Locale tenantLocale = localesByTenant.get(tenant.toLowerCase());
            if (tenantLocale != null) {
                chosen = tenantLocale;
                response.setHeader("X-Tenant-Locale", tenantLocale.toLanguageTag());
            }
        }
        if (this.fallbackLocale != null) {
            response.setHeader("X-Fallback-Locale", this.fallbackLocale.toLanguageTag());
        }
        response.setLocale(chosen);
        response.getWriter().println(chosen.getDisplayLanguage());
    }

    void configureFallback(@Nullable String tag) {
        if (tag != null && !tag.isBlank()) {
            this.fallbackLocale = Locale.forLanguageTag(tag);
        }
    }
}
