package dev.backlint.report;

import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.Result;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Serialises the java-sarif model. Its classes are generated with
 * {@code @JsonInclude(NON_DEFAULT)}, which drops a {@code level} equal to SARIF's
 * default ({@code warning}); GitHub wants the level explicit, so it is forced here.
 * Dates become UTC strings ending in {@code Z} instead of epoch numbers, and the
 * property bags (plain {@code HashMap}s in java-sarif) are written sorted by key.
 */
final class SarifJson {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonOutput.FACTORY)
            .addMixIn(Result.class, LevelAlwaysWritten.class)
            .addMixIn(Notification.class, LevelAlwaysWritten.class)
            .addMixIn(ReportingConfiguration.class, LevelAlwaysWritten.class)
            .addModule(new SimpleModule("sarif-dates").addSerializer(Date.class, new UtcDateSerializer()))
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private SarifJson() {
    }

    static void write(Object log, Writer out) throws IOException {
        JsonGenerator generator = JsonOutput.generator(out);
        MAPPER.writeValue(generator, log);
        JsonOutput.finish(generator);
    }

    static String utc(Date date) {
        return UTC.format(date.toInstant());
    }

    /** Mix-in: the {@code level} field is written even when it equals the default. */
    abstract static class LevelAlwaysWritten {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        Object level;
    }

    private static final class UtcDateSerializer extends StdSerializer<Date> {
        UtcDateSerializer() {
            super(Date.class);
        }

        @Override
        public void serialize(Date value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(utc(value));
        }
    }
}
