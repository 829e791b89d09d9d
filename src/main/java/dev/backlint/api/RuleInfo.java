package dev.backlint.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a rule, kept once on its class. SARIF, {@code backlint rules},
 * {@code backlint explain} and the docs all read it from here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** Stable kebab-case id, never renamed or reused: {@code select-star}. */
    String id();

    /** One line, no trailing period. */
    String summary();

    Level level();

    String[] tags() default {};

    /** CWE number, or 0 when the rule has none. */
    int cwe() default 0;

    /** GitHub's security severity in (0, 10] for security rules; 0 for the others. */
    double securitySeverity() default 0;

    Precision precision() default Precision.HIGH;

    /**
     * Whether the rule runs only when it is named (with {@code --enable} or the plugin's
     * {@code enable}): a rule whose cost or precision on large real code bases is still
     * being measured runs where a team asks for it, not in every scan.
     */
    boolean optIn() default false;

    /**
     * Rules whose findings this rule replaces where both report on the same line: a
     * stronger, more specific finding makes the weaker one noise.
     */
    String[] supersedes() default {};
}
