package dev.backlint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code @Service} classes: business logic over the repository and DAO, with loops,
 * conditionals, streams, {@code Optional}, maps, try/catch and slf4j logging.
 */
final class ServiceSource {

    private final Choices choices;

    ServiceSource(Choices choices) {
        this.choices = choices;
    }

    JavaFile generate(SourceModule module, Aggregate a, int target) {
        return new ServiceFile(module, a).build(target);
    }

    /** One service being generated. */
    private final class ServiceFile {

        private final Aggregate a;
        private final JavaFile file;
        private final String repo;
        private final String dao;
        private final String dto;
        private final String title;
        private final String statusEnum;

        ServiceFile(SourceModule module, Aggregate a) {
            this.a = a;
            this.statusEnum = module.pkg("model") + "." + a.statusEnum();
            this.file = JavaFile.main(FileKind.SERVICE, module, "service", a.service());
            this.repo = Text.decap(a.repository());
            this.dao = Text.decap(a.dao());
            this.dto = a.dto();
            this.title = Text.cap(a.words());
            file.importFrom(module.pkg("model"), a.name());
            file.importFrom(module.pkg("model"), a.dto());
            file.importFrom(module.pkg("model"), a.createInput());
            file.importFrom(module.pkg("repository"), a.repository());
            if (a.hasDao()) {
                file.importFrom(module.pkg("dao"), a.dao());
            }
        }

        JavaFile build(int target) {
            file.imports("java.time.Clock", "java.time.Instant", "java.util.List", "java.util.NoSuchElementException",
                    "java.util.Optional", "org.slf4j.Logger", "org.slf4j.LoggerFactory",
                    "org.springframework.stereotype.Service",
                    "org.springframework.transaction.annotation.Transactional");
            file.declaration("""
                    /**
                     * Business rules for %s.
                     */
                    @Service
                    public class %s {
                    """.formatted(Text.plural(a.words()), a.service()));
            file.constant("private static final Logger log = LoggerFactory.getLogger(%s.class);"
                    .formatted(a.service()));
            file.constant("private static final int MAX_PAGE_SIZE = %s;".formatted(choices.pick("50", "100", "200")));
            constructor();
            core();
            if (choices.bug(Bug.SERVICE_STATE)) {
                sharedState();
            }
            List<Supplier<Member>> templates = new ArrayList<>(List.of(this::updateStatus, this::delete,
                    this::totalFor, this::countByStatus, this::groupByOwner, this::reconcile, this::latestFor,
                    this::latestStatusFor, this::closeStale, this::importAll, this::purgeExpired, this::describe,
                    this::labelFor, this::isDuplicate, this::averageQuantity, this::filterByExtra, this::top,
                    this::summaryFor, this::listFor, this::findByKey, this::existsByKey, this::updateExtra,
                    this::archiveAll, this::statistics));
            if (a.hasDao()) {
                templates.add(this::findByStatus);
                templates.add(this::countInStatus);
            }
            Filler.fill(file, target, choices, templates, this::learn);
            return file;
        }

        private void learn(Member member) {
            a.serviceMethods.add(member.name());
        }

        private void add(Member member) {
            file.add(member);
            learn(member);
        }

        private void constructor() {
            List<String> parameters = new ArrayList<>();
            file.field("private final %s %s;".formatted(a.repository(), repo));
            parameters.add(a.repository() + " " + repo);
            if (a.hasDao()) {
                file.field("private final %s %s;".formatted(a.dao(), dao));
                parameters.add(a.dao() + " " + dao);
            }
            file.field("private final Clock clock;");
            parameters.add("Clock clock");
            StringBuilder assignments = new StringBuilder();
            for (String parameter : parameters) {
                String name = parameter.substring(parameter.indexOf(' ') + 1);
                assignments.append("    this.").append(name).append(" = ").append(name).append(";\n");
            }
            String head = "    public " + a.service() + "(";
            file.add(Member.named(a.service() + "()").text("""
                    public %s(%s) {
                    %s}
                    """.formatted(a.service(), Text.wrap(parameters, head.length(), 8, ") {"), assignments)));
        }

