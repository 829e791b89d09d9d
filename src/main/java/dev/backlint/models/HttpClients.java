package dev.backlint.models;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outbound HTTP clients backlint knows: how each is created, which of its calls set a
 * timeout (directly, or through a configuration object given as an argument), and which
 * calls wait on the network. Two timeouts matter: establishing the connection, and waiting
 * for the response once connected (read, socket, response or request timeout, as each
 * library names it).
 */
public final class HttpClients {

    /** The two waits a client can bound. */
    public enum Timeout { CONNECT, READ }

    /** The client families, each named as its messages name it. */
    public enum Family {
        JDK_CLIENT("`HttpClient`"),
        JDK_REQUEST("`HttpRequest`"),
        URL_CONNECTION("`URLConnection`"),
        APACHE("Apache HttpClient"),
        REST_TEMPLATE("`RestTemplate`"),
        REST_CLIENT("`RestClient`"),
        WEB_CLIENT("`WebClient`"),
        /** Objects that carry timeouts to a client: request configs, request factories, connectors. */
        CONFIGURATION("configuration");

        private final String display;

        Family(String display) {
            this.display = display;
        }

        public String display() {
            return display;
        }
    }

    /** How a created object takes its timeouts. */
    public enum Shape {
        /** Configured by calls on it, finished by {@code build()}. */
        BUILDER,
        /** A finished object that calls on it may still configure (a connection, a template). */
        OBJECT,
        /** Cannot be given a timeout at all. */
        FIXED
    }

    /**
     * What a configuring call sets: the timeouts it names, those of its argument, a read
     * timeout when its callback adds a timeout handler, the connect timeout when its channel
     * option is that one, or (configured in a way backlint does not follow) every one.
     */
    public sealed interface Effect permits Sets, FromArgument, Everything, TimeoutHandler, ConnectOption {
    }

    public record Sets(Set<Timeout> timeouts) implements Effect {
        public Sets {
            timeouts = Set.copyOf(timeouts);
        }
    }

    /** The timeouts of the configuration object passed as argument {@code index}. */
    public record FromArgument(int index) implements Effect {
    }

    /** Configured in a way backlint does not follow: counted as configured. */
    public record Everything() implements Effect {
    }

    /** A connection callback (Reactor Netty's {@code doOnConnected}) that may add a read timeout handler. */
    public record TimeoutHandler() implements Effect {
    }

    /** A channel option ({@code option(ChannelOption.CONNECT_TIMEOUT_MILLIS, ms)}) that may be the connect timeout. */
    public record ConnectOption() implements Effect {
    }

    /**
     * A kind of object with timeouts.
     *
     * @param family      the family it belongs to
     * @param type        its qualified class name
     * @param factories   the static methods of {@code type} that create it
     * @param constructed whether {@code new type(..)} creates it
     * @param shape       how it takes its timeouts
     * @param required    the timeouts it must have
     * @param constructorArgument what an argument of its constructor brings, if it takes one
     */
    public record Kind(Family family, String type, Set<String> factories, boolean constructed, Shape shape,
            Set<Timeout> required, Optional<Effect> constructorArgument) {

        public Kind {
            factories = Set.copyOf(factories);
            required = Set.copyOf(required);
        }
    }

    private static final Set<Timeout> BOTH = Set.copyOf(EnumSet.allOf(Timeout.class));
    private static final Effect CONNECT = new Sets(Set.of(Timeout.CONNECT));
    private static final Effect READ = new Sets(Set.of(Timeout.READ));
    private static final Effect FIRST = new FromArgument(0);
    private static final Effect ALL = new Everything();
    private static final Effect NONE = new Sets(Set.of());

    /**
     * The calls that configure timeouts, on any of the kinds (the names do not clash
     * between them): what each sets.
     */
    public static final Map<String, Effect> SETTERS = Map.ofEntries(
            Map.entry("connectTimeout", CONNECT),
            Map.entry("setConnectTimeout", CONNECT),
            Map.entry("timeout", READ),
            Map.entry("setReadTimeout", READ),
            Map.entry("readTimeout", READ),
            Map.entry("setSocketTimeout", READ),
            Map.entry("setResponseTimeout", READ),
            Map.entry("responseTimeout", READ),
            Map.entry("setSoTimeout", READ),
            Map.entry("setExchangeTimeout", READ),
            Map.entry("setDefaultRequestConfig", FIRST),
            Map.entry("setDefaultSocketConfig", FIRST),
            Map.entry("setDefaultConnectionConfig", FIRST),
            Map.entry("setConnectionManager", FIRST),
            Map.entry("setConnectionConfigResolver", ALL),
            Map.entry("setSocketConfigResolver", ALL),
            Map.entry("setSocketConfig", ALL),
            Map.entry("setIOReactorConfig", FIRST),
            Map.entry("setRequestFactory", FIRST),
            Map.entry("requestFactory", FIRST),
            Map.entry("setHttpClient", FIRST),
            Map.entry("clientConnector", FIRST),
            Map.entry("exchangeFunction", ALL),
            Map.entry("requestFactorySettings", ALL),
            Map.entry("customizers", ALL),
            Map.entry("additionalCustomizers", ALL),
            Map.entry("requestCustomizers", ALL),
            Map.entry("apply", ALL),
            Map.entry("doOnConnected", new TimeoutHandler()),
            Map.entry("option", new ConnectOption()));

