// Results of LegacyTokenStore.lookup and ApiKeyDirectory.ownerOf, declared in negative_method_returning_null_checked.java where their bodies return null, dereferenced here without a check.
import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class TokenIntrospectionServlet extends HttpServlet {

    private final LegacyTokenStore tokenStore = new LegacyTokenStore();
    private final ApiKeyDirectory apiKeys = new ApiKeyDirectory();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = String.valueOf(request.getParameter("token"));
        LegacyTokenStore.StoredToken stored = tokenStore.lookup(token);
        boolean active = stored.expiresAt().isAfter(Instant.now());  // expect: null-dereference "lookup("
        String owner = apiKeys.ownerOf(request.getRemoteAddr()).trim();  // expect: null-dereference "ownerOf("
        response.getWriter().printf("{\"active\":%s,\"owner\":\"%s\"}", active, owner);
    }
}