        private void core() {
            add(Member.named("findById").text("""
                    @Transactional(readOnly = true)
                    public Optional<%s> findById(Long id) {
                        return %s.findById(id).map(%s::from);
                    }
                    """.formatted(dto, repo, dto)));
            if (choices.bug(Bug.OPTIONAL_GET)) {
                add(Member.named("getById").text("""
                        @Transactional(readOnly = true)
                        public %s getById(Long id) {
                            %s %s = %s.findById(id).get();
                            return %s.from(%s);
                        }
                        """.formatted(dto, a.name(), a.variable(), repo, dto, a.variable())));
            } else {
                add(Member.named("getById").text("""
                        @Transactional(readOnly = true)
                        public %s getById(Long id) {
                            return %s.findById(id)
                                    .map(%s::from)
                                    .orElseThrow(() -> new NoSuchElementException("%s " + id + " not found"));
                        }
                        """.formatted(dto, repo, dto, title)));
            }
            add(Member.named("list").imports("org.springframework.data.domain.PageRequest",
                    "org.springframework.data.domain.Sort").text("""
                    @Transactional(readOnly = true)
                    public List<%s> list(int page, int size) {
                        int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
                        PageRequest request = PageRequest.of(Math.max(page, 0), pageSize, Sort.by("%s").descending());
                        return %s.findAll(request).stream()
                                .map(%s::from)
                                .toList();
                    }
                    """.formatted(dto, a.created().name(), repo, dto)));
            String input = a.hasRequest() ? "request" : "input";
            String entity = a.hasRequest()
                    ? "%s %s = request.toEntity();".formatted(a.name(), a.variable())
                    : "%s %s = new %s(input.%s(), input.%s(), \"%s\");".formatted(a.name(), a.variable(), a.name(),
                            a.key().name(), a.owner().name(), a.initialStatus());
            add(Member.named("create").text("""
                    @Transactional
                    public %s create(%s %s) {
                        validate(%s);
                        %s
                        Instant now = Instant.now(clock);
                        %s.%s(now);
                        %s.%s(now);
                        %s saved = %s.save(%s);
                        log.info("Created %s {} for %s {}", saved.getId(), saved.%s());
                        return %s.from(saved);
                    }
                    """.formatted(dto, a.createInput(), input, input, entity, a.variable(), a.created().setter(),
                    a.variable(), a.updated().setter(), a.name(), repo, a.variable(), a.words(),
                    Text.words(a.owner().name()), a.owner().getter(), dto)));
            file.addClosing(Member.named("validate").text("""
                    private void validate(%s %s) {
                        if (%s.%s() == null || %s.%s().isBlank()) {
                            throw new IllegalArgumentException("%s is required");
                        }
                        if (%s.%s() == null) {
                            throw new IllegalArgumentException("%s is required");
                        }
                        if (%s.%s() != null && %s.%s().signum() < 0) {
                            throw new IllegalArgumentException("%s must not be negative");
                        }
                    }
                    """.formatted(a.createInput(), input, input, a.key().name(), input, a.key().name(),
                    a.key().name(), input, a.owner().name(), a.owner().name(), input, a.amount().name(), input,
                    a.amount().name(), a.amount().name())));
        }

        private void sharedState() {
            if (choices.chance(0.5)) {
                file.imports("java.util.HashMap", "java.util.Map");
                file.field("private final Map<Long, %s> recentlyViewed = new HashMap<>();".formatted(dto));
                add(Member.named("view").text("""
                        public %s view(Long id) {
                            %s viewed = getById(id);
                            recentlyViewed.put(id, viewed);
                            if (recentlyViewed.size() > 1000) {
                                recentlyViewed.clear();
                            }
                            return viewed;
                        }
                        """.formatted(dto, dto)));
            } else {
                file.field("private int processedSinceStart;");
                add(Member.named("process").text("""
                        @Transactional
                        public %s process(Long id) {
                            %s processed = getById(id);
                            processedSinceStart++;
                            log.debug("Processed {} %s since start", processedSinceStart);
                            return processed;
                        }
                        """.formatted(dto, dto, Text.plural(a.words()))));
            }
        }

