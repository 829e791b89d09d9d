// Executor used for image processing, sized from configuration and shut down with the context.
package ignoredfutures.case01;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

@Configuration
public class ImagePoolConfig {

    @Bean(destroyMethod = "shutdown")
    public ExecutorService imagePool(@Value("${media.image-threads:4}") int threads) {
        return Executors.newFixedThreadPool(threads, new CustomizableThreadFactory("image-"));
    }
}
