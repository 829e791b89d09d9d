package com.brightpath.lms.grading;

import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Produces style hints for Java exercises submitted by students. Hints are shown next to the
 * automated test results and never change the grade.
 */
@Service
public class StyleHintService {

    private static final Pattern CONSOLE_OUTPUT = Pattern.compile("System\\.(out|err)\\.print(ln|f)?\\s*\\(");
    private static final String STACK_TRACE_CALL = ".printStackTrace()";

    private static final String LOGGING_HINT = """
            Library code should not write to the console. Replace System.out.println(...) with a logger,
            for example log.info("Loaded {} rows", count), so that output can be filtered and routed.
            """;

    public List<StyleHint> review(String exerciseId, String source) {
        List<StyleHint> hints = new ArrayList<>();
        String[] lines = source.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("//")) {
                continue;
            }
            if (CONSOLE_OUTPUT.matcher(line).find() && !ExerciseRules.allowsConsole(exerciseId)) {
                hints.add(new StyleHint(i + 1, "console-output", LOGGING_HINT));
            }
            if (line.contains(STACK_TRACE_CALL)) {
                hints.add(new StyleHint(i + 1, "stack-trace",
                        "Avoid e.printStackTrace(); pass the exception to the logger: log.error(\"...\", e)"));
            }
        }
        return hints;
    }

    public record StyleHint(int line, String code, String message) {
    }
}
