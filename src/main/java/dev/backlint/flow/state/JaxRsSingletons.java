package dev.backlint.flow.state;

import dev.backlint.api.TextIndexKind;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a JAX-RS application registers as instances, read from the text of every
 * file: those created in an {@code Application} that overrides {@code getSingletons()}
 * ({@code singletons.add(new OrderResource(..))}), and those Jersey's
 * {@code ResourceConfig} is given as objects ({@code register(new OrderResource(..))}). A
 * resource registered by its class ({@code register(OrderResource.class)}) is made anew
 * for each request, and is not among them.
 */
final class JaxRsSingletons implements TextIndexKind {

    static final JaxRsSingletons KIND = new JaxRsSingletons();

    private static final Pattern CREATED = Pattern.compile("\\bnew\\s+([A-Z]\\w*)\\s*\\(");
    private static final Pattern REGISTERED = Pattern.compile("\\bregister(?:Instances)?\\s*\\(\\s*new\\s+([A-Z]\\w*)\\s*\\(");

    private JaxRsSingletons() {
    }

    @Override
    public String id() {
        return "state.jaxrs-singletons";
    }

    @Override
    public void collect(String text, Set<String> into) {
        if (text.contains("getSingletons")) {
            // an Application that hands out instances: what it creates, it serves from
            Matcher created = CREATED.matcher(text);
            while (created.find()) {
                into.add(created.group(1));
            }
        }
        if (text.contains("register")) {
            Matcher registered = REGISTERED.matcher(text);
            while (registered.find()) {
                into.add(registered.group(1));
            }
        }
    }
}
