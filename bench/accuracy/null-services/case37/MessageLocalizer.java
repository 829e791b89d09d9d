package nulls.case37;

import java.util.Locale;
import java.util.Set;

import org.jetbrains.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

@Service
public class MessageLocalizer {

    private static final Set<String> SUPPORTED_LANGUAGES = Set.of("en", "de", "fr", "es");

    private final MessageSource messageSource;

    public MessageLocalizer(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    public String localize(String key, Object[] args, @Nullable Locale requested) {
        String language = requested.getLanguage(); // deref
        Locale locale = SUPPORTED_LANGUAGES.contains(language) ? requested : Locale.ENGLISH;
        return messageSource.getMessage(key, args, locale);
    }
}
