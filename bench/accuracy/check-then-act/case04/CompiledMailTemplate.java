// A parsed mail template with its resolved includes.
package checkthenact.case04;

import java.util.List;
import java.util.Map;

public record CompiledMailTemplate(String name, String source, List<CompiledMailTemplate> includes) {

    public String render(Map<String, String> values) {
        var out = source;
        for (var include : includes) {
            out = out.replace("{{> " + include.name() + "}}", include.render(values));
        }
        for (var entry : values.entrySet()) {
            out = out.replace("{{" + entry.getKey() + "}}", entry.getValue());
        }
        return out;
    }
}