        private Member updateStatus() {
            String same = choices.bug(Bug.STRING_IDENTITY)
                    ? "%s.getStatus() == status".formatted(a.variable())
                    : "Objects.equals(%s.getStatus(), status)".formatted(a.variable());
            Member member = Member.named("updateStatus").imports("java.util.Objects");
            String check = "";
            if (a.hasEnum()) {
                member.imports(statusEnum);
                check = Text.indent("""
                        try {
                            %s.valueOf(status);
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("Unknown status " + status, e);
                        }
                        """.formatted(a.statusEnum()), 4);
            }
            return member.text("""
                    @Transactional
                    public %s updateStatus(Long id, String status) {
                    %s    %s %s = %s.findById(id)
                                .orElseThrow(() -> new NoSuchElementException("%s " + id + " not found"));
                        if (%s) {
                            return %s.from(%s);
                        }
                        if ("%s".equals(%s.getStatus())) {
                            throw new IllegalStateException("%s " + id + " is already %s");
                        }
                        String previous = %s.getStatus();
                        %s.setStatus(status);
                        %s.%s(Instant.now(clock));
                        log.info("%s {} moved from {} to {}", id, previous, status);
                        return %s.from(%s.save(%s));
                    }
                    """.formatted(dto, check, a.name(), a.variable(), repo, title, same, dto, a.variable(),
                    a.terminalStatus(), a.variable(), title, a.terminalStatus(), a.variable(), a.variable(),
                    a.variable(), a.updated().setter(), title, dto, repo, a.variable()));
        }

        private Member delete() {
            return Member.named("delete").text("""
                    @Transactional
                    public void delete(Long id) {
                        if (!%s.existsById(id)) {
                            throw new NoSuchElementException("%s " + id + " not found");
                        }
                        %s.deleteById(id);
                        log.info("Deleted %s {}", id);
                    }
                    """.formatted(repo, title, repo, a.words()));
        }

        private Member totalFor() {
            Field amount = a.amount();
            Field owner = a.owner();
            return Member.named("total" + amount.capitalized() + "For").imports("java.math.BigDecimal",
                    "java.math.RoundingMode").text("""
                    @Transactional(readOnly = true)
                    public BigDecimal total%sFor(Long %s) {
                        BigDecimal sum = BigDecimal.ZERO;
                        for (%s %s : %s.findAll()) {
                            if (!%s.equals(%s.%s())) {
                                continue;
                            }
                            if ("%s".equals(%s.getStatus()) || %s.%s() == null) {
                                continue;
                            }
                            sum = sum.add(%s.%s());
                        }
                        return sum.setScale(2, RoundingMode.HALF_UP);
                    }
                    """.formatted(amount.capitalized(), owner.name(), a.name(), a.variable(), repo, owner.name(),
                    a.variable(), owner.getter(), a.terminalStatus(), a.variable(), a.variable(), amount.getter(),
                    a.variable(), amount.getter()));
        }

        private Member countByStatus() {
            return Member.named("countByStatus").imports("java.util.Map", "java.util.TreeMap",
                    "java.util.stream.Collectors").text("""
                    @Transactional(readOnly = true)
                    public Map<String, Long> countByStatus() {
                        return %s.findAll().stream()
                                .collect(Collectors.groupingBy(%s::getStatus, TreeMap::new, Collectors.counting()));
                    }
                    """.formatted(repo, a.name()));
        }

        private Member groupByOwner() {
            Field owner = a.owner();
            return Member.named("groupBy" + owner.capitalized()).imports("java.util.Map", "java.util.TreeMap",
                    "java.util.stream.Collectors").text("""
                    @Transactional(readOnly = true)
                    public Map<Long, List<%s>> groupBy%s(List<Long> ids) {
                        if (ids.isEmpty()) {
                            return Map.of();
                        }
                        return %s.findAllById(ids).stream()
                                .filter(%s -> %s.%s() != null)
                                .map(%s::from)
                                .collect(Collectors.groupingBy(%s::%s, TreeMap::new, Collectors.toList()));
                    }
                    """.formatted(dto, owner.capitalized(), repo, a.variable(), a.variable(), owner.getter(), dto,
                    dto, owner.name()));
        }

