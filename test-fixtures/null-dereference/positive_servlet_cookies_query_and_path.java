// Servlet getCookies in an enhanced for, getQueryString and getPathInfo dereferenced without a check.
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class TrackingPixelServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String visitor = "anonymous";
        for (Cookie cookie : request.getCookies()) {  // expect: null-dereference "getCookies("
            if ("vid".equals(cookie.getName())) {
                visitor = cookie.getValue();
            }
        }
        Map<String, String> campaign = new HashMap<>();
        for (String pair : request.getQueryString().split("&")) {  // expect: null-dereference "getQueryString("
            int eq = pair.indexOf('=');
            campaign.put(pair.substring(0, Math.max(eq, 0)), pair.substring(eq + 1));
        }
        String pixelId = request.getPathInfo().substring(1);  // expect: null-dereference "getPathInfo("
        response.setHeader("X-Pixel", pixelId + ":" + visitor + ":" + campaign.size());
    }
}
