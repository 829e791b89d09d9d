package eval2.case47;

import java.security.Principal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class PreferencesController {

    private static final Logger log = LoggerFactory.getLogger(PreferencesController.class);

    private final JdbcClient jdbcClient;

    public PreferencesController(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    @PostMapping("/account/preferences")
    public String save(@ModelAttribute("preferences") PreferencesForm form, Principal principal) {
        if (principal == null) {
            return "redirect:/login";
        }
        String language = form.getPreferredLanguage() == null ? "en" : form.getPreferredLanguage();
        String frequency = form.getNewsletterFrequency();
        if (frequency == null || frequency.isBlank()) {
            frequency = "NEVER";
        }

        String sql = "UPDATE customer_preferences SET newsletter_frequency = '" + frequency + "', "
                + "preferred_language = :lang, sms_opt_in = :sms, updated_at = CURRENT_TIMESTAMP "
                + "WHERE login = :login";
        int rows = jdbcClient.sql(sql).param("lang", language).param("sms", form.isSmsOptIn()).param("login", principal.getName()).update(); // sink

        if (rows == 0) {
            log.warn("no preference row for {}", principal.getName());
        }
        return "redirect:/account/preferences?saved";
    }
}