        private Member reconcile() {
            Field key = a.key();
            String comparison;
            String lookup;
            if (choices.bug(Bug.MAP_GET_DEREFERENCE)) {
                lookup = "";
                comparison = "!Objects.equals(by%s.get(incoming.%s()).getStatus(), incoming.status())"
                        .formatted(key.capitalized(), key.name());
            } else {
                lookup = Text.indent("""
                        %s existing = by%s.get(incoming.%s());
                        if (existing == null) {
                            log.debug("No %s with %s {}", incoming.%s());
                            continue;
                        }
                        """.formatted(a.name(), key.capitalized(), key.name(), a.words(), Text.words(key.name()),
                        key.name()), 8);
                comparison = "!Objects.equals(existing.getStatus(), incoming.status())";
            }
            return Member.named("reconcile").imports("java.util.ArrayList", "java.util.HashMap", "java.util.Map",
                    "java.util.Objects").text("""
                    @Transactional(readOnly = true)
                    public List<String> reconcile(List<%s> incomingItems) {
                        Map<String, %s> by%s = new HashMap<>();
                        for (%s %s : %s.findAll()) {
                            by%s.put(%s.%s(), %s);
                        }
                        List<String> changed = new ArrayList<>();
                        for (%s incoming : incomingItems) {
                    %s        if (%s) {
                                changed.add(incoming.%s());
                            }
                        }
                        return changed;
                    }
                    """.formatted(dto, a.name(), key.capitalized(), a.name(), a.variable(), repo, key.capitalized(),
                    a.variable(), key.getter(), a.variable(), dto, lookup, comparison, key.name()));
        }

        private Member latestFor() {
            Field owner = a.owner();
            return Member.named("latestFor").imports("java.util.Comparator").text("""
                    @Transactional(readOnly = true)
                    public Optional<%s> latestFor(Long %s) {
                        return %s.findAll().stream()
                                .filter(%s -> %s.equals(%s.%s()))
                                .max(Comparator.comparing(%s::%s))
                                .map(%s::from);
                    }
                    """.formatted(dto, owner.name(), repo, a.variable(), owner.name(), a.variable(), owner.getter(),
                    a.name(), a.created().getter(), dto));
        }

        private Member latestStatusFor() {
            Field owner = a.owner();
            String tail = choices.bug(Bug.OPTIONAL_GET)
                    ? ".get()\n            .getStatus();"
                    : ".map(%s::getStatus)\n            .orElse(\"%s\");".formatted(a.name(), a.initialStatus());
            return Member.named("latestStatusFor").imports("java.util.Comparator").text("""
                    @Transactional(readOnly = true)
                    public String latestStatusFor(Long %s) {
                        return %s.findAll().stream()
                                .filter(%s -> %s.equals(%s.%s()))
                                .max(Comparator.comparing(%s::%s))
                                %s
                    }
                    """.formatted(owner.name(), repo, a.variable(), owner.name(), a.variable(), owner.getter(),
                    a.name(), a.created().getter(), tail));
        }

        private Member closeStale() {
            String handler = choices.bug(Bug.SWALLOWED_EXCEPTION)
                    ? "} catch (RuntimeException e) {\n        }"
                    : """
                    } catch (RuntimeException e) {
                                log.warn("Could not close %s {}", %s.getId(), e);
                            }""".formatted(a.words(), a.variable());
            String closed = a.statuses().get(a.statuses().size() - 1);
            return Member.named("closeStale").imports("java.time.Duration").text("""
                    @Transactional
                    public int closeStale(Duration age) {
                        Instant cutoff = Instant.now(clock).minus(age);
                        int closed = 0;
                        for (%s %s : %s.findAll()) {
                            if (%s.%s() == null || %s.%s().isAfter(cutoff)) {
                                continue;
                            }
                            try {
                                %s.setStatus("%s");
                                %s.save(%s);
                                closed++;
                            %s
                        }
                        log.info("Closed {} stale %s older than {}", closed, age);
                        return closed;
                    }
                    """.formatted(a.name(), a.variable(), repo, a.variable(), a.updated().getter(), a.variable(),
                    a.updated().getter(), a.variable(), closed, repo, a.variable(), handler,
                    Text.plural(a.words())));
        }

