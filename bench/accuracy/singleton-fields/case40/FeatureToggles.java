// What the rest of the application asks: is this feature on?
package singletons.case40;

@FunctionalInterface
public interface FeatureToggles {

    boolean isEnabled(String feature);
}
