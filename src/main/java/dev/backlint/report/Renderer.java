package dev.backlint.report;

import dev.backlint.engine.ScanResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a scan's result in one output format. Implementations are stateless apart
 * from their options, write nothing but the report to {@code out}, flush it, and
 * leave it open.
 */
public interface Renderer {

    void render(ScanResult result, Writer out) throws IOException;
}