        private Member importAll() {
            String handler = choices.bug(Bug.SWALLOWED_EXCEPTION)
                    ? "} catch (IllegalArgumentException e) {\n        }"
                    : """
                    } catch (IllegalArgumentException e) {
                                failed++;
                                log.warn("Skipping %s {}: {}", item.%s(), e.getMessage());
                            }""".formatted(a.words(), a.key().name());
            return Member.named("importAll").imports("java.util.LinkedHashMap", "java.util.Map").text("""
                    @Transactional
                    public Map<String, Integer> importAll(List<%s> items) {
                        int created = 0;
                        int failed = 0;
                        for (%s item : items) {
                            try {
                                create(item);
                                created++;
                            %s
                        }
                        Map<String, Integer> result = new LinkedHashMap<>();
                        result.put("created", created);
                        result.put("failed", failed);
                        return result;
                    }
                    """.formatted(a.createInput(), a.createInput(), handler));
        }

        private Member purgeExpired() {
            String cron = choices.pick("0 30 2 * * *", "0 0 3 * * *", "0 15 * * * *", "0 0 4 * * SUN");
            return Member.named("purgeExpired").imports("java.time.Duration",
                    "org.springframework.scheduling.annotation.Scheduled").text("""
                    @Scheduled(cron = "%s")
                    @Transactional
                    public void purgeExpired() {
                        Instant cutoff = Instant.now(clock).minus(Duration.ofDays(%s));
                        List<%s> expired = %s.findAll().stream()
                                .filter(%s -> "%s".equals(%s.getStatus()))
                                .filter(%s -> %s.%s() != null && %s.%s().isBefore(cutoff))
                                .toList();
                        if (expired.isEmpty()) {
                            return;
                        }
                        %s.deleteAll(expired);
                        log.info("Purged {} %s", expired.size());
                    }
                    """.formatted(cron, choices.pick("30", "90", "365"), a.name(), repo, a.variable(),
                    a.terminalStatus(), a.variable(), a.variable(), a.variable(), a.updated().getter(), a.variable(),
                    a.updated().getter(), repo, Text.plural(a.words())));
        }

        private Member describe() {
            Field amount = a.amount();
            return Member.named("describe").text("""
                    @Transactional(readOnly = true)
                    public String describe(Long id) {
                        %s %s = getById(id);
                        StringBuilder text = new StringBuilder("%s ").append(%s.%s());
                        text.append(" [").append(%s.status()).append(']');
                        if (%s.%s() != null) {
                            text.append(", %s ").append(%s.%s().toPlainString());
                        }
                        return text.toString();
                    }
                    """.formatted(dto, a.variable(), title, a.variable(), a.key().name(), a.variable(), a.variable(),
                    amount.name(), amount.name(), a.variable(), amount.name()));
        }

        private Member labelFor() {
            List<String> statuses = a.statuses();
            String first = statuses.get(0);
            String middle = String.join(", ", statuses.subList(1, statuses.size() - 1).stream()
                    .map(status -> a.hasEnum() ? status : "\"" + status + "\"").toList());
            String switched = a.hasEnum() ? a.statusEnum() + ".valueOf(status)" : "status";
            String quote = a.hasEnum() ? "" : "\"";
            Member member = Member.named("labelFor");
            if (a.hasEnum()) {
                member.imports(statusEnum);
            }
            return member.text("""
                    public String labelFor(String status) {
                        return switch (%s) {
                            case %s%s%s -> "Waiting";
                            case %s -> "In progress";
                            default -> "Closed";
                        };
                    }
                    """.formatted(switched, quote, first, quote, middle));
        }

        private Member isDuplicate() {
            Field key = a.key();
            String comparison = choices.bug(Bug.STRING_IDENTITY)
                    ? "first.%s() == second.%s()".formatted(key.name(), key.name())
                    : "first.%s().equals(second.%s())".formatted(key.name(), key.name());
            return Member.named("isDuplicate").imports("java.util.Objects").text("""
                    public boolean isDuplicate(%s first, %s second) {
                        if (first.%s() == null || second.%s() == null) {
                            return false;
                        }
                        return %s && Objects.equals(first.%s(), second.%s());
                    }
                    """.formatted(dto, dto, key.name(), key.name(), comparison, a.owner().name(), a.owner().name()));
        }

