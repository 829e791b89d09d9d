package com.mailcraft.templates;

public class TemplateNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateNotFoundException(String templateName, Throwable cause) {
        super("No mail template named '" + templateName + "'", cause);
    }
}
