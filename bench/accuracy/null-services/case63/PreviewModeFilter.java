package nulls.case63;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets editors see unpublished content with {@code ?preview=true} and a valid preview token.
 */
@Component
public class PreviewModeFilter extends OncePerRequestFilter {

    public static final String PREVIEW_ATTRIBUTE = "cms.preview";

    public interface PreviewTokens {
        boolean isValid(String token);
    }

    private final PreviewTokens previewTokens;

    public PreviewModeFilter(PreviewTokens previewTokens) {
        this.previewTokens = previewTokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
        String query = request.getQueryString();
        boolean preview = query != null && query.contains("preview=true");
        if (preview) {
            String token = request.getHeader("X-Preview-Token");
            if (Objects.isNull(token)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "preview token required");
                return;
            }
            if (!previewTokens.isValid(token.strip())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "invalid preview token");
                return;
            }
            request.setAttribute(PREVIEW_ATTRIBUTE, Boolean.TRUE);
        }
        String editor = request.getHeader("X-Editor");
        if (Objects.nonNull(editor) && editor.endsWith("@newsroom.example")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
