package dev.backlint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * HTTP clients of partner systems, on {@code java.net.http.HttpClient}, {@code RestTemplate},
 * {@code WebClient} or OkHttp; most set timeouts, a few do not. The library-specific code is
 * in {@code get} and {@code send}; the public methods are written once, on top of them.
 */
final class ClientSource {

    private enum Library { JDK, REST_TEMPLATE, WEB_CLIENT, OK_HTTP }

    private final Choices choices;

    ClientSource(Choices choices) {
        this.choices = choices;
    }

    /** The client of {@code partner}'s API for {@code a}, named like {@code ErpPurchaseOrderClient}. */
    JavaFile generate(SourceModule module, Aggregate a, String partner, int target) {
        return new ClientFile(module, a, partner).build(target);
    }

    /** One client being generated. */
    private final class ClientFile {

        private final SourceModule module;
        private final Aggregate a;
        private final String name;
        private final String partner;
        private final String remote;
        private final String resource;
        private final JavaFile file;
        private final Library library;
        private final boolean timeouts;

        ClientFile(SourceModule module, Aggregate a, String partner) {
            this.module = module;
            this.a = a;
            this.name = partner + a.name() + "Client";
            this.partner = partner;
            this.remote = "Remote" + a.name();
            this.resource = "/" + Text.kebab(Text.plural(a.name()));
            this.file = JavaFile.main(FileKind.CLIENT, module, "client", name);
            this.library = choices.pick(List.of(Library.values()));
            this.timeouts = !choices.bug(Bug.HTTP_NO_TIMEOUT);
        }

        JavaFile build(int target) {
            file.imports("java.math.BigDecimal", "java.net.URLEncoder", "java.nio.charset.StandardCharsets",
                    "java.time.Instant", "java.util.Optional", "com.fasterxml.jackson.core.JsonProcessingException",
                    "com.fasterxml.jackson.databind.ObjectMapper", "org.slf4j.Logger", "org.slf4j.LoggerFactory",
                    "org.springframework.beans.factory.annotation.Value", "org.springframework.stereotype.Component");
            file.declaration("""
                    /**
                     * Client of the %s API for %s.
                     */
                    @Component
                    public class %s {
                    """.formatted(partner, Text.plural(a.words()), name));
            file.constant("private static final Logger log = LoggerFactory.getLogger(%s.class);".formatted(name));
            if (timeouts) {
                file.imports("java.time.Duration");
                file.constant("private static final Duration TIMEOUT = Duration.ofSeconds(%s);"
                        .formatted(choices.pick("5", "10", "15", "30")));
            }
            switch (library) {
                case JDK -> jdk();
                case REST_TEMPLATE -> restTemplate();
                case WEB_CLIENT -> webClient();
                case OK_HTTP -> okHttp();
            }
            file.field("private final ObjectMapper objectMapper;");
            file.field("private final String baseUrl;");
            generic();
            Filler.fill(file, target, choices, List.<Supplier<Member>>of(this::push, this::cancel, this::fetchAll,
                    this::fetchWithRetry, this::isAvailable, this::statusOf, this::fetchMany));
            return file;
        }

        private String property() {
            return "${%s.%s.base-url}".formatted(module.name(), Text.kebab(partner));
        }

        private String constructor(String parameter, String client) {
            return """
                    public %s(%sObjectMapper objectMapper, @Value("%s") String baseUrl) {
                        %s
                        this.objectMapper = objectMapper;
                        this.baseUrl = baseUrl;
                    }
                    """.formatted(name, parameter, property(), client);
        }