        private Member averageQuantity() {
            Field quantity = a.quantity();
            return Member.named("average" + quantity.capitalized()).text("""
                    @Transactional(readOnly = true)
                    public double average%s(String status) {
                        return %s.findByStatus(status).stream()
                                .map(%s::%s)
                                .filter(value -> value != null)
                                .mapToInt(Integer::intValue)
                                .average()
                                .orElse(0);
                    }
                    """.formatted(quantity.capitalized(), repo, a.name(), quantity.getter()));
        }

        private Member filterByExtra() {
            Field field = choices.pick(a.extras());
            if (!field.type().equals("String")) {
                return null;
            }
            return Member.named("filterBy" + field.capitalized()).text("""
                    @Transactional(readOnly = true)
                    public List<%s> filterBy%s(String %s) {
                        if (%s == null || %s.isBlank()) {
                            return List.of();
                        }
                        String wanted = %s.trim();
                        return %s.findAll().stream()
                                .filter(%s -> wanted.equalsIgnoreCase(%s.%s()))
                                .map(%s::from)
                                .toList();
                    }
                    """.formatted(dto, field.capitalized(), field.name(), field.name(), field.name(), field.name(),
                    repo, a.variable(), a.variable(), field.getter(), dto));
        }

        private Member top() {
            Field amount = a.amount();
            return Member.named("topBy" + amount.capitalized()).imports("java.util.Comparator").text("""
                    @Transactional(readOnly = true)
                    public List<%s> topBy%s(int limit) {
                        if (limit <= 0) {
                            throw new IllegalArgumentException("limit must be positive");
                        }
                        return %s.findAll().stream()
                                .filter(%s -> %s.%s() != null)
                                .sorted(Comparator.comparing(%s::%s).reversed())
                                .limit(Math.min(limit, MAX_PAGE_SIZE))
                                .map(%s::from)
                                .toList();
                    }
                    """.formatted(dto, amount.capitalized(), repo, a.variable(), a.variable(), amount.getter(),
                    a.name(), amount.getter(), dto));
        }

        private Member summaryFor() {
            Field owner = a.owner();
            Field amount = a.amount();
            return Member.named("summaryFor").imports("java.math.BigDecimal", "java.util.LinkedHashMap",
                    "java.util.Map").text("""
                    @Transactional(readOnly = true)
                    public Map<String, Object> summaryFor(Long %s) {
                        List<%s> owned = %s.findAll().stream()
                                .filter(%s -> %s.equals(%s.%s()))
                                .toList();
                        BigDecimal %s = BigDecimal.ZERO;
                        int open = 0;
                        for (%s %s : owned) {
                            if (%s.%s() != null) {
                                %s = %s.add(%s.%s());
                            }
                            if (!"%s".equals(%s.getStatus())) {
                                open++;
                            }
                        }
                        Map<String, Object> summary = new LinkedHashMap<>();
                        summary.put("%s", %s);
                        summary.put("count", owned.size());
                        summary.put("open", open);
                        summary.put("%s", %s);
                        return summary;
                    }
                    """.formatted(owner.name(), a.name(), repo, a.variable(), owner.name(), a.variable(),
                    owner.getter(), amount.name(), a.name(), a.variable(), a.variable(), amount.getter(),
                    amount.name(), amount.name(), a.variable(), amount.getter(), a.terminalStatus(), a.variable(),
                    owner.name(), owner.name(), amount.name(), amount.name()));
        }

        private Member listFor() {
            Field owner = a.owner();
            return Member.named("listFor").imports("java.util.Comparator").text("""
                    @Transactional(readOnly = true)
                    public List<%s> listFor(Long %s, boolean includeClosed) {
                        return %s.findAll().stream()
                                .filter(%s -> %s.equals(%s.%s()))
                                .filter(%s -> includeClosed || !"%s".equals(%s.getStatus()))
                                .sorted(Comparator.comparing(%s::%s).reversed())
                                .map(%s::from)
                                .toList();
                    }
                    """.formatted(dto, owner.name(), repo, a.variable(), owner.name(), a.variable(), owner.getter(),
                    a.variable(), a.terminalStatus(), a.variable(), a.name(), a.created().getter(), dto));
        }

