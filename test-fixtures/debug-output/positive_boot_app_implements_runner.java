// A Spring Boot application class (Spring Boot is not on the fixture classpath) that implements CommandLineRunner and prints from run, not from main.
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
class BillingWorkerApplication implements CommandLineRunner {

    private final InvoiceJdbcDao invoices;

    BillingWorkerApplication(InvoiceJdbcDao invoices) {
        this.invoices = invoices;
    }

    public static void main(String[] args) {
        try {
            SpringApplication.run(BillingWorkerApplication.class, args);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    @Override
    public void run(String... args) {
        if (args.length == 0) {
            System.err.println("No customer id given, nothing to bill"); // expect: debug-output "System.err"
            return;
        }
        var open = invoices.findOpen(Long.parseLong(args[0]));
        System.out.printf("Customer %s has %d open invoices%n", args[0], open.size()); // expect: debug-output "System.out"
    }
}
