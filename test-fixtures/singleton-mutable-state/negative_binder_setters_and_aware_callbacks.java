// Container callbacks beyond the listed init methods: setters of a @ConfigurationProperties bean (called by the binder at startup) and the Aware callbacks setApplicationContext, setEnvironment and setBeanName, called once while the bean is built.
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.BeanNameAware;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

@Component
@ConfigurationProperties(prefix = "payments")
class PaymentProperties {

    private String provider = "stripe";
    private Duration timeout = Duration.ofSeconds(5);
    private List<String> currencies = new ArrayList<>();

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public List<String> getCurrencies() {
        return currencies;
    }

    public void setCurrencies(List<String> currencies) {
        this.currencies = currencies;
    }
}

@Component
class ReportTemplateLocator implements ApplicationContextAware, EnvironmentAware, BeanNameAware {

    private ApplicationContext context;
    private Environment environment;
    private String beanName;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.context = applicationContext;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanName(String name) {
        beanName = name;
    }

    Resource template(String report) {
        var folder = environment.getProperty("reports.templates", "classpath:templates/");
        return context.getResource(folder + report + ".html");
    }

    @Override
    public String toString() {
        return beanName;
    }
}
