// Invoice settings bound from application.yml (invoices.*).
package singletons.case18;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "invoices")
public record InvoiceProperties(Map<String, String> prefixByCountry) {
}
