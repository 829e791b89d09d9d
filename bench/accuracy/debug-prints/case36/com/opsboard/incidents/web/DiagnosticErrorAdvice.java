package com.opsboard.incidents.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@RestControllerAdvice(basePackages = "com.opsboard.incidents.web")
public class DiagnosticErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(DiagnosticErrorAdvice.class);
    private static final int ORIGIN_FRAMES = 3;

    @ExceptionHandler(RuntimeException.class)
    public ProblemDetail handle(RuntimeException ex) {
        String errorId = UUID.randomUUID().toString();
        log.error("Unhandled error {}", errorId, ex);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error, reference " + errorId);
        problem.setProperty("errorId", errorId);
        problem.setProperty("exception", ex.getClass().getSimpleName());
        problem.setProperty("origin", originFrames(ex));
        return problem;
    }

    private static List<String> originFrames(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] frames = root.getStackTrace();
        return Arrays.stream(frames)
                .filter(frame -> frame.getClassName().startsWith("com.opsboard."))
                .limit(ORIGIN_FRAMES)
                .map(frame -> frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber())
                .toList();
    }
}
