// Apache HttpClient 4 bean shared by the reporting jobs.
package httpclients.case53;

import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ReportingHttpConfig {

    @Bean(destroyMethod = "close")
    public CloseableHttpClient reportingHttpClient() {
        return HttpClients.createDefault(); // hang
    }
}