        private Member findByKey() {
            Field key = a.key();
            return Member.named("findBy" + key.capitalized()).text("""
                    @Transactional(readOnly = true)
                    public Optional<%s> findBy%s(String %s) {
                        if (%s == null || %s.isBlank()) {
                            return Optional.empty();
                        }
                        return %s.findBy%s(%s.trim()).map(%s::from);
                    }
                    """.formatted(dto, key.capitalized(), key.name(), key.name(), key.name(), repo, key.capitalized(),
                    key.name(), dto));
        }

        private Member existsByKey() {
            Field key = a.key();
            return Member.named("exists" + key.capitalized()).text("""
                    @Transactional(readOnly = true)
                    public boolean exists%s(String %s) {
                        return %s != null && %s.findBy%s(%s).isPresent();
                    }
                    """.formatted(key.capitalized(), key.name(), key.name(), repo, key.capitalized(), key.name()));
        }

        private Member updateExtra() {
            Field field = choices.pick(a.extras());
            if (!field.type().equals("String")) {
                return null;
            }
            return Member.named("update" + field.capitalized()).text("""
                    @Transactional
                    public %s update%s(Long id, String %s) {
                        %s %s = %s.findById(id)
                                .orElseThrow(() -> new NoSuchElementException("%s " + id + " not found"));
                        String value = %s == null ? null : %s.strip();
                        if (value != null && value.length() > 255) {
                            throw new IllegalArgumentException("%s is too long");
                        }
                        %s.%s(value);
                        %s.%s(Instant.now(clock));
                        log.debug("Updated %s of %s {}", id);
                        return %s.from(%s.save(%s));
                    }
                    """.formatted(dto, field.capitalized(), field.name(), a.name(), a.variable(), repo, title,
                    field.name(), field.name(), field.name(), a.variable(), field.setter(), a.variable(),
                    a.updated().setter(), Text.words(field.name()), a.words(), dto, repo, a.variable()));
        }

        private Member archiveAll() {
            return Member.named("archiveAll").imports("java.util.ArrayList").text("""
                    @Transactional
                    public int archiveAll(List<Long> ids) {
                        List<%s> changed = new ArrayList<>();
                        Instant now = Instant.now(clock);
                        for (%s %s : %s.findAllById(ids)) {
                            if ("%s".equals(%s.getStatus())) {
                                continue;
                            }
                            %s.setStatus("%s");
                            %s.%s(now);
                            changed.add(%s);
                        }
                        %s.saveAll(changed);
                        log.info("Archived {} of {} %s", changed.size(), ids.size());
                        return changed.size();
                    }
                    """.formatted(a.name(), a.name(), a.variable(), repo, a.terminalStatus(), a.variable(),
                    a.variable(), a.terminalStatus(), a.variable(), a.updated().setter(), a.variable(), repo,
                    Text.plural(a.words())));
        }

        private Member statistics() {
            Field quantity = a.quantity();
            return Member.named("statistics").imports("java.util.IntSummaryStatistics", "java.util.Objects")
                    .text("""
                    @Transactional(readOnly = true)
                    public IntSummaryStatistics %sStatistics() {
                        return %s.findAll().stream()
                                .map(%s::%s)
                                .filter(Objects::nonNull)
                                .mapToInt(Integer::intValue)
                                .summaryStatistics();
                    }
                    """.formatted(quantity.name(), repo, a.name(), quantity.getter()));
        }

        private Member findByStatus() {
            return Member.named("findByStatus").text("""
                    @Transactional(readOnly = true)
                    public List<%s> findByStatus(String status, int limit) {
                        return %s.findByStatus(status, Math.min(limit, MAX_PAGE_SIZE)).stream()
                                .map(%s::from)
                                .toList();
                    }
                    """.formatted(dto, dao, dto));
        }

        private Member countInStatus() {
            return Member.named("countInStatus").text("""
                    @Transactional(readOnly = true)
                    public long countInStatus(String status) {
                        long count = %s.countByStatus(status);
                        log.debug("{} %s in status {}", count, status);
                        return count;
                    }
                    """.formatted(dao, Text.plural(a.words())));
        }
    }
}