    /**
     * Names that show a class setting timeouts on Apache requests or parameters of its own:
     * a per-request config, and the parameters of the 4.0 to 4.2 clients.
     */
    public static final Set<String> APACHE_PER_REQUEST = Set.of("setConfig", "REQUEST_CONFIG", "CONNECTION_TIMEOUT",
            "SO_TIMEOUT", "setConnectionTimeout", "setSoTimeout");

    /** The calls that finish a builder. */
    public static final Set<String> TERMINALS = Set.of("build", "buildAsync", "configure");

    private static Kind builder(Family family, String type, Set<String> factories, Set<Timeout> required) {
        return new Kind(family, type, factories, false, Shape.BUILDER, required, Optional.empty());
    }

    private static Kind fixed(Family family, String type, Set<String> factories, Set<Timeout> required) {
        return new Kind(family, type, factories, false, Shape.FIXED, required, Optional.empty());
    }

    private static Kind config(String type, Set<String> factories, Optional<Effect> constructorArgument) {
        return new Kind(Family.CONFIGURATION, type, factories, constructorArgument.isPresent(), Shape.BUILDER, BOTH,
                constructorArgument);
    }

    private static final String APACHE4 = "org.apache.http.impl.client.";
    private static final String APACHE5 = "org.apache.hc.client5.http.impl.classic.";
    private static final String APACHE5_ASYNC = "org.apache.hc.client5.http.impl.async.";
    private static final String SPRING_HTTP = "org.springframework.http.client.";
    private static final Set<String> APACHE_FIXED = Set.of("createDefault", "createSystem", "createMinimal");

    /** Every kind: the clients, then the objects that carry timeouts to them. */
    public static final List<Kind> KINDS = List.of(
            builder(Family.JDK_CLIENT, "java.net.http.HttpClient", Set.of("newBuilder"), Set.of(Timeout.CONNECT)),
            fixed(Family.JDK_CLIENT, "java.net.http.HttpClient", Set.of("newHttpClient"), Set.of(Timeout.CONNECT)),
            builder(Family.JDK_REQUEST, "java.net.http.HttpRequest", Set.of("newBuilder"), Set.of(Timeout.READ)),
            fixed(Family.APACHE, APACHE4 + "HttpClients", APACHE_FIXED, BOTH),
            builder(Family.APACHE, APACHE4 + "HttpClients", Set.of("custom"), BOTH),
            builder(Family.APACHE, APACHE4 + "HttpClientBuilder", Set.of("create"), BOTH),
            // the deprecated clients of 4.0 to 4.2, configured through their parameters
            new Kind(Family.APACHE, APACHE4 + "DefaultHttpClient", Set.of(), true, Shape.FIXED, BOTH, Optional.of(ALL)),
            new Kind(Family.APACHE, APACHE4 + "SystemDefaultHttpClient", Set.of(), true, Shape.FIXED, BOTH,
                    Optional.of(ALL)),
            fixed(Family.APACHE, APACHE5 + "HttpClients", APACHE_FIXED, BOTH),
            builder(Family.APACHE, APACHE5 + "HttpClients", Set.of("custom"), BOTH),
            builder(Family.APACHE, APACHE5 + "HttpClientBuilder", Set.of("create"), BOTH),
            fixed(Family.APACHE, APACHE5_ASYNC + "HttpAsyncClients", APACHE_FIXED, BOTH),
            builder(Family.APACHE, APACHE5_ASYNC + "HttpAsyncClients", Set.of("custom"), BOTH),
            new Kind(Family.REST_TEMPLATE, "org.springframework.web.client.RestTemplate", Set.of(), true, Shape.OBJECT,
                    BOTH, Optional.of(FIRST)),
            new Kind(Family.REST_TEMPLATE, "org.springframework.boot.web.client.RestTemplateBuilder", Set.of(), true,
                    Shape.BUILDER, BOTH, Optional.of(ALL)),
            fixed(Family.REST_CLIENT, "org.springframework.web.client.RestClient", Set.of("create"), BOTH),
            builder(Family.REST_CLIENT, "org.springframework.web.client.RestClient", Set.of("builder"), BOTH),
            fixed(Family.WEB_CLIENT, "org.springframework.web.reactive.function.client.WebClient", Set.of("create"),
                    Set.of(Timeout.READ)),
            builder(Family.WEB_CLIENT, "org.springframework.web.reactive.function.client.WebClient", Set.of("builder"),
                    Set.of(Timeout.READ)),
            config("org.apache.http.client.config.RequestConfig", Set.of("custom", "copy"), Optional.empty()),
            config("org.apache.hc.client5.http.config.RequestConfig", Set.of("custom", "copy"), Optional.empty()),
            config("org.apache.hc.client5.http.config.ConnectionConfig", Set.of("custom", "copy"), Optional.empty()),
            config("org.apache.http.config.SocketConfig", Set.of("custom", "copy"), Optional.empty()),
            config("org.apache.hc.core5.http.io.SocketConfig", Set.of("custom", "copy"), Optional.empty()),
            config("org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder", Set.of("create"),
                    Optional.empty()),
            // their constructors take pool settings (time to live, registries), never timeouts
            config("org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager", Set.of(), Optional.of(NONE)),
            config("org.apache.http.impl.conn.PoolingHttpClientConnectionManager", Set.of(), Optional.of(NONE)),
            config(SPRING_HTTP + "SimpleClientHttpRequestFactory", Set.of(), Optional.of(ALL)),
            config(SPRING_HTTP + "HttpComponentsClientHttpRequestFactory", Set.of(), Optional.of(FIRST)),
            config(SPRING_HTTP + "JdkClientHttpRequestFactory", Set.of(), Optional.of(FIRST)),
            config(SPRING_HTTP + "ReactorClientHttpRequestFactory", Set.of(), Optional.of(FIRST)),
            config(SPRING_HTTP + "ReactorNettyClientRequestFactory", Set.of(), Optional.of(FIRST)),
            config(SPRING_HTTP + "JettyClientHttpRequestFactory", Set.of(), Optional.of(ALL)),
            config(SPRING_HTTP + "BufferingClientHttpRequestFactory", Set.of(), Optional.of(FIRST)),
            config(SPRING_HTTP + "reactive.ReactorClientHttpConnector", Set.of(), Optional.of(FIRST)),
            config("reactor.netty.http.client.HttpClient", Set.of("create", "newConnection"), Optional.empty()));