        private void jdk() {
            file.imports("java.io.IOException", "java.io.UncheckedIOException", "java.net.URI",
                    "java.net.http.HttpClient", "java.net.http.HttpRequest", "java.net.http.HttpResponse");
            file.field("private final HttpClient httpClient;");
            String client = timeouts
                    ? "this.httpClient = HttpClient.newBuilder()\n            .connectTimeout(Duration.ofSeconds(3))\n"
                            + "            .followRedirects(HttpClient.Redirect.NORMAL)\n            .build();"
                    : "this.httpClient = HttpClient.newHttpClient();";
            file.add(Member.named(name + "()").text(constructor("", client)));
            String timeout = timeouts ? "\n            .timeout(TIMEOUT)" : "";
            String failure = """
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted while calling %s", e);
                    }
                }
                """.formatted(partner);
            file.addClosing(Member.named("get").text("""
                    private Optional<String> get(String path) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))%s
                                .header("Accept", "application/json")
                                .GET()
                                .build();
                        try {
                            HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 404) {
                                return Optional.empty();
                            }
                            if (response.statusCode() >= 400) {
                                throw new IllegalStateException("%s returned " + response.statusCode() + " for " + path);
                            }
                            return Optional.of(response.body());
                    """.formatted(timeout, partner) + failure));
            file.addClosing(Member.named("send").text("""
                    private void send(String method, String path, Object payload) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))%s
                                .header("Content-Type", "application/json")
                                .method(method, HttpRequest.BodyPublishers.ofString(write(payload)))
                                .build();
                        try {
                            HttpResponse<Void> response = httpClient.send(request, HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() >= 400) {
                                throw new IllegalStateException("%s returned " + response.statusCode() + " for " + path);
                            }
                    """.formatted(timeout, partner) + failure));
        }

        private void restTemplate() {
            file.imports("org.springframework.http.HttpEntity", "org.springframework.http.HttpHeaders",
                    "org.springframework.http.HttpMethod", "org.springframework.http.MediaType",
                    "org.springframework.web.client.HttpClientErrorException",
                    "org.springframework.web.client.RestTemplate");
            file.field("private final RestTemplate restTemplate;");
            if (timeouts) {
                file.imports("org.springframework.boot.web.client.RestTemplateBuilder");
                file.add(Member.named(name + "()").text(constructor("RestTemplateBuilder builder, ",
                        "this.restTemplate = builder\n            .setConnectTimeout(Duration.ofSeconds(3))\n"
                                + "            .setReadTimeout(TIMEOUT)\n            .build();")));
            } else {
                file.add(Member.named(name + "()").text(constructor("", "this.restTemplate = new RestTemplate();")));
            }
            file.addClosing(Member.named("get").text("""
                    private Optional<String> get(String path) {
                        try {
                            return Optional.ofNullable(restTemplate.getForObject(baseUrl + path, String.class));
                        } catch (HttpClientErrorException.NotFound e) {
                            return Optional.empty();
                        }
                    }
                    """));
            file.addClosing(Member.named("send").text("""
                    private void send(String method, String path, Object payload) {
                        HttpHeaders headers = new HttpHeaders();
                        headers.setContentType(MediaType.APPLICATION_JSON);
                        restTemplate.exchange(baseUrl + path, HttpMethod.valueOf(method),
                                new HttpEntity<>(write(payload), headers), Void.class);
                    }
                    """));
        }

        private void webClient() {
            file.imports("org.springframework.http.HttpMethod", "org.springframework.http.MediaType",
                    "org.springframework.web.reactive.function.client.WebClient",
                    "org.springframework.web.reactive.function.client.WebClientResponseException",
                    "reactor.core.publisher.Mono");
            file.field("private final WebClient webClient;");
            file.add(Member.named(name + "()").text(constructor("WebClient.Builder builder, ",
                    "this.webClient = builder.baseUrl(baseUrl).build();")));
            String block = timeouts ? "TIMEOUT" : "";
            file.addClosing(Member.named("get").text("""
                    private Optional<String> get(String path) {
                        return webClient.get()
                                .uri(path)
                                .accept(MediaType.APPLICATION_JSON)
                                .retrieve()
                                .bodyToMono(String.class)
                                .onErrorResume(WebClientResponseException.NotFound.class, e -> Mono.empty())
                                .blockOptional(%s);
                    }
                    """.formatted(block)));
            file.addClosing(Member.named("send").text("""
                    private void send(String method, String path, Object payload) {
                        webClient.method(HttpMethod.valueOf(method))
                                .uri(path)
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(write(payload))
                                .retrieve()
                                .toBodilessEntity()
                                .block(%s);
                    }
                    """.formatted(block)));
        }

