package dev.backlint.models;

import java.util.List;
import java.util.Set;

/**
 * What a taint question follows: where the data comes from, what makes it harmless, what
 * carries it on, and where it must not arrive. The analysis in {@code flow/taint} reads
 * no library knowledge of its own; each question brings its specification.
 *
 * @param source                 how findings name the data ("request data")
 * @param sourceMethods          methods whose result is the data, on a receiver of {@code sourceReceivers}
 * @param sourceReceivers        qualified types of those receivers
 * @param sourceAnnotations      simple names of parameter annotations that bind the data
 * @param handlerAnnotations     simple names of method annotations that make a method a handler,
 *                               whose unannotated {@code String} parameters are bound to the data
 * @param handlerTypeAnnotations how the class of a handler is recognised: simple annotation
 *                               names, a leading {@code *} matching a suffix ({@code *Controller})
 * @param sanitizers             {@code Type.method} calls whose result carries nothing
 * @param propagators            methods whose result carries what their receiver or arguments carry
 * @param sinks                  the calls the data must not reach as their first argument
 */
public record TaintSpec(String source, Set<String> sourceMethods, List<String> sourceReceivers,
                        Set<String> sourceAnnotations, Set<String> handlerAnnotations,
                        Set<String> handlerTypeAnnotations, Set<String> sanitizers, Set<String> propagators,
                        List<SqlSinks.Sink> sinks) {

    public TaintSpec {
        sourceMethods = Set.copyOf(sourceMethods);
        sourceReceivers = List.copyOf(sourceReceivers);
        sourceAnnotations = Set.copyOf(sourceAnnotations);
        handlerAnnotations = Set.copyOf(handlerAnnotations);
        handlerTypeAnnotations = Set.copyOf(handlerTypeAnnotations);
        sanitizers = Set.copyOf(sanitizers);
        propagators = Set.copyOf(propagators);
        sinks = List.copyOf(sinks);
    }

    /** Whether a class annotated with the simple name {@code annotation} holds handlers. */
    public boolean isHandlerType(String annotation) {
        for (String pattern : handlerTypeAnnotations) {
            if (pattern.startsWith("*") ? annotation.endsWith(pattern.substring(1)) : annotation.equals(pattern)) {
                return true;
            }
        }
        return false;
    }
}
