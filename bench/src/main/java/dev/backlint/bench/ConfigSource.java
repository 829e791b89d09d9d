package dev.backlint.bench;

import java.util.List;
import java.util.function.Supplier;

/** {@code @Configuration} classes with {@code @Bean} methods: clocks, JDBC, HTTP clients, executors. */
final class ConfigSource {

    private final Choices choices;

    ConfigSource(Choices choices) {
        this.choices = choices;
    }

    /** A configuration class named {@code name}; bean names start with {@code beanPrefix}. */
    JavaFile generate(SourceModule module, String name, String beanPrefix, int target) {
        return new ConfigFile(module, name, beanPrefix).build(target);
    }

    /** One configuration class being generated. */
    private final class ConfigFile {

        private final SourceModule module;
        private final String name;
        private final String prefix;
        private final JavaFile file;

        ConfigFile(SourceModule module, String name, String prefix) {
            this.module = module;
            this.name = name;
            this.prefix = prefix;
            this.file = JavaFile.main(FileKind.CONFIG, module, "config", name);
        }

        JavaFile build(int target) {
            file.imports("org.springframework.context.annotation.Bean",
                    "org.springframework.context.annotation.Configuration");
            String extra = switch (choices.between(0, 3)) {
                case 0 -> {
                    file.imports("org.springframework.scheduling.annotation.EnableScheduling");
                    yield "@EnableScheduling\n";
                }
                case 1 -> {
                    file.imports("org.springframework.cache.annotation.EnableCaching");
                    yield "@EnableCaching\n";
                }
                default -> "";
            };
            file.declaration("""
                    /**
                     * Beans of the %s module.
                     */
                    @Configuration
                    %spublic class %s {
                    """.formatted(module.name(), extra, name));
            Filler.fill(file, target, choices, List.<Supplier<Member>>of(this::clock, this::namedJdbc,
                    this::transactionTemplate, this::restTemplate, this::httpClient, this::webClient, this::executor,
                    this::jsonCustomizer, this::cacheManager, this::scheduler, this::requestLogging, this::okHttp,
                    this::importSettings, this::validator, this::jdbcTemplate, this::transactionManager,
                    this::objectMapper, this::cors));
            return file;
        }

        private Member bean(String type, String suffix, String parameters, String body) {
            String method = prefix + suffix;
            return Member.named(method).text("""
                    @Bean
                    public %s %s(%s) {
                    %s}
                    """.formatted(type, method, parameters, Text.indent(Text.withNewline(body), 4)));
        }

        private Member clock() {
            return bean("Clock", "Clock", "", "return Clock.systemUTC();").imports("java.time.Clock");
        }

