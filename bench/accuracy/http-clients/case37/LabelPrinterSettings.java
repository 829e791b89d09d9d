// Settings of the label printer gateway.
package httpclients.case37;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "label-printer")
public record LabelPrinterSettings(String baseUrl, Duration connectTimeout, Duration socketTimeout) {
}
