// Values the environment or a remote server decides: an Integer or Long system property, a manifest attribute, a response header of a URL connection or of Apache HttpClient. Each is null when nobody set or sent it.
import java.net.HttpURLConnection;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.apache.http.HttpResponse;

class RemoteSettings {

    int poolSize() {
        return Integer.getInteger("app.pool.size") * 2;  // expect: null-dereference "Integer.getInteger("
    }

    long timeoutMillis() {
        Long timeout = Long.getLong("app.timeout.ms");
        return timeout + 100L;  // expect: null-dereference "Long.getLong("
    }

    String buildNumber(Manifest manifest) {
        Attributes main = manifest.getMainAttributes();
        return main.getValue("Build-Number").trim();  // expect: null-dereference "getValue("
    }

    String etag(HttpURLConnection connection) {
        String etag = connection.getHeaderField("ETag");
        return etag.replace("\"", "");  // expect: null-dereference "getHeaderField("
    }

    String requestId(HttpResponse response) {
        return response.getFirstHeader("X-Request-Id").getValue();  // expect: null-dereference "getFirstHeader("
    }
}
