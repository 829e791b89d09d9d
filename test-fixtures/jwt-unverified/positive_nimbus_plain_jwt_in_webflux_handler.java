// A WebFlux functional handler that takes the user from a Nimbus PlainJWT.parse(..) of a header inside the reactive pipeline.
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.text.ParseException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Configuration
class ProfileRoutes {

    @Bean
    RouterFunction<ServerResponse> profileRouter(ProfileHandler handler) {
        return RouterFunctions.route().GET("/api/profile", handler::me).build();
    }
}

class ProfileHandler {

    private final AppUserRepository users;

    ProfileHandler(AppUserRepository users) {
        this.users = users;
    }

    Mono<ServerResponse> me(ServerRequest request) {
        return Mono.justOrEmpty(request.headers().firstHeader("X-User-Token"))
                .map(header -> {
                    try {
                        JWTClaimsSet claims = PlainJWT.parse(header).getJWTClaimsSet(); // expect: jwt-unverified "`parse`"
                        return claims.getSubject();
                    } catch (ParseException e) {
                        throw new IllegalArgumentException("bad user token", e);
                    }
                })
                .flatMap(subject -> Mono.justOrEmpty(users.findByExternalId(subject)))
                .flatMap(user -> ServerResponse.ok().bodyValue(Map.of("id", user.getExternalId(), "email", user.getEmail())))
                .switchIfEmpty(ServerResponse.status(HttpStatus.UNAUTHORIZED).build());
    }
}
