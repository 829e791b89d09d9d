// Results of LegacyTokenStore.lookup and ApiKeyDirectory.ownerOf, declared in negative_method_returning_null_checked.java where their bodies return null: reported where the key is what a client sent, not for a key of the program.
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
        String owner = apiKeys.ownerOf(request.getRemoteAddr()).trim();
        response.getWriter().printf("{\"active\":%s,\"owner\":\"%s\"}", active, owner);
    }
}
