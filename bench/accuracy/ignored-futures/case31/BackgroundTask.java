// Marks methods that run on the reporting executor.
package ignoredfutures.case31;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.scheduling.annotation.Async;

@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Async("reportExecutor")
public @interface BackgroundTask {
}
