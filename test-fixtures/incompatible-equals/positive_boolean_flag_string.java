// A request filter that compares Boolean constants with String request parameters and String feature-flag values.
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

record FeatureFlagSettings(Map<String, String> flags) {
}

@Component
class PreviewModeFilter extends OncePerRequestFilter {

    private final FeatureFlagSettings settings;

    PreviewModeFilter(FeatureFlagSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String preview = request.getParameter("preview");
        if (Boolean.TRUE.equals(preview)) { // expect: incompatible-equals "`Boolean` with `String`"
            request.setAttribute("previewMode", true);
        }
        Map<String, String> flags = settings.flags();
        if (Objects.equals(flags.get("beta-ui"), true)) { // expect: incompatible-equals "`String` with `Boolean`"
            response.setHeader("X-Beta-UI", "on");
        }
        if (Boolean.parseBoolean(preview) || "true".equalsIgnoreCase(flags.get("preview-default"))) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
