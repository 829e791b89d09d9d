package dev.backlint.bench;

/** The kinds of generated files, with the range their sizes are drawn from. */
enum FileKind {
    ENTITY(140, 320),
    DTO(25, 70),
    REQUEST(20, 60),
    ENUM(30, 90),
    REPOSITORY(50, 160),
    DAO(200, 460),
    SQL_CONSTANTS(0, 0),
    SERVICE(220, 520),
    CONTROLLER(150, 360),
    CLIENT(140, 320),
    CONFIG(70, 200),
    UTIL(90, 260),
    SERVICE_TEST(100, 260),
    CONTROLLER_TEST(90, 220),
    DAO_TEST(80, 200);

    final int minLines;
    final int maxLines;

    FileKind(int minLines, int maxLines) {
        this.minLines = minLines;
        this.maxLines = maxLines;
    }
}
