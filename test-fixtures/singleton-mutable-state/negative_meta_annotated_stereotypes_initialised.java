// Declares the @UseCase (annotated @Service) and @CommandHandler (annotated @UseCase) stereotypes another fixture uses; beans carrying them that write fields only in the constructor or @PostConstruct, and a prototype-scoped one.
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Service;

@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Service
@interface UseCase {

    @AliasFor(annotation = Service.class)
    String value() default "";
}

@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@UseCase
@interface CommandHandler {
}

@UseCase
class RegisterCustomerUseCase {

    interface CustomerRegistry {
        void add(String email);
    }

    private final CustomerRegistry registry;
    private Pattern emailPattern;

    RegisterCustomerUseCase(CustomerRegistry registry) {
        this.registry = registry;
    }

    @PostConstruct
    void compilePatterns() {
        emailPattern = Pattern.compile("^[^@\\s]+@[^@\\s]+$");
    }

    boolean register(String email) {
        if (!emailPattern.matcher(email).matches()) {
            return false;
        }
        registry.add(email);
        return true;
    }
}

@CommandHandler
@Scope("prototype")
class ImportCatalogHandler {

    private int imported;
    private List<String> rejected = new ArrayList<>();

    void handle(List<String> skus) {
        for (var sku : skus) {
            if (sku.isBlank()) {
                rejected.add(sku);
            } else {
                imported++;
            }
        }
    }
}
