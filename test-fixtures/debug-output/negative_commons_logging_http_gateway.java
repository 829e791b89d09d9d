// An HTTP gateway built on Apache HttpClient 5 that reports failures through Commons Logging, never printing.
import java.io.IOException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hc.client5.http.classic.methods.HttpHead;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

class ReindexHttpGateway {

    private static final Log LOG = LogFactory.getLog(ReindexHttpGateway.class);

    private final String baseUrl;
    private final CloseableHttpClient http = HttpClients.createDefault();

    ReindexHttpGateway(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    boolean reindex(String productId) {
        try {
            int status = http.execute(new HttpPost(baseUrl + "/products/_reindex/" + productId), response -> response.getCode());
            if (status >= 300) {
                LOG.warn("Reindex of " + productId + " answered " + status);
            }
            return status < 300;
        } catch (IOException e) {
            LOG.error("Reindex of " + productId + " failed", e);
            return false;
        }
    }

    boolean exists(String productId) {
        try {
            return http.execute(new HttpHead(baseUrl + "/products/_doc/" + productId), response -> response.getCode() == 200);
        } catch (IOException e) {
            if (LOG.isDebugEnabled()) {
                LOG.debug("HEAD for " + productId + " failed", e);
            }
            return false;
        }
    }
}
