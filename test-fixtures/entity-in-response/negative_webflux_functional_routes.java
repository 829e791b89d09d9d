// WebFlux functional endpoints: a RouterFunction bean and a handler component whose methods return Mono<ServerResponse> with entities in the body, not annotated handlers.
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@Component
class CustomerRouteHandler {

    private final CustomerRepository customers;
    private final SalesOrderRepository orders;

    CustomerRouteHandler(CustomerRepository customers, SalesOrderRepository orders) {
        this.customers = customers;
        this.orders = orders;
    }

    public Mono<ServerResponse> customer(ServerRequest request) {
        long id = Long.parseLong(request.pathVariable("id"));
        return Mono.fromCallable(() -> customers.findById(id).orElse(null))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(found -> ServerResponse.ok().bodyValue(found))
                .switchIfEmpty(ServerResponse.notFound().build());
    }

    public Mono<ServerResponse> openOrders(ServerRequest request) {
        return ServerResponse.ok().body(openOrderStream(), SalesOrder.class);
    }

    private Flux<SalesOrder> openOrderStream() {
        return Flux.fromStream(() -> orders.findByStatus(OrderStatus.OPEN).stream())
                .subscribeOn(Schedulers.boundedElastic());
    }
}

@Configuration
class CustomerRoutesConfig {

    @Bean
    RouterFunction<ServerResponse> customerRoutes(CustomerRouteHandler handler) {
        return RouterFunctions.route()
                .GET("/fn/customers/{id}", handler::customer)
                .GET("/fn/orders/open", handler::openOrders)
                .build();
    }
}
