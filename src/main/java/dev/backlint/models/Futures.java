package dev.backlint.models;

import java.util.List;
import java.util.Set;

/**
 * What backlint knows of the values that stand for work still running: futures, which
 * carry a result and a failure nobody sees unless someone waits for them, and Reactor's
 * publishers, which do nothing at all until someone subscribes.
 */
public final class Futures {

    /** Futures by simple name, as a method's declared return type writes them. */
    public static final Set<String> FUTURE_TYPES = Set.of("Future", "CompletableFuture", "CompletionStage",
            "ListenableFuture", "FluentFuture", "ListenableFutureTask", "ForkJoinTask");

    /** Reactor's publishers by simple name. */
    public static final Set<String> PUBLISHER_TYPES = Set.of("Mono", "Flux");

    /** Executors whose {@code submit} hands back a future of the task. */
    public static final List<String> EXECUTORS = List.of("java.util.concurrent.ExecutorService",
            "java.util.concurrent.ScheduledExecutorService", "java.util.concurrent.ThreadPoolExecutor",
            "java.util.concurrent.ScheduledThreadPoolExecutor", "java.util.concurrent.ForkJoinPool",
            "com.google.common.util.concurrent.ListeningScheduledExecutorService",
            "org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler",
            "org.springframework.core.task.AsyncTaskExecutor",
            "org.springframework.core.task.AsyncListenableTaskExecutor",
            "org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor",
            "com.google.common.util.concurrent.ListeningExecutorService");

    /** The calls of an executor that start a task and hand back its future. */
    public static final Set<String> SUBMITS = Set.of("submit", "submitListenable", "submitCompletable");

    public static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";

    /** {@code CompletableFuture}'s static calls that start work, or join futures into one. */
    public static final Set<String> ASYNC_STARTS = Set.of("supplyAsync", "runAsync", "allOf", "anyOf");

    /** Spring Kafka's templates, whose sends hand back a future of the broker's answer. */
    public static final List<String> KAFKA_TEMPLATES = List.of("org.springframework.kafka.core.KafkaTemplate",
            "org.springframework.kafka.core.KafkaOperations", "org.springframework.kafka.core.KafkaOperations2",
            "org.springframework.kafka.core.RoutingKafkaTemplate");

    /** The calls of a Kafka template that send a record. */
    public static final Set<String> KAFKA_SENDS = Set.of("send", "sendDefault");

    /** The calls of a stage that derive a new stage (whose failure is its own). */
    public static final Set<String> STAGES = Set.of("thenApply", "thenApplyAsync", "thenAccept", "thenAcceptAsync",
            "thenRun", "thenRunAsync", "thenCompose", "thenComposeAsync", "thenCombine", "thenCombineAsync",
            "thenAcceptBoth", "thenAcceptBothAsync", "runAfterBoth", "runAfterBothAsync", "applyToEither",
            "applyToEitherAsync", "acceptEither", "acceptEitherAsync", "runAfterEither", "runAfterEitherAsync",
            "whenComplete", "whenCompleteAsync", "handle", "handleAsync", "exceptionally", "exceptionallyAsync",
            "exceptionallyCompose", "exceptionallyComposeAsync");

    /** The calls of a {@code CompletableFuture} that hand back the future itself. */
    public static final Set<String> SAME_FUTURE = Set.of("orTimeout", "completeOnTimeout");

    /** The stages that handle the failure of the future they are derived from. */
    public static final Set<String> FAILURE_STAGES = Set.of("whenComplete", "whenCompleteAsync", "handle",
            "handleAsync", "exceptionally", "exceptionallyAsync", "exceptionallyCompose", "exceptionallyComposeAsync");

    /**
     * Calls that take a lambda whose result is thrown away ({@code Consumer}, {@code Runnable}):
     * a future made as such a lambda's whole body is dropped like a statement's.
     */
    public static final Set<String> VOID_CALLBACKS = Set.of("forEach", "forEachOrdered", "ifPresent",
            "ifPresentOrElse", "peek", "doOnNext", "doOnSuccess", "doOnError", "doOnComplete", "doOnTerminate",
            "doFinally", "doOnEach", "execute", "runAsync", "thenAccept", "thenAcceptAsync", "thenRun", "thenRunAsync",
            "whenComplete", "whenCompleteAsync", "addListener", "accept");

    /** The calls of Spring's {@code WebClient} alone that hand back a publisher of the response. */
    public static final Set<String> REACTIVE_RESPONSES = Set.of("bodyToMono", "bodyToFlux", "toEntityFlux",
            "exchangeToMono", "exchangeToFlux");

    /**
     * Calls {@code WebClient} shares with the blocking {@code RestClient}: a publisher only
     * on a chain that starts from a {@code WebClient}.
     */
    public static final Set<String> SHARED_RESPONSES = Set.of("toEntity", "toEntityList", "toBodilessEntity");

    /** The calls that subscribe to a publisher or wait for it: after one, the chain holds no publisher. */
    public static final Set<String> PUBLISHER_TERMINALS = Set.of("subscribe", "subscribeWith", "block",
            "blockOptional", "blockFirst", "blockLast", "toFuture", "toStream", "toIterable");

    /** The JDK's HTTP client sends asynchronously into a future. */
    public static final String JDK_HTTP_CLIENT = "java.net.http.HttpClient";

    /** Reactive repositories: every call of theirs hands back a publisher. */
    public static final List<String> REACTIVE_REPOSITORIES = List.of(
            "org.springframework.data.repository.reactive.ReactiveCrudRepository",
            "org.springframework.data.repository.reactive.ReactiveSortingRepository",
            "org.springframework.data.r2dbc.repository.R2dbcRepository",
            "org.springframework.data.mongodb.repository.ReactiveMongoRepository");

    private Futures() {
    }
}
