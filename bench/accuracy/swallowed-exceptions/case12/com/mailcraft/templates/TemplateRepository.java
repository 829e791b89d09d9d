package com.mailcraft.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

@Component
public class TemplateRepository {

    private final ResourceLoader resourceLoader;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public TemplateRepository(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    public String template(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    private String load(String name) {
        Resource resource = resourceLoader.getResource("classpath:mail/" + name + ".html");
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read mail template " + name, e);
        }
    }
}