        private void okHttp() {
            file.imports("java.io.IOException", "java.io.UncheckedIOException", "okhttp3.MediaType",
                    "okhttp3.OkHttpClient", "okhttp3.Request", "okhttp3.RequestBody", "okhttp3.Response");
            file.constant("private static final MediaType JSON = MediaType.get(\"application/json\");");
            file.field("private final OkHttpClient httpClient;");
            String client;
            if (timeouts) {
                file.imports("java.util.concurrent.TimeUnit");
                client = """
                        this.httpClient = new OkHttpClient.Builder()
                                    .connectTimeout(3, TimeUnit.SECONDS)
                                    .readTimeout(TIMEOUT)
                                    .callTimeout(TIMEOUT.plusSeconds(5))
                                    .build();""";
            } else {
                client = "this.httpClient = new OkHttpClient();";
            }
            file.add(Member.named(name + "()").text(constructor("", client)));
            file.addClosing(Member.named("get").text("""
                    private Optional<String> get(String path) {
                        Request request = new Request.Builder()
                                .url(baseUrl + path)
                                .header("Accept", "application/json")
                                .get()
                                .build();
                        try (Response response = httpClient.newCall(request).execute()) {
                            if (response.code() == 404) {
                                return Optional.empty();
                            }
                            if (!response.isSuccessful() || response.body() == null) {
                                throw new IllegalStateException("%s returned " + response.code() + " for " + path);
                            }
                            return Optional.of(response.body().string());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    """.formatted(partner)));
            file.addClosing(Member.named("send").text("""
                    private void send(String method, String path, Object payload) {
                        Request request = new Request.Builder()
                                .url(baseUrl + path)
                                .method(method, RequestBody.create(write(payload), JSON))
                                .build();
                        try (Response response = httpClient.newCall(request).execute()) {
                            if (!response.isSuccessful()) {
                                throw new IllegalStateException("%s returned " + response.code() + " for " + path);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    """.formatted(partner)));
        }

        private void generic() {
            file.add(Member.named(remote).text("""
                    public record %s(String %s, String status, BigDecimal %s, Instant %s) {
                    }
                    """.formatted(remote, a.key().name(), a.amount().name(), a.updated().name())));
            file.add(Member.named("fetch").text("""
                    public Optional<%s> fetch(String %s) {
                        return get("%s/" + encode(%s)).map(body -> read(body, %s.class));
                    }
                    """.formatted(remote, a.key().name(), resource, a.key().name(), remote)));
            file.addClosing(Member.named("read").text("""
                    private <T> T read(String body, Class<T> type) {
                        try {
                            return objectMapper.readValue(body, type);
                        } catch (JsonProcessingException e) {
                            throw new IllegalStateException("Unreadable response from %s", e);
                        }
                    }
                    """.formatted(partner)));
            file.addClosing(Member.named("write").text("""
                    private String write(Object payload) {
                        try {
                            return objectMapper.writeValueAsString(payload);
                        } catch (JsonProcessingException e) {
                            throw new IllegalArgumentException("Cannot serialize " + payload, e);
                        }
                    }
                    """));
            file.addClosing(Member.named("encode").text("""
                    private static String encode(String value) {
                        return URLEncoder.encode(value, StandardCharsets.UTF_8);
                    }
                    """));
        }

        private Member push() {
            String key = a.key().name();
            return Member.named("push").text("""
                    public void push(%s %s) {
                        send("PUT", "%s/" + encode(%s.%s()), %s);
                        log.debug("Pushed %s {} to %s", %s.%s());
                    }
                    """.formatted(remote, Text.decap(remote), resource, Text.decap(remote), key, Text.decap(remote),
                    a.words(), partner, Text.decap(remote), key));
        }