        private Member namedJdbc() {
            return bean("NamedParameterJdbcTemplate", "NamedJdbc", "DataSource dataSource",
                    "return new NamedParameterJdbcTemplate(dataSource);")
                    .imports("javax.sql.DataSource",
                            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate");
        }

        private Member transactionTemplate() {
            String parameter = "PlatformTransactionManager transactionManager";
            return bean("TransactionTemplate", "TransactionTemplate", parameter, """
                    TransactionTemplate template = new TransactionTemplate(transactionManager);
                    template.setTimeout(%s);
                    template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
                    return template;
                    """.formatted(choices.pick("10", "30", "60")))
                    .imports("org.springframework.transaction.PlatformTransactionManager",
                            "org.springframework.transaction.TransactionDefinition",
                            "org.springframework.transaction.support.TransactionTemplate");
        }

        private Member restTemplate() {
            if (choices.bug(Bug.HTTP_NO_TIMEOUT)) {
                return bean("RestTemplate", "RestTemplate", "", "return new RestTemplate();")
                        .imports("org.springframework.web.client.RestTemplate");
            }
            return bean("RestTemplate", "RestTemplate", "RestTemplateBuilder builder", """
                    return builder
                            .setConnectTimeout(Duration.ofSeconds(%s))
                            .setReadTimeout(Duration.ofSeconds(%s))
                            .build();
                    """.formatted(choices.pick("2", "3", "5"), choices.pick("10", "20", "30")))
                    .imports("java.time.Duration", "org.springframework.boot.web.client.RestTemplateBuilder",
                            "org.springframework.web.client.RestTemplate");
        }

        private Member httpClient() {
            if (choices.bug(Bug.HTTP_NO_TIMEOUT)) {
                return bean("HttpClient", "HttpClient", "", "return HttpClient.newHttpClient();")
                        .imports("java.net.http.HttpClient");
            }
            return bean("HttpClient", "HttpClient", "", """
                    return HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(%s))
                            .version(HttpClient.Version.HTTP_2)
                            .build();
                    """.formatted(choices.pick("2", "3", "5")))
                    .imports("java.net.http.HttpClient", "java.time.Duration");
        }

        private Member webClient() {
            return bean("WebClient", "WebClient",
                    "WebClient.Builder builder, @Value(\"${%s.gateway.base-url}\") String baseUrl"
                            .formatted(module.name()),
                    """
                    var connector = new ReactorClientHttpConnector(
                            reactor.netty.http.client.HttpClient.create().responseTimeout(Duration.ofSeconds(%s)));
                    return builder.baseUrl(baseUrl)
                            .clientConnector(connector)
                            .defaultHeader("Accept", "application/json")
                            .build();
                    """.formatted(choices.pick("5", "10", "20")))
                    .imports("java.time.Duration", "org.springframework.beans.factory.annotation.Value",
                            "org.springframework.http.client.reactive.ReactorClientHttpConnector",
                            "org.springframework.web.reactive.function.client.WebClient");
        }

        private Member executor() {
            return bean("ThreadPoolTaskExecutor", "Executor", "", """
                    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
                    executor.setCorePoolSize(%s);
                    executor.setMaxPoolSize(%s);
                    executor.setQueueCapacity(%s);
                    executor.setThreadNamePrefix("%s-");
                    executor.initialize();
                    return executor;
                    """.formatted(choices.pick("2", "4", "8"), choices.pick("16", "32"), choices.pick("100", "500"),
                    Text.kebab(prefix))).imports("org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor");
        }

        private Member jsonCustomizer() {
            return bean("Jackson2ObjectMapperBuilderCustomizer", "JsonCustomizer", "", """
                    return builder -> builder
                            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                            .serializationInclusion(JsonInclude.Include.NON_NULL);
                    """).imports("com.fasterxml.jackson.annotation.JsonInclude",
                    "com.fasterxml.jackson.databind.SerializationFeature",
                    "org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer");
        }

        private Member cacheManager() {
            return bean("CacheManager", "CacheManager", "", """
                    ConcurrentMapCacheManager manager = new ConcurrentMapCacheManager("%s-by-id", "%s-lookups");
                    manager.setAllowNullValues(false);
                    return manager;
                    """.formatted(Text.kebab(prefix), Text.kebab(prefix)))
                    .imports("org.springframework.cache.CacheManager",
                            "org.springframework.cache.concurrent.ConcurrentMapCacheManager");
        }

        private Member scheduler() {
            return bean("ThreadPoolTaskScheduler", "Scheduler", "", """
                    ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
                    scheduler.setPoolSize(%s);
                    scheduler.setThreadNamePrefix("%s-scheduled-");
                    scheduler.setWaitForTasksToCompleteOnShutdown(true);
                    return scheduler;
                    """.formatted(choices.pick("1", "2", "4"), Text.kebab(prefix)))
                    .imports("org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler");
        }

        private Member requestLogging() {
            return bean("CommonsRequestLoggingFilter", "RequestLogging", "", """
                    CommonsRequestLoggingFilter filter = new CommonsRequestLoggingFilter();
                    filter.setIncludeQueryString(true);
                    filter.setIncludePayload(false);
                    filter.setMaxPayloadLength(1000);
                    return filter;
                    """).imports("org.springframework.web.filter.CommonsRequestLoggingFilter");
        }

        private Member okHttp() {
            if (choices.bug(Bug.HTTP_NO_TIMEOUT)) {
                return bean("OkHttpClient", "OkHttpClient", "", "return new OkHttpClient();")
                        .imports("okhttp3.OkHttpClient");
            }
            return bean("OkHttpClient", "OkHttpClient", "", """
                    return new OkHttpClient.Builder()
                            .connectTimeout(%s, TimeUnit.SECONDS)
                            .readTimeout(%s, TimeUnit.SECONDS)
                            .build();
                    """.formatted(choices.pick("2", "5"), choices.pick("10", "30")))
                    .imports("java.util.concurrent.TimeUnit", "okhttp3.OkHttpClient");
        }

        private Member importSettings() {
            String settings = Text.cap(prefix) + "ImportSettings";
            return bean(settings, "ImportSettings",
                    """
                    @Value("${%s.import.batch-size:500}") int batchSize,
                            @Value("${%s.import.timeout:PT30S}") Duration timeout\
                    """.formatted(module.name(), module.name()),
                    "return new %s(batchSize, timeout);".formatted(settings))
                    .imports("java.time.Duration", "org.springframework.beans.factory.annotation.Value")
                    .helper(Member.named(settings).text("""
                            public record %s(int batchSize, Duration timeout) {
                            }
                            """.formatted(settings)));
        }

        private Member jdbcTemplate() {
            return bean("JdbcTemplate", "JdbcTemplate", "DataSource dataSource", """
                    JdbcTemplate jdbcTemplate = new JdbcTemplate(dataSource);
                    jdbcTemplate.setFetchSize(%s);
                    jdbcTemplate.setQueryTimeout(%s);
                    return jdbcTemplate;
                    """.formatted(choices.pick("100", "500", "1000"), choices.pick("10", "30", "60")))
                    .imports("javax.sql.DataSource", "org.springframework.jdbc.core.JdbcTemplate");
        }

        private Member transactionManager() {
            return bean("DataSourceTransactionManager", "TransactionManager", "DataSource dataSource", """
                    DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
                    manager.setDefaultTimeout(%s);
                    return manager;
                    """.formatted(choices.pick("15", "30", "60")))
                    .imports("javax.sql.DataSource",
                            "org.springframework.jdbc.datasource.DataSourceTransactionManager");
        }

        private Member objectMapper() {
            return bean("ObjectMapper", "ObjectMapper", "", """
                    ObjectMapper mapper = new ObjectMapper();
                    mapper.registerModule(new JavaTimeModule());
                    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
                    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
                    return mapper;
                    """).imports("com.fasterxml.jackson.databind.DeserializationFeature",
                    "com.fasterxml.jackson.databind.ObjectMapper",
                    "com.fasterxml.jackson.databind.SerializationFeature",
                    "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule");
        }

        private Member cors() {
            String origins = "@Value(\"${%s.cors.origins:https://app.acme.com}\") String[] origins"
                    .formatted(module.name());
            return bean("WebMvcConfigurer", "Cors", origins, """
                    return new WebMvcConfigurer() {
                        @Override
                        public void addCorsMappings(CorsRegistry registry) {
                            registry.addMapping("/api/**")
                                    .allowedOrigins(origins)
                                    .allowedMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                                    .maxAge(3600);
                        }
                    };
                    """).imports("org.springframework.beans.factory.annotation.Value",
                    "org.springframework.web.servlet.config.annotation.CorsRegistry",
                    "org.springframework.web.servlet.config.annotation.WebMvcConfigurer");
        }

        private Member validator() {
            return bean("LocalValidatorFactoryBean", "Validator", "", "return new LocalValidatorFactoryBean();")
                    .imports("org.springframework.validation.beanvalidation.LocalValidatorFactoryBean");
        }
    }
}
