// A Spring Boot application (Spring Boot is not on the fixture classpath) whose main may print but whose CommandLineRunner bean and other method may not.
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
class InventoryServiceApplication {

    public static void main(String[] args) {
        System.out.println("Starting inventory service with " + args.length + " arguments");
        try {
            SpringApplication.run(InventoryServiceApplication.class, args);
        } catch (RuntimeException e) {
            reportStartupFailure(e);
        }
    }

    @Bean
    CommandLineRunner warmUpCaches(CustomerOrderRepository orders) {
        return args -> {
            long count = orders.count();
            System.out.println("Warmed order cache with " + count + " orders"); // expect: debug-output "System.out"
        };
    }

    static void reportStartupFailure(Exception e) {
        e.printStackTrace(); // expect: debug-output "printStackTrace"
    }
}
