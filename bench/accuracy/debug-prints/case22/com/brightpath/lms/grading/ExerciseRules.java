package com.brightpath.lms.grading;

import java.util.Set;

final class ExerciseRules {

    /** Introductory exercises that are expected to print their answers. */
    private static final Set<String> CONSOLE_EXERCISES = Set.of("intro-01-hello", "intro-02-loops", "intro-03-fizzbuzz");

    private ExerciseRules() {
    }

    static boolean allowsConsole(String exerciseId) {
        return CONSOLE_EXERCISES.contains(exerciseId);
    }
}
