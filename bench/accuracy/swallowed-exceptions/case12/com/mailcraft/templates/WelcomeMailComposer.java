package com.mailcraft.templates;

import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

@Service
public class WelcomeMailComposer {

    private final TemplateRepository templates;

    public WelcomeMailComposer(TemplateRepository templates) {
        this.templates = templates;
    }

    public String compose(String displayName, String activationUrl) {
        return templates.template("welcome")
                .replace("{{name}}", HtmlUtils.htmlEscape(displayName))
                .replace("{{activationUrl}}", HtmlUtils.htmlEscape(activationUrl));
    }
}
