package eval5.case10;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads single values out of a raw query string without touching the request's parameter parsing. */
public final class QueryStrings {

    private QueryStrings() {
    }

    public static String firstValue(String queryString, String name) {
        if (queryString == null || queryString.isEmpty()) {
            return null;
        }
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
