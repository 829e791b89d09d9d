// Executor for outgoing mail: built in its @Bean method and exposed to the health
// endpoint through a second bean.
package singletons.case29;

import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration
@EnableAsync
public class AsyncExecutorConfig {

    private ThreadPoolTaskExecutor mailExecutor;
    private int queueCapacity;

    @Bean(name = "mailExecutor")
    public ThreadPoolTaskExecutor mailExecutor(@Value("${mail.executor.core-size:4}") int coreSize,
                                               @Value("${mail.executor.queue-capacity:500}") int queueCapacity) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("mail-");
        executor.setCorePoolSize(coreSize);
        executor.setMaxPoolSize(coreSize * 2);
        executor.setQueueCapacity(queueCapacity);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.initialize();
        this.queueCapacity = queueCapacity;
        this.mailExecutor = executor;
        return executor;
    }

    @Bean
    public HealthIndicator mailExecutorHealth() {
        return () -> {
            int queued = mailExecutor.getThreadPoolExecutor().getQueue().size();
            var health = queued > queueCapacity * 0.9 ? Health.down() : Health.up();
            return health.withDetail("active", mailExecutor.getActiveCount())
                    .withDetail("queued", queued)
                    .build();
        };
    }
}