        private Member cancel() {
            String key = a.key().name();
            return Member.named("cancel").imports("java.util.Map").text("""
                    public void cancel(String %s, String reason) {
                        if (reason == null || reason.isBlank()) {
                            throw new IllegalArgumentException("reason is required");
                        }
                        send("POST", "%s/" + encode(%s) + "/cancel", Map.of("reason", reason));
                    }
                    """.formatted(key, resource, key));
        }

        private Member fetchAll() {
            return Member.named("fetchAll").imports("java.util.ArrayList", "java.util.List")
                    .constant("private static final int MAX_PAGES = %s;".formatted(choices.pick("20", "50", "100")))
                    .text("""
                    public List<%s> fetchAll(int pageSize) {
                        List<%s> all = new ArrayList<>();
                        for (int page = 0; page < MAX_PAGES; page++) {
                            Optional<String> body = get("%s?page=" + page + "&size=" + pageSize);
                            if (body.isEmpty()) {
                                break;
                            }
                            %s[] items = read(body.get(), %s[].class);
                            if (items.length == 0) {
                                break;
                            }
                            all.addAll(List.of(items));
                        }
                        log.info("Fetched {} %s from %s", all.size());
                        return all;
                    }
                    """.formatted(remote, remote, resource, remote, remote, Text.plural(a.words()), partner));
        }

        private Member fetchWithRetry() {
            String attempts = choices.bug(Bug.MUTABLE_STATIC)
                    ? "public static int MAX_ATTEMPTS = 3;"
                    : "private static final int MAX_ATTEMPTS = 3;";
            String key = a.key().name();
            return Member.named("fetchWithRetry").constant(attempts).helper(Member.named("sleep").text("""
                    private static void sleep(long millis) {
                        try {
                            Thread.sleep(millis);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    """)).text("""
                    public Optional<%s> fetchWithRetry(String %s) {
                        RuntimeException last = null;
                        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                            try {
                                return fetch(%s);
                            } catch (RuntimeException e) {
                                last = e;
                                log.warn("Attempt {} to fetch {} from %s failed", attempt, %s, e);
                                sleep(attempt * 200L);
                            }
                        }
                        throw new IllegalStateException("%s unavailable for " + %s, last);
                    }
                    """.formatted(remote, key, key, partner, key, partner, key));
        }

        private Member isAvailable() {
            if (choices.bug(Bug.SWALLOWED_EXCEPTION)) {
                return Member.named("isAvailable").text("""
                        public boolean isAvailable() {
                            try {
                                return get("/health").isPresent();
                            } catch (RuntimeException e) {
                            }
                            return false;
                        }
                        """);
            }
            return Member.named("isAvailable").text("""
                    public boolean isAvailable() {
                        try {
                            return get("/health").isPresent();
                        } catch (RuntimeException e) {
                            log.debug("%s health check failed", e);
                            return false;
                        }
                    }
                    """.formatted(partner));
        }

        private Member statusOf() {
            String key = a.key().name();
            return Member.named("statusOf").text("""
                    public String statusOf(String %s) {
                        return fetch(%s).map(%s::status).orElse("UNKNOWN");
                    }
                    """.formatted(key, key, remote));
        }

        private Member fetchMany() {
            String key = a.key().name();
            String plural = Text.plural(key);
            return Member.named("fetchMany").imports("java.util.LinkedHashMap", "java.util.List", "java.util.Map")
                    .text("""
                    public Map<String, %s> fetchMany(List<String> %s) {
                        Map<String, %s> found = new LinkedHashMap<>();
                        for (String %s : %s) {
                            fetch(%s).ifPresent(item -> found.put(%s, item));
                        }
                        if (found.size() < %s.size()) {
                            log.info("%s knows {} of {} %s", found.size(), %s.size());
                        }
                        return found;
                    }
                    """.formatted(remote, plural, remote, key, plural, key, key, plural, partner,
                    Text.plural(a.words()), plural));
        }
    }
}
