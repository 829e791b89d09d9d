// Confirms SMS delivery receipts with the SMS provider over HttpURLConnection.
package httpclients.case51;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;

import org.springframework.stereotype.Component;

@Component
public class SmsDeliveryReceiptClient {

    public boolean acknowledge(String messageId, String status) throws IOException {
        URL url = URI.create(SmsProviderSettings.RECEIPT_URL).toURL();
        HttpURLConnection connection = (HttpURLConnection) url.openConnection(); // hang
        connection.setConnectTimeout(SmsProviderSettings.CONNECT_TIMEOUT_MS);
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        String form = "id=" + messageId + "&status=" + status;
        try (OutputStream out = connection.getOutputStream()) {
            out.write(form.getBytes(UTF_8));
        }
        try {
            return connection.getResponseCode() == HttpURLConnection.HTTP_NO_CONTENT;
        } finally {
            connection.disconnect();
        }
    }
}
