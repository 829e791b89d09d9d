// The deprecated DefaultHttpClient given connection and socket timeouts through its parameters, or built on parameters made elsewhere.
import java.io.IOException;

import org.apache.http.HttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.params.HttpConnectionParams;
import org.apache.http.params.HttpParams;
import org.apache.http.util.EntityUtils;

class LegacyWeatherFeed {

    String current(String feedUrl) throws IOException {
        DefaultHttpClient client = new DefaultHttpClient();
        HttpConnectionParams.setConnectionTimeout(client.getParams(), 2_000);
        HttpConnectionParams.setSoTimeout(client.getParams(), 5_000);
        HttpResponse response = client.execute(new HttpGet(feedUrl));
        return EntityUtils.toString(response.getEntity());
    }
}

class LegacyTideFeed {

    private final HttpParams params;

    LegacyTideFeed(HttpParams params) {
        this.params = params;
    }

    String today(String feedUrl) throws IOException {
        DefaultHttpClient client = new DefaultHttpClient(params);
        HttpResponse response = client.execute(new HttpGet(feedUrl));
        return EntityUtils.toString(response.getEntity());
    }
}
