package com.travelo.i18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LabelController {

    private final LabelService labels;

    public LabelController(LabelService labels) {
        this.labels = labels;
    }

    @GetMapping("/api/labels")
    public Map<String, String> labels(@RequestParam List<String> keys,
                                      @RequestHeader(name = "Accept-Language", defaultValue = "en") String language) {
        Locale locale = Locale.forLanguageTag(language.split(",")[0].trim());
        Map<String, String> result = new LinkedHashMap<>();
        for (String key : keys) {
            result.put(key, labels.label(key, locale));
        }
        return result;
    }
}
