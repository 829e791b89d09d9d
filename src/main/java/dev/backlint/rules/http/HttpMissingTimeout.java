package dev.backlint.rules.http;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.flow.timeouts.Addresses;
import dev.backlint.flow.timeouts.ClientKinds;
import dev.backlint.flow.timeouts.ClientTimeouts;
import dev.backlint.flow.timeouts.ClientTimeouts.Missing;
import dev.backlint.flow.timeouts.ZeroTimeouts;
import dev.backlint.matchers.CallMatcher;
import dev.backlint.models.HttpClients;
import dev.backlint.models.HttpClients.Family;
import dev.backlint.models.HttpClients.Timeout;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An outbound HTTP client, connection or request that can wait without limit: created with
 * no connect or read timeout on some path to where it is used (see {@link ClientTimeouts}),
 * a {@code URL.openStream()} of an HTTP address, or an OkHttp timeout set to zero.
 */
@RuleInfo(
        id = "http-missing-timeout",
        summary = "An outbound HTTP client can wait forever: no connect or read timeout",
        level = Level.WARNING,
        tags = {"http", "reliability"},
        cwe = 400,
        precision = Precision.HIGH)
public final class HttpMissingTimeout implements Rule {

    private static final CallMatcher OPEN_CONNECTION = CallMatcher.instance("java.net.URL", "openConnection");
    private static final CallMatcher OPEN_STREAM = CallMatcher.instance(Set.of("java.net.URL"),
            HttpClients.URL_FIXED_CALLS);

    @Override
    public void register(Checks checks) {
        checks.on(MethodCallExpr.class, HttpMissingTimeout::check);
        checks.on(ObjectCreationExpr.class, HttpMissingTimeout::check);
    }

    private static void check(ObjectCreationExpr creation, RuleContext context) {
        if (ClientKinds.mayCreate(creation)) {
            ClientKinds.of(creation, context).flatMap(kind -> ClientTimeouts.check(creation, kind, context))
                    .ifPresent(missing -> report(missing, context));
        }
    }

    private static void check(MethodCallExpr call, RuleContext context) {
        String name = call.getNameAsString();
        if (ClientKinds.mayCreate(call)) {
            ClientKinds.of(call, context).flatMap(kind -> ClientTimeouts.check(call, kind, context))
                    .ifPresent(missing -> report(missing, context));
        } else if (name.equals("openConnection") && call.getArguments().size() <= 1
                && (madeByToUrl(call) || OPEN_CONNECTION.matches(call, context))) {
            ClientTimeouts.checkConnection(call, context).ifPresent(missing -> report(missing, context));
        } else if (HttpClients.URL_FIXED_CALLS.contains(name) && call.getArguments().isEmpty()
                && (madeByToUrl(call) || OPEN_STREAM.matches(call, context))
                && call.getScope().filter(url -> Addresses.isRemoteAddress(url, context)).isPresent()) {
            context.report(call, "`" + name + "()` of a `URL` opens a connection with no connect or read"
                    + " timeout, so it can wait forever for a server that does not answer; open it with"
                    + " `openConnection()`, set `setConnectTimeout` and `setReadTimeout`, then read it");
        } else if (HttpClients.OKHTTP_TIMEOUTS.contains(name) && ZeroTimeouts.isZeroOnOkHttp(call, context)) {
            context.report(call.getName(), "OkHttp `" + name + "` set to zero waits forever (its default is 10 seconds);"
                    + " give it a finite duration");
        } else if (HttpClients.TERMINALS.contains(name)) {
            ClientTimeouts.checkInjected(call, context).ifPresent(missing -> report(missing, context));
        }
    }

    /** A call made on {@code uri.toURL()}: a {@code URL} whatever the file imports. */
    private static boolean madeByToUrl(MethodCallExpr call) {
        return call.getScope().filter(scope -> scope instanceof MethodCallExpr toUrl
                && toUrl.getNameAsString().equals("toURL") && toUrl.getArguments().isEmpty()).isPresent();
    }

    private static void report(Missing missing, RuleContext context) {
        String message = what(missing) + " without " + missingText(missing.kind().family(), missing.missing())
                + missing.path().map(path -> " on the path where " + path).orElse("") + "; "
                + consequence(missing) + fix(missing.kind().family(), missing.missing());
        Optional<Node> hanging = missing.hanging();
        if (hanging.isPresent()) {
            context.report(missing.report(), message, List.of(new RuleContext.Related(hanging.get(),
                    "`" + callName(hanging.get()) + "()` can wait here")));
        } else {
            context.report(missing.report(), message);
        }
    }

    private static String what(Missing missing) {
        return switch (missing.kind().family()) {
            case JDK_CLIENT -> "`HttpClient` built";
            case JDK_REQUEST -> "`HttpRequest` built";
            case URL_CONNECTION -> "`URLConnection` from `openConnection()` used";
            case APACHE -> "Apache HttpClient created";
            case REST_TEMPLATE -> missing.kind().shape() == HttpClients.Shape.BUILDER
                    ? "`RestTemplate` built by `RestTemplateBuilder`" : "`RestTemplate` created";
            case REST_CLIENT -> "`RestClient` created";
            case WEB_CLIENT -> "`WebClient` created";
            case CONFIGURATION -> "HTTP client created";
        };
    }

    private static String missingText(Family family, Set<Timeout> missing) {
        String connect = switch (family) {
            case JDK_CLIENT -> "`connectTimeout`";
            case URL_CONNECTION -> "`setConnectTimeout`";
            default -> "a connect timeout";
        };
        String read = switch (family) {
            case JDK_REQUEST -> "`timeout`";
            case URL_CONNECTION -> "`setReadTimeout`";
            case APACHE -> "a response (socket) timeout";
            case WEB_CLIENT -> "a response timeout";
            default -> "a read timeout";
        };
        if (missing.size() == 2) {
            return connect + " and " + read;
        }
        return missing.contains(Timeout.CONNECT) ? connect : read;
    }

    private static String consequence(Missing missing) {
        String call = missing.hanging().map(node -> "`" + callName(node) + "()` [here](1)").orElse("a call on it");
        return missing.missing().contains(Timeout.READ)
                ? call + " can wait forever for a server that accepts the connection and never answers"
                : call + " can wait as long as the operating system lets a connection attempt hang";
    }

    private static String fix(Family family, Set<Timeout> missing) {
        return switch (family) {
            case JDK_CLIENT -> "; set `.connectTimeout(..)` on the builder";
            case JDK_REQUEST -> "; set `.timeout(..)` on the request builder";
            case URL_CONNECTION -> "; call `setConnectTimeout` and `setReadTimeout` before using it";
            case APACHE -> "; give it a `RequestConfig` (or connection config) with connect and response timeouts";
            case REST_TEMPLATE, REST_CLIENT -> "; give it a request factory with connect and read timeouts";
            case WEB_CLIENT -> "; give it a connector whose Reactor Netty client sets `responseTimeout`, or add"
                    + " `.timeout(..)` to each call";
            case CONFIGURATION -> "";
        };
    }

    private static String callName(Node node) {
        return node instanceof MethodCallExpr call ? call.getNameAsString() : "call";
    }
}
