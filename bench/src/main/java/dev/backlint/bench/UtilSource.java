package dev.backlint.bench;

import java.util.List;
import java.util.function.Supplier;

/** Final utility classes: constants and static helpers for keys, money, dates, text and paging. */
final class UtilSource {

    private final Choices choices;

    UtilSource(Choices choices) {
        this.choices = choices;
    }

    JavaFile generate(SourceModule module, Aggregate a, String name, int target) {
        JavaFile file = JavaFile.main(FileKind.UTIL, module, "util", name);
        file.declaration("""
                /**
                 * Static helpers for %s.
                 */
                public final class %s {
                """.formatted(Text.plural(a.words()), name));
        file.add(Member.named(name + "()").text("""
                private %s() {
                }
                """.formatted(name)));
        Helpers helpers = new Helpers(a);
        Filler.fill(file, target, choices, List.<Supplier<Member>>of(helpers::normalizeKey, helpers::isValidKey,
                helpers::clampPageSize, helpers::roundAmount, helpers::percentOf, helpers::partition,
                helpers::parseIds, helpers::maskEmail, helpers::daysBetween, helpers::formatDay, helpers::toSlug,
                helpers::firstNonBlank, helpers::sameKey, helpers::aliases, helpers::statusRank, helpers::sum,
                helpers::requireFound, helpers::truncate, helpers::toCents, helpers::fromCents,
                helpers::startOfMonth, helpers::fingerprint));
        return file;
    }

    /** The helper templates for one aggregate. */
    private final class Helpers {

        private final Aggregate a;
        private final Field key;

        Helpers(Aggregate a) {
            this.a = a;
            this.key = a.key();
        }

        Member normalizeKey() {
            return Member.named("normalize" + key.capitalized()).imports("java.util.Locale").text("""
                    public static String normalize%s(String value) {
                        if (value == null) {
                            return null;
                        }
                        String trimmed = value.trim();
                        return trimmed.isEmpty() ? null : trimmed.toUpperCase(Locale.ROOT);
                    }
                    """.formatted(key.capitalized()));
        }

        Member isValidKey() {
            String pattern = Text.upperSnake(key.name()) + "_PATTERN";
            return Member.named("isValid" + key.capitalized()).imports("java.util.regex.Pattern")
                    .constant("private static final Pattern %s = Pattern.compile(\"[A-Z0-9][A-Z0-9-]{3,63}\");"
                            .formatted(pattern))
                    .text("""
                    public static boolean isValid%s(String value) {
                        return value != null && %s.matcher(value).matches();
                    }
                    """.formatted(key.capitalized(), pattern));
        }

        Member clampPageSize() {
            return Member.named("clampPageSize")
                    .constant("public static final int DEFAULT_PAGE_SIZE = 20;")
                    .constant("public static final int MAX_PAGE_SIZE = " + choices.pick("100", "200", "500") + ";")
                    .text("""
                    public static int clampPageSize(Integer requested) {
                        if (requested == null || requested <= 0) {
                            return DEFAULT_PAGE_SIZE;
                        }
                        return Math.min(requested, MAX_PAGE_SIZE);
                    }
                    """);
        }

        Member roundAmount() {
            Field amount = a.amount();
            return Member.named("round" + amount.capitalized())
                    .imports("java.math.BigDecimal", "java.math.RoundingMode")
                    .text("""
                    public static BigDecimal round%s(BigDecimal value) {
                        return value == null ? BigDecimal.ZERO : value.setScale(2, RoundingMode.HALF_EVEN);
                    }
                    """.formatted(amount.capitalized()));
        }

        Member percentOf() {
            return Member.named("percentOf").imports("java.math.BigDecimal", "java.math.MathContext",
                    "java.math.RoundingMode").text("""
                    public static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
                        if (part == null || whole == null || whole.signum() == 0) {
                            return BigDecimal.ZERO;
                        }
                        return part.multiply(BigDecimal.valueOf(100))
                                .divide(whole, MathContext.DECIMAL64)
                                .setScale(1, RoundingMode.HALF_UP);
                    }
                    """);
        }

