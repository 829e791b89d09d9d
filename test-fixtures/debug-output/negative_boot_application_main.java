// A Spring Boot application class (Spring Boot is not on the fixture classpath) that prints only inside its static main method.
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
class CatalogServiceApplication {

    public static void main(String[] args) {
        System.out.println("""
                ==============================
                  Catalog service
                  java %s on %s
                ==============================
                """.formatted(Runtime.version(), System.getProperty("os.name")));
        try {
            SpringApplication.run(CatalogServiceApplication.class, args);
        } catch (IllegalStateException e) {
            System.err.println("Catalog service failed to start: " + e.getMessage());
            e.printStackTrace();
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
