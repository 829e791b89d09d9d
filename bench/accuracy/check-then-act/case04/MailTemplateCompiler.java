// Compiles mail templates once and keeps them; templates include other templates through
// {{> name}}, so compiling one compiles its includes first.
package checkthenact.case04;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

@Component
public class MailTemplateCompiler {

    private static final Pattern INCLUDE = Pattern.compile("\\{\\{>\\s*([a-z0-9_-]+)\\s*}}");

    private final Map<String, CompiledMailTemplate> compiled = new ConcurrentHashMap<>();
    private final ResourceLoader resources;

    public MailTemplateCompiler(ResourceLoader resources) {
        this.resources = resources;
    }

    public CompiledMailTemplate compile(String name) {
        // not computeIfAbsent: an include compiles another template from inside the mapping
        // function, and ConcurrentHashMap rejects that recursive update
        synchronized (compiled) {
            var template = compiled.get(name);
            if (template == null) {
                template = parse(name);
                compiled.put(name, template);
            }
            return template;
        }
    }

    public void invalidateAll() {
        synchronized (compiled) {
            compiled.clear();
        }
    }

    private CompiledMailTemplate parse(String name) {
        var source = read(name);
        var includes = new ArrayList<CompiledMailTemplate>();
        var matcher = INCLUDE.matcher(source);
        while (matcher.find()) {
            includes.add(compile(matcher.group(1)));
        }
        return new CompiledMailTemplate(name, source, includes);
    }

    private String read(String name) {
        var resource = resources.getResource("classpath:mail/" + name + ".mustache");
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mail template " + name, e);
        }
    }
}
