package io.crmly.contacts.imports;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

@Component
public class ContactLineParser {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$");

    public record Contact(String email, String firstName, String lastName, String phone) {
    }

    public Contact parse(String line) {
        String[] cols = line.split(",", -1);
        if (cols.length < 3) {
            throw new IllegalArgumentException("expected at least 3 columns, got " + cols.length);
        }
        String email = cols[0].trim().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("invalid email: " + email);
        }
        String phone = cols.length > 3 ? cols[3].replaceAll("[^+0-9]", "") : null;
        return new Contact(email, cols[1].trim(), cols[2].trim(), phone);
    }
}
