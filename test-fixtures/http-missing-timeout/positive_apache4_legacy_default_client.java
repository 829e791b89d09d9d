// The deprecated DefaultHttpClient of HttpClient 4.0 to 4.2, created and used with no connection or socket timeout parameter.
import java.io.IOException;

import org.apache.http.HttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.util.EntityUtils;

class LegacyExchangeRateFeed {

    String latest(String feedUrl) throws IOException {
        DefaultHttpClient client = new DefaultHttpClient(); // expect: http-missing-timeout "Apache HttpClient"
        try {
            HttpResponse response = client.execute(new HttpGet(feedUrl));
            return EntityUtils.toString(response.getEntity());
        } finally {
            client.getConnectionManager().shutdown();
        }
    }
}
