// Tags each login with the country of its IP address: the lookup runs on a Guava listening
// pool and a callback stores the result or logs the failure.
package ignoredfutures.case18;

import java.util.concurrent.Executors;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListeningExecutorService;
import com.google.common.util.concurrent.MoreExecutors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class LoginGeoTagger {

    private static final Logger log = LoggerFactory.getLogger(LoginGeoTagger.class);

    private final ListeningExecutorService geoPool =
            MoreExecutors.listeningDecorator(Executors.newVirtualThreadPerTaskExecutor());
    private final GeoIpClient geoIpClient;
    private final JdbcClient jdbcClient;

    public LoginGeoTagger(GeoIpClient geoIpClient, JdbcClient jdbcClient) {
        this.geoIpClient = geoIpClient;
        this.jdbcClient = jdbcClient;
    }

    public void tag(long loginId, String ipAddress) {
        Futures.addCallback(geoPool.submit(() -> geoIpClient.countryOf(ipAddress)), new FutureCallback<String>() {
            @Override
            public void onSuccess(String country) {
                jdbcClient.sql("UPDATE logins SET country = ? WHERE id = ?").params(country, loginId).update();
            }

            @Override
            public void onFailure(Throwable t) {
                log.warn("geo lookup of login {} failed", loginId, t);
            }
        }, MoreExecutors.directExecutor());
    }
}