        Member partition() {
            return Member.named("partition").imports("java.util.ArrayList", "java.util.List").text("""
                    public static <T> List<List<T>> partition(List<T> items, int size) {
                        if (size <= 0) {
                            throw new IllegalArgumentException("size must be positive: " + size);
                        }
                        List<List<T>> chunks = new ArrayList<>();
                        for (int start = 0; start < items.size(); start += size) {
                            chunks.add(List.copyOf(items.subList(start, Math.min(items.size(), start + size))));
                        }
                        return chunks;
                    }
                    """);
        }

        Member parseIds() {
            String add = choices.bug(Bug.SWALLOWED_EXCEPTION)
                    ? """
                    try {
                                ids.add(Long.valueOf(trimmed));
                            } catch (NumberFormatException e) {
                            }"""
                    : """
                    if (!trimmed.isEmpty() && trimmed.chars().allMatch(Character::isDigit)) {
                                ids.add(Long.valueOf(trimmed));
                            }""";
            return Member.named("parseIds").imports("java.util.ArrayList", "java.util.List").text("""
                    public static List<Long> parseIds(String csv) {
                        if (csv == null || csv.isBlank()) {
                            return List.of();
                        }
                        List<Long> ids = new ArrayList<>();
                        for (String part : csv.split(",")) {
                            String trimmed = part.trim();
                            %s
                        }
                        return ids;
                    }
                    """.formatted(add));
        }

        Member maskEmail() {
            return Member.named("maskEmail").text("""
                    public static String maskEmail(String email) {
                        if (email == null) {
                            return null;
                        }
                        int at = email.indexOf('@');
                        if (at <= 1) {
                            return "***" + (at < 0 ? "" : email.substring(at));
                        }
                        return email.charAt(0) + "***" + email.substring(at);
                    }
                    """);
        }

        Member daysBetween() {
            return Member.named("daysBetween").imports("java.time.LocalDate", "java.time.temporal.ChronoUnit").text("""
                    public static long daysBetween(LocalDate from, LocalDate to) {
                        if (from == null || to == null) {
                            throw new IllegalArgumentException("both dates are required");
                        }
                        return ChronoUnit.DAYS.between(from, to);
                    }
                    """);
        }

        Member formatDay() {
            return Member.named("formatDay").imports("java.time.Instant", "java.time.ZoneOffset",
                    "java.time.format.DateTimeFormatter")
                    .constant("private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(\"yyyy-MM-dd\")"
                            + ".withZone(ZoneOffset.UTC);")
                    .text("""
                    public static String formatDay(Instant instant) {
                        return instant == null ? "" : DAY.format(instant);
                    }
                    """);
        }

        Member toSlug() {
            return Member.named("toSlug").imports("java.util.Locale").text("""
                    public static String toSlug(String text) {
                        if (text == null) {
                            return "";
                        }
                        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
                        return slug.replaceAll("(^-+)|(-+$)", "");
                    }
                    """);
        }

        Member firstNonBlank() {
            return Member.named("firstNonBlank").text("""
                    public static String firstNonBlank(String... values) {
                        for (String value : values) {
                            if (value != null && !value.isBlank()) {
                                return value;
                            }
                        }
                        return null;
                    }
                    """);
        }

        Member sameKey() {
            String comparison = choices.bug(Bug.STRING_IDENTITY)
                    ? "first == second"
                    : "first != null && first.equalsIgnoreCase(second)";
            return Member.named("same" + key.capitalized()).text("""
                    public static boolean same%s(String first, String second) {
                        return %s;
                    }
                    """.formatted(key.capitalized(), comparison));
        }

