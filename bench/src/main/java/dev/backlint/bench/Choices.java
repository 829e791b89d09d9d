package dev.backlint.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The generator's only source of randomness. {@link Random} rather than a faster generator
 * because its sequence is specified, so a seed gives the same tree on every JDK.
 */
final class Choices {

    private final Random random;

    Choices(long seed) {
        this.random = new Random(seed);
    }

    /** A number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Whether this site carries {@code bug}. */
    boolean bug(Bug bug) {
        return chance(bug.rate);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    String pick(String... items) {
        return items[random.nextInt(items.length)];
    }

    <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** Up to {@code count} distinct items, in the order they have in {@code items}. */
    <T> List<T> sample(List<T> items, int count) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            indexes.add(i);
        }
        List<Integer> chosen = new ArrayList<>(shuffled(indexes).subList(0, Math.min(count, items.size())));
        Collections.sort(chosen);
        List<T> result = new ArrayList<>();
        for (int index : chosen) {
            result.add(items.get(index));
        }
        return result;
    }
}
