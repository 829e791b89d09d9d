package dev.backlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * How the JSON formats are laid out: two-space indent, {@code \n} line ends on every
 * platform (so the bytes do not depend on where the scan ran), {@code "key": value},
 * and every character outside ASCII escaped, so the file is valid UTF-8 whatever
 * charset the caller's {@link Writer} uses.
 */
final class JsonOutput {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonOutput() {
    }

    /** A generator that writes to {@code out}, pretty-printed, and never closes it. */
    static JsonGenerator generator(Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return FACTORY.createGenerator(out).setPrettyPrinter(printer);
    }

    /** Ends the document with a newline and flushes it to the caller's writer. */
    static void finish(JsonGenerator generator) throws IOException {
        generator.writeRaw('\n');
        generator.flush();
    }
}