        Member aliases() {
            if (choices.bug(Bug.MUTABLE_STATIC)) {
                return Member.named("resolveAlias").imports("java.util.HashMap", "java.util.Map")
                        .constant("private static final Map<String, String> ALIASES = new HashMap<>();")
                        .helper(Member.named("registerAlias").text("""
                                public static void registerAlias(String alias, String %s) {
                                    ALIASES.put(alias, %s);
                                }
                                """.formatted(key.name(), key.name())))
                        .text("""
                        public static String resolveAlias(String alias) {
                            return ALIASES.getOrDefault(alias, alias);
                        }
                        """);
            }
            return Member.named("resolveAlias").imports("java.util.Map")
                    .constant("private static final Map<String, String> ALIASES = Map.of(\"legacy\", \"LEGACY\", "
                            + "\"default\", \"STANDARD\");")
                    .text("""
                    public static String resolveAlias(String alias) {
                        return ALIASES.getOrDefault(alias, alias);
                    }
                    """);
        }

        Member statusRank() {
            StringBuilder cases = new StringBuilder();
            List<String> statuses = a.statuses();
            for (int i = 0; i < statuses.size(); i++) {
                cases.append("        case \"").append(statuses.get(i)).append("\" -> ").append(i).append(";\n");
            }
            return Member.named("statusRank").text("""
                    public static int statusRank(String status) {
                        return switch (status) {
                    %s        default -> -1;
                        };
                    }
                    """.formatted(cases));
        }

        Member sum() {
            Field amount = a.amount();
            return Member.named("sum" + Text.plural(amount.capitalized())).imports("java.math.BigDecimal",
                    "java.util.Collection", "java.util.Objects").text("""
                    public static BigDecimal sum%s(Collection<BigDecimal> values) {
                        return values.stream()
                                .filter(Objects::nonNull)
                                .reduce(BigDecimal.ZERO, BigDecimal::add);
                    }
                    """.formatted(Text.plural(amount.capitalized())));
        }

        Member truncate() {
            return Member.named("truncate").text("""
                    public static String truncate(String text, int maxLength) {
                        if (text == null || text.length() <= maxLength) {
                            return text;
                        }
                        if (maxLength < 4) {
                            return text.substring(0, maxLength);
                        }
                        return text.substring(0, maxLength - 3) + "...";
                    }
                    """);
        }

        Member toCents() {
            return Member.named("toCents").imports("java.math.BigDecimal", "java.math.RoundingMode").text("""
                    public static long toCents(BigDecimal amount) {
                        if (amount == null) {
                            return 0L;
                        }
                        return amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
                    }
                    """);
        }

        Member fromCents() {
            return Member.named("fromCents").imports("java.math.BigDecimal").text("""
                    public static BigDecimal fromCents(long cents) {
                        return BigDecimal.valueOf(cents, 2);
                    }
                    """);
        }

        Member startOfMonth() {
            return Member.named("startOfMonth").imports("java.time.LocalDate", "java.time.YearMonth").text("""
                    public static LocalDate startOfMonth(LocalDate day) {
                        return YearMonth.from(day).atDay(1);
                    }
                    """);
        }

        Member fingerprint() {
            return Member.named("fingerprint").imports("java.nio.charset.StandardCharsets",
                    "java.security.MessageDigest", "java.security.NoSuchAlgorithmException", "java.util.HexFormat")
                    .text("""
                    public static String fingerprint(String %s, Long %s) {
                        try {
                            MessageDigest digest = MessageDigest.getInstance("SHA-256");
                            digest.update(String.valueOf(%s).getBytes(StandardCharsets.UTF_8));
                            digest.update(String.valueOf(%s).getBytes(StandardCharsets.UTF_8));
                            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
                        } catch (NoSuchAlgorithmException e) {
                            throw new IllegalStateException("SHA-256 is not available", e);
                        }
                    }
                    """.formatted(key.name(), a.owner().name(), key.name(), a.owner().name()));
        }

        Member requireFound() {
            return Member.named("requireFound").imports("java.util.NoSuchElementException", "java.util.Optional")
                    .text("""
                    public static <T> T requireFound(Optional<T> value, String what, Object id) {
                        return value.orElseThrow(() -> new NoSuchElementException(what + " " + id + " not found"));
                    }
                    """);
        }
    }
}
