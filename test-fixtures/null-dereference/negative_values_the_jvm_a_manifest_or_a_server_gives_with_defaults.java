// The same values with a default or a check: Integer.getInteger with a fallback, a manifest attribute tested, a response header tested, and a status code, which no header lookup gives.
import java.net.HttpURLConnection;
import java.util.jar.Attributes;
import org.apache.http.Header;
import org.apache.http.HttpResponse;

class RemoteSettingsWithDefaults {

    int poolSize() {
        return Integer.getInteger("app.pool.size", 8) * 2;
    }

    String buildNumber(Attributes main) {
        String build = main.getValue("Build-Number");
        return build == null ? "dev" : build.trim();
    }

    String requestId(HttpResponse response) {
        Header header = response.getFirstHeader("X-Request-Id");
        return header != null ? header.getValue() : "";
    }

    int status(HttpURLConnection connection) throws java.io.IOException {
        return connection.getResponseCode();
    }
}