    /** A connection {@code URL.openConnection()} opens (an instance call, so not among {@link #KINDS}). */
    public static final Kind URL_CONNECTION = new Kind(Family.URL_CONNECTION, "java.net.URLConnection", Set.of(),
            false, Shape.OBJECT, BOTH, Optional.empty());

    /** Netty handlers whose presence in a connection callback bounds the wait for data. */
    public static final Set<String> READ_TIMEOUT_HANDLERS = Set.of("ReadTimeoutHandler", "IdleStateHandler");

    /** The calls of a {@code URLConnection} that go to the network. */
    public static final Set<String> CONNECTION_USES = Set.of("connect", "getInputStream", "getOutputStream",
            "getResponseCode", "getResponseMessage", "getContent", "getContentType", "getContentLength",
            "getContentLengthLong", "getContentEncoding", "getHeaderField", "getHeaderFields", "getHeaderFieldInt",
            "getHeaderFieldLong", "getHeaderFieldDate", "getErrorStream", "getLastModified", "getDate",
            "getExpiration");

    /** Calls on a {@code URLConnection} that only make sense for a network connection. */
    public static final Set<String> NETWORK_SIGNS = Set.of("setConnectTimeout", "setReadTimeout",
            "setRequestMethod", "setInstanceFollowRedirects", "setRequestProperty", "addRequestProperty",
            "setDoOutput", "setChunkedStreamingMode", "setFixedLengthStreamingMode", "getResponseCode");

    /** The calls of a {@code RestTemplate} that go to the network. */
    public static final Set<String> TEMPLATE_USES = Set.of("getForObject", "getForEntity", "headForHeaders",
            "postForLocation", "postForObject", "postForEntity", "put", "patchForObject", "delete", "optionsForAllow",
            "exchange", "execute");

    /**
     * Spring's request factories and connectors over an Apache client: they apply timeouts
     * of their own to every request, so a client handed to them is judged there.
     */
    public static final Set<String> APACHE_WRAPPERS = Set.of("HttpComponentsClientHttpRequestFactory",
            "HttpComponentsClientHttpConnector");

    /** {@code java.net.URL} calls that open a connection nobody can give a timeout. */
    public static final Set<String> URL_FIXED_CALLS = Set.of("openStream", "getContent");

    /** The JDK client's sending calls. */
    public static final Set<String> JDK_SENDS = Set.of("send", "sendAsync");

    /** Calls on a future or a reactive value that bound the wait for it. */
    public static final Set<String> WAIT_BOUNDS = Set.of("orTimeout", "completeOnTimeout", "timeout");

    /** Builders Spring Boot configures from properties when it injects them. */
    public static final Set<String> INJECTED_BUILDERS = Set.of(
            "org.springframework.boot.web.client.RestTemplateBuilder",
            "org.springframework.web.client.RestClient.Builder",
            "org.springframework.web.reactive.function.client.WebClient.Builder");

    /** OkHttp: its defaults are finite; a timeout set to zero waits forever. */
    public static final String OKHTTP_BUILDER = "okhttp3.OkHttpClient.Builder";
    public static final Set<String> OKHTTP_TIMEOUTS = Set.of("connectTimeout", "readTimeout", "writeTimeout");

    private HttpClients() {
    }
}
