package dev.backlint.flow.timeouts;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import dev.backlint.api.Constants;
import dev.backlint.api.RuleContext;
import dev.backlint.flow.Budget;
import dev.backlint.flow.ControlFlow;
import dev.backlint.models.HttpClients;
import dev.backlint.models.HttpClients.Timeout;
import dev.backlint.resolve.Body;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which timeouts a builder or connection held in a local variable has on each path: from
 * the statement that puts it there, every configuring call made on the variable (or on a
 * chain that starts from it) adds what it sets; a call of a helper of the same class that
 * takes it adds what the helper sets on its parameter. The state is the set of the
 * distinct outcomes the paths reaching a point have, each with the last decisions taken on
 * the way among the conditions whose branches configure the variable, to say which path
 * misses a timeout.
 */
final class TimeoutFlow extends ControlFlow<Set<TimeoutFlow.Outcome>> {

    private static final int MAX_STEPS = 20_000;
    private static final int MAX_OUTCOMES = 8;
    private static final int MAX_DECISIONS = 4;

    /** A branch taken: the condition and whether it held. */
    record Decision(Expression condition, boolean held) {
    }

    /** What one group of paths has set, and the last deciding branches it took (the latest last). */
    record Outcome(Set<Timeout> set, List<Decision> decisions) {
        Outcome {
            set = Set.copyOf(set);
            decisions = List.copyOf(decisions);
        }

        Outcome adding(Set<Timeout> more) {
            if (set.containsAll(more)) {
                return this;
            }
            Set<Timeout> next = EnumSet.noneOf(Timeout.class);
            next.addAll(set);
            next.addAll(more);
            return new Outcome(next, decisions);
        }

        Outcome deciding(Decision decision) {
            List<Decision> next = new ArrayList<>(decisions);
            next.add(decision);
            return new Outcome(set, next.size() > MAX_DECISIONS ? next.subList(1, next.size()) : next);
        }
    }

    private final Node binding;
    private final String holder;
    private final Set<Timeout> initial;
    private final RuleContext context;
    /** The conditions of the body whose branches configure the variable, with the timeouts the branches set. */
    private final Map<Expression, Set<Timeout>> deciding = new IdentityHashMap<>();

    private TimeoutFlow(Body body, Constants constants, Node binding, String holder, Set<Timeout> initial,
            RuleContext context) {
        super(body, constants, new Budget(MAX_STEPS));
        this.binding = binding;
        this.holder = holder;
        this.initial = initial;
        this.context = context;
        this.state = Set.of();
        for (IfStmt branch : body.node().findAll(IfStmt.class)) {
            Set<Timeout> set = EnumSet.noneOf(Timeout.class);
            set.addAll(configured(branch.getThenStmt()));
            branch.getElseStmt().ifPresent(otherwise -> set.addAll(configured(otherwise)));
            if (!set.isEmpty()) {
                deciding.put(branch.getCondition(), Set.copyOf(set));
            }
        }
    }

    /**
     * Runs the body for the variable {@code holder} that {@code binding} (a declarator or an
     * assignment) gives a value with {@code initial} timeouts, keeping the outcomes at
     * {@code points}; null when the walk ran past its bound.
     */
    static TimeoutFlow run(Body body, Node binding, String holder, Set<Timeout> initial, List<? extends Node> points,
            RuleContext context) {
        TimeoutFlow flow = new TimeoutFlow(body, context.constants(), binding, holder, initial, context);
        flow.run(points);
        return flow.complete() ? flow : null;
    }

    /** The timeouts the calls on the variable in a branch set. */
    private Set<Timeout> configured(Node branch) {
        Set<Timeout> set = EnumSet.noneOf(Timeout.class);
        branch.findAll(MethodCallExpr.class, call -> HttpClients.SETTERS.containsKey(call.getNameAsString())
                && Links.rootName(call).filter(holder::equals).isPresent())
                .forEach(call -> set.addAll(Configured.effectOf(call, context, 1)));
        return set;
    }

    /** The timeouts set in the branches of {@code condition}, if it decides any. */
    Set<Timeout> decidedBy(Expression condition) {
        return deciding.getOrDefault(condition, Set.of());
    }

    @Override
    protected Set<Outcome> copy(Set<Outcome> outcomes) {
        return outcomes;
    }

    @Override
    protected Set<Outcome> join(Set<Outcome> a, Set<Outcome> b) {
        Set<Outcome> joined = new HashSet<>(a);
        joined.addAll(b);
        if (joined.size() > MAX_OUTCOMES) {
            Set<Outcome> plain = new HashSet<>();
            joined.forEach(o -> plain.add(new Outcome(o.set(), List.of())));
            return Set.copyOf(plain);
        }
        return Set.copyOf(joined);
    }

    @Override
    protected boolean same(Set<Outcome> a, Set<Outcome> b) {
        return a.equals(b);
    }

    @Override
    protected void refine(Expression condition, boolean outcome) {
        if (deciding.containsKey(condition) && !state.isEmpty()) {
            Set<Outcome> next = new HashSet<>();
            state.forEach(o -> next.add(o.deciding(new Decision(condition, outcome))));
            state = Set.copyOf(next);
        }
    }

    @Override
    protected void effect(Node node) {
        if (node == binding) {
            state = Set.of(new Outcome(initial, List.of()));
            return;
        }
        if (state.isEmpty()) {
            return;
        }
        if (node instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr target
                && target.getNameAsString().equals(holder) && !(Links.rootName(assign.getValue())
                        .filter(holder::equals).isPresent())) {
            state = Set.of(new Outcome(Configured.ALL, List.of())); // given another value: no longer followed
            return;
        }
        if (node instanceof MethodCallExpr call) {
            Set<Timeout> added = EnumSet.noneOf(Timeout.class);
            if (Links.rootName(call).filter(holder::equals).isPresent() && !Links.finishedBefore(call)) {
                added.addAll(Configured.effectOf(call, context, 1));
            }
            for (Expression argument : call.getArguments()) {
                if (argument instanceof NameExpr name && name.getNameAsString().equals(holder)) {
                    added.addAll(ClientTimeouts.setByCallee(call, call.getArguments().indexOf(argument), context));
                }
            }
            if (!added.isEmpty()) {
                Set<Outcome> next = new HashSet<>();
                state.forEach(o -> next.add(o.adding(added)));
                state = Set.copyOf(next);
            }
        }
    }
}
