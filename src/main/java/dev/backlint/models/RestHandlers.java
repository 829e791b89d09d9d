package dev.backlint.models;

import java.util.List;
import java.util.Set;

/**
 * What backlint knows of REST handlers: the annotations that make a method one (Spring MVC
 * and WebFlux, JAX-RS), those that send its return value as the response body, and the
 * types a body may be wrapped in.
 */
public final class RestHandlers {

    private static final String SPRING = "org.springframework.web.bind.annotation.";

    /** Spring's request-mapping annotations. */
    public static final List<String> SPRING_MAPPINGS = List.of(SPRING + "RequestMapping", SPRING + "GetMapping",
            SPRING + "PostMapping", SPRING + "PutMapping", SPRING + "PatchMapping", SPRING + "DeleteMapping");

    /** A class whose handlers all write their results as the body. */
    public static final List<String> REST_CONTROLLERS = List.of(SPRING + "RestController");

    /** Spring's {@code @ResponseBody}, on a method or its class. */
    public static final List<String> RESPONSE_BODY = List.of(SPRING + "ResponseBody");

    /** A class of Spring handlers that render views unless told otherwise. */
    public static final List<String> CONTROLLERS = List.of("org.springframework.stereotype.Controller");

    /** JAX-RS resource method designators, in both namespaces. */
    public static final List<String> JAX_RS_METHODS = List.of("jakarta.ws.rs.GET", "jakarta.ws.rs.POST",
            "jakarta.ws.rs.PUT", "jakarta.ws.rs.DELETE", "jakarta.ws.rs.PATCH", "jakarta.ws.rs.HEAD",
            "javax.ws.rs.GET", "javax.ws.rs.POST", "javax.ws.rs.PUT", "javax.ws.rs.DELETE", "javax.ws.rs.PATCH",
            "javax.ws.rs.HEAD");

    /**
     * Types whose type argument is what the response body holds, by simple name:
     * collections, optionals, Spring Data pages, response entities, reactive and
     * asynchronous results.
     */
    public static final Set<String> BODY_WRAPPERS = Set.of("List", "Set", "SortedSet", "Collection", "Iterable",
            "Optional", "Page", "Slice", "Window", "ResponseEntity", "HttpEntity", "Mono", "Flux", "Publisher",
            "CompletableFuture", "CompletionStage", "Stream", "Callable", "DeferredResult", "WebAsyncTask",
            "Uni", "Multi", "EntityModel", "CollectionModel", "PagedModel");

    /** Types whose values are written without being serialised as a bean (a {@code ResponseEntity<Void>} has no body). */
    public static final Set<String> NO_BODY = Set.of("Void", "void", "String", "Resource", "byte[]",
            "StreamingResponseBody", "SseEmitter", "ResponseBodyEmitter", "ModelAndView", "View", "Rendering");

    private RestHandlers() {
    }
}
