// Zeros on OkHttp calls that are not timeouts: a connection pool with no idle connections, a ping interval of 0, a dispatcher limit, an empty body, and a cache of size 0.
import java.io.File;
import java.util.concurrent.TimeUnit;

import okhttp3.Cache;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.springframework.stereotype.Component;

@Component
class DeviceCommandClient {

    private final OkHttpClient client;

    DeviceCommandClient() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(10);
        this.client = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(0, 5, TimeUnit.MINUTES))
                .pingInterval(0, TimeUnit.SECONDS)
                .dispatcher(dispatcher)
                .cache(new Cache(new File("/tmp/device-cache"), 0))
                .readTimeout(15, TimeUnit.SECONDS)
                .build();
    }

    Request reboot(String deviceId) {
        return new Request.Builder()
                .url("https://devices.example.com/" + deviceId + "/reboot")
                .post(RequestBody.create(new byte[0], MediaType.get("application/json")))
                .build();
    }

    OkHttpClient client() {
        return client;
    }
}
