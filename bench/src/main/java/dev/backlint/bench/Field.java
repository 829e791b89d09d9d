package dev.backlint.bench;

/** A field of a generated entity and its column. */
record Field(String name, String type) {

    String column() {
        return Text.snake(name);
    }

    String capitalized() {
        return Text.cap(name);
    }

    String getter() {
        return "get" + capitalized();
    }

    String setter() {
        return "set" + capitalized();
    }
}
