package dev.backlint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code @RestController} classes: handlers taking {@code @PathVariable}, {@code @RequestParam}
 * and {@code @RequestBody}, returning DTOs, entities or maps, calling the service; some report
 * endpoints query the database directly.
 */
final class ControllerSource {

    private final Choices choices;

    ControllerSource(Choices choices) {
        this.choices = choices;
    }

    JavaFile generate(SourceModule module, Aggregate a, int target) {
        return new ControllerFile(module, a).build(target);
    }

    /** One controller being generated. */
    private final class ControllerFile {

        private final SourceModule module;
        private final Aggregate a;
        private final JavaFile file;
        private final String service;
        private final String repo;
        private final boolean reports;
        private final boolean entities;

        ControllerFile(SourceModule module, Aggregate a) {
            this.module = module;
            this.a = a;
            this.file = JavaFile.main(FileKind.CONTROLLER, module, "web", a.controller());
            this.service = Text.decap(a.service());
            this.repo = Text.decap(a.repository());
            this.reports = choices.chance(0.15);
            this.entities = choices.chance(0.2);
        }

        JavaFile build(int target) {
            file.imports("java.net.URI", "java.util.List", "jakarta.validation.Valid", "org.slf4j.Logger",
                    "org.slf4j.LoggerFactory", "org.springframework.http.ResponseEntity",
                    "org.springframework.web.bind.annotation.GetMapping",
                    "org.springframework.web.bind.annotation.PathVariable",
                    "org.springframework.web.bind.annotation.PostMapping",
                    "org.springframework.web.bind.annotation.RequestBody",
                    "org.springframework.web.bind.annotation.RequestMapping",
                    "org.springframework.web.bind.annotation.RequestParam",
                    "org.springframework.web.bind.annotation.RestController");
            file.importFrom(module.pkg("model"), a.dto());
            file.importFrom(module.pkg("model"), a.createInput());
            file.importFrom(module.pkg("service"), a.service());
            file.declaration("""
                    /**
                     * The HTTP API for %s.
                     */
                    @RestController
                    @RequestMapping("%s")
                    public class %s {
                    """.formatted(Text.plural(a.words()), a.path(), a.controller()));
            file.constant("private static final Logger log = LoggerFactory.getLogger(%s.class);"
                    .formatted(a.controller()));
            boolean counting = choices.bug(Bug.MUTABLE_STATIC);
            if (counting) {
                file.constant("private static long requestsServed;");
            }
            constructor();
            core(counting);
            List<Supplier<Member>> templates = new ArrayList<>(List.of(this::updateStatus, this::delete,
                    this::countByStatus, this::total, this::latest, this::search, this::export, this::createAll,
                    this::notFound, this::badRequest, this::summary, this::byOwner, this::filterByExtra, this::top,
                    this::ownerSummary, this::importAll, this::closeStale, this::reconcile, this::statuses,
                    this::countInStatus, this::head, this::getByKey, this::page, this::validate, this::conditionalGet,
                    this::missingParameter));
            if (reports) {
                templates.add(this::report);
                templates.add(this::reportByOwner);
            }
            if (entities) {
                templates.add(this::entity);
            }
            Filler.fill(file, target, choices, templates, member -> a.controllerMethods.add(member.name()));
            return file;
        }

        private void constructor() {
            List<String> parameters = new ArrayList<>(List.of(a.service() + " " + service));
            file.field("private final %s %s;".formatted(a.service(), service));
            if (reports) {
                file.imports("org.springframework.jdbc.core.JdbcTemplate", "java.util.Map");
                file.field("private final JdbcTemplate jdbcTemplate;");
                parameters.add("JdbcTemplate jdbcTemplate");
            }
            if (entities) {
                file.importFrom(module.pkg("repository"), a.repository());
                file.field("private final %s %s;".formatted(a.repository(), repo));
                parameters.add(a.repository() + " " + repo);
            }
            StringBuilder assignments = new StringBuilder();
            for (String parameter : parameters) {
                String name = parameter.substring(parameter.indexOf(' ') + 1);
                assignments.append("    this.").append(name).append(" = ").append(name).append(";\n");
                a.controllerDependencies.add(parameter.substring(0, parameter.indexOf(' ')));
            }
            String head = "    public " + a.controller() + "(";
            file.add(Member.named(a.controller() + "()").text("""
                    public %s(%s) {
                    %s}
                    """.formatted(a.controller(), Text.wrap(parameters, head.length(), 8, ") {"), assignments)));
        }

        private void core(boolean counting) {
            add(Member.named("get").text("""
                    @GetMapping("/{id}")
                    public ResponseEntity<%s> get(@PathVariable Long id) {
                        return %s.findById(id)
                                .map(ResponseEntity::ok)
                                .orElseGet(() -> ResponseEntity.notFound().build());
                    }
                    """.formatted(a.dto(), service)));
            add(Member.named("list").text("""
                    @GetMapping
                    public List<%s> list(@RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "20") int size) {
                    %s    return %s.list(page, size);
                    }
                    """.formatted(a.dto(), counting ? "    requestsServed++;\n" : "", service)));
            add(Member.named("create").text("""
                    @PostMapping
                    public ResponseEntity<%s> create(@Valid @RequestBody %s request) {
                        %s created = %s.create(request);
                        log.info("Created %s {}", created.id());
                        return ResponseEntity.created(URI.create("%s/" + created.id())).body(created);
                    }
                    """.formatted(a.dto(), a.createInput(), a.dto(), service, a.words(), a.path())));
        }

        private void add(Member member) {
            file.add(member);
            a.controllerMethods.add(member.name());
        }

        private boolean serviceHas(String method) {
            return a.serviceMethods.contains(method);
        }

        private Member updateStatus() {
            if (!serviceHas("updateStatus")) {
                return null;
            }
            return Member.named("updateStatus").imports("org.springframework.web.bind.annotation.PatchMapping")
                    .text("""
                    @PatchMapping("/{id}/status")
                    public %s updateStatus(@PathVariable Long id, @RequestParam String status) {
                        return %s.updateStatus(id, status);
                    }
                    """.formatted(a.dto(), service));
        }

        private Member delete() {
            if (!serviceHas("delete")) {
                return null;
            }
            return Member.named("delete").imports("org.springframework.http.HttpStatus",
                    "org.springframework.web.bind.annotation.DeleteMapping",
                    "org.springframework.web.bind.annotation.ResponseStatus").text("""
                    @DeleteMapping("/{id}")
                    @ResponseStatus(HttpStatus.NO_CONTENT)
                    public void delete(@PathVariable Long id) {
                        %s.delete(id);
                    }
                    """.formatted(service));
        }

        private Member countByStatus() {
            if (!serviceHas("countByStatus")) {
                return null;
            }
            return Member.named("countByStatus").imports("java.util.Map").text("""
                    @GetMapping("/stats/status")
                    public Map<String, Long> countByStatus() {
                        return %s.countByStatus();
                    }
                    """.formatted(service));
        }

        private Member total() {
            Field amount = a.amount();
            Field owner = a.owner();
            if (!serviceHas("total" + amount.capitalized() + "For")) {
                return null;
            }
            return Member.named("total").imports("java.util.Map").text("""
                    @GetMapping("/%s/{%s}")
                    public Map<String, Object> total(@PathVariable Long %s) {
                        return Map.of("%s", %s, "%s", %s.total%sFor(%s));
                    }
                    """.formatted(Text.kebab(Text.plural(amount.name())), owner.name(), owner.name(), owner.name(),
                    owner.name(), amount.name(), service, amount.capitalized(), owner.name()));
        }

        private Member latest() {
            if (!serviceHas("latestFor")) {
                return null;
            }
            Field owner = a.owner();
            return Member.named("latest").text("""
                    @GetMapping("/latest")
                    public ResponseEntity<%s> latest(@RequestParam Long %s) {
                        return ResponseEntity.of(%s.latestFor(%s));
                    }
                    """.formatted(a.dto(), owner.name(), service, owner.name()));
        }

        private Member search() {
            Field key = a.key();
            String csv = choices.bug(Bug.STRING_IDENTITY) ? "format == \"csv\"" : "\"csv\".equalsIgnoreCase(format)";
            return Member.named("search").imports("java.util.Locale").text("""
                    @GetMapping("/search")
                    public ResponseEntity<?> search(@RequestParam String q,
                            @RequestParam(defaultValue = "json") String format,
                            @RequestParam(defaultValue = "20") int limit) {
                        String term = q.trim().toLowerCase(Locale.ROOT);
                        List<%s> found = %s.list(0, 200).stream()
                                .filter(item -> item.%s() != null)
                                .filter(item -> item.%s().toLowerCase(Locale.ROOT).contains(term))
                                .limit(limit)
                                .toList();
                        if (%s) {
                            StringBuilder csv = new StringBuilder("id,%s,status");
                            for (%s item : found) {
                                csv.append(System.lineSeparator())
                                        .append(item.id()).append(',')
                                        .append(item.%s()).append(',')
                                        .append(item.status());
                            }
                            return ResponseEntity.ok().header("Content-Type", "text/csv").body(csv.toString());
                        }
                        return ResponseEntity.ok(found);
                    }
                    """.formatted(a.dto(), service, key.name(), key.name(), csv, key.column(), a.dto(), key.name()));
        }

        private Member export() {
            String status = choices.pick(a.statuses());
            return Member.named("export").text("""
                    @GetMapping(value = "/export", produces = "text/csv")
                    public String export(@RequestParam(defaultValue = "%s") String status,
                            @RequestParam(defaultValue = "0") int page) {
                        StringBuilder csv = new StringBuilder("id,%s,status,%s");
                        for (%s item : %s.list(page, 100)) {
                            if (!status.equals(item.status())) {
                                continue;
                            }
                            csv.append(System.lineSeparator())
                                    .append(item.id()).append(',')
                                    .append(item.%s()).append(',')
                                    .append(item.status()).append(',')
                                    .append(item.%s() == null ? "" : item.%s().toPlainString());
                        }
                        return csv.toString();
                    }
                    """.formatted(status, a.key().column(), a.amount().column(), a.dto(), service, a.key().name(),
                    a.amount().name(), a.amount().name()));
        }

        private Member createAll() {
            return Member.named("createAll").imports("java.util.ArrayList").text("""
                    @PostMapping("/bulk")
                    public ResponseEntity<List<%s>> createAll(@Valid @RequestBody List<%s> requests) {
                        if (requests.size() > %s) {
                            return ResponseEntity.badRequest().build();
                        }
                        List<%s> created = new ArrayList<>();
                        for (%s request : requests) {
                            created.add(%s.create(request));
                        }
                        log.info("Created {} %s in bulk", created.size());
                        return ResponseEntity.ok(created);
                    }
                    """.formatted(a.dto(), a.createInput(), choices.pick("100", "500", "1000"), a.dto(),
                    a.createInput(), service, Text.plural(a.words())));
        }

        private Member notFound() {
            return Member.named("notFound").imports("java.util.Map", "java.util.NoSuchElementException",
                    "org.springframework.http.HttpStatus",
                    "org.springframework.web.bind.annotation.ExceptionHandler").text("""
                    @ExceptionHandler(NoSuchElementException.class)
                    public ResponseEntity<Map<String, String>> notFound(NoSuchElementException e) {
                        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
                    }
                    """);
        }

        private Member badRequest() {
            return Member.named("badRequest").imports("java.util.Map",
                    "org.springframework.web.bind.annotation.ExceptionHandler").text("""
                    @ExceptionHandler(IllegalArgumentException.class)
                    public ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
                        log.debug("Rejected %s request: {}", e.getMessage());
                        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
                    }
                    """.formatted(a.words()));
        }

        private Member summary() {
            if (!serviceHas("describe")) {
                return null;
            }
            return Member.named("summary").imports("java.util.Map",
                    "org.springframework.web.bind.annotation.RequestHeader").text("""
                    @GetMapping("/{id}/summary")
                    public Map<String, Object> summary(@PathVariable Long id,
                            @RequestHeader(value = "X-Request-Id", required = false) String requestId) {
                        if (requestId != null) {
                            log.debug("Summary of %s {} for request {}", id, requestId);
                        }
                        return Map.of("id", id, "text", %s.describe(id));
                    }
                    """.formatted(a.words(), service));
        }

        private Member byOwner() {
            Field owner = a.owner();
            if (!serviceHas("latestFor")) {
                return null;
            }
            return Member.named("byOwner").text("""
                    @GetMapping("/by-%s/{%s}/latest")
                    public ResponseEntity<%s> byOwner(@PathVariable Long %s) {
                        log.debug("Latest %s of %s {}", %s);
                        return %s.latestFor(%s)
                                .map(ResponseEntity::ok)
                                .orElseGet(() -> ResponseEntity.noContent().build());
                    }
                    """.formatted(Text.kebab(owner.name()), owner.name(), a.dto(), owner.name(), a.words(),
                    Text.words(owner.name()), owner.name(), service, owner.name()));
        }

        private Member filterByExtra() {
            for (Field field : a.extras()) {
                if (serviceHas("filterBy" + field.capitalized()) && !file.hasMember("filterBy" + field.capitalized())) {
                    return Member.named("filterBy" + field.capitalized()).text("""
                            @GetMapping(params = "%s")
                            public List<%s> filterBy%s(@RequestParam String %s) {
                                return %s.filterBy%s(%s);
                            }
                            """.formatted(field.name(), a.dto(), field.capitalized(), field.name(), service,
                            field.capitalized(), field.name()));
                }
            }
            return null;
        }

        private Member top() {
            Field amount = a.amount();
            if (!serviceHas("topBy" + amount.capitalized())) {
                return null;
            }
            return Member.named("top").text("""
                    @GetMapping("/top")
                    public List<%s> top(@RequestParam(defaultValue = "10") int limit) {
                        if (limit > 100) {
                            throw new IllegalArgumentException("limit must be at most 100");
                        }
                        return %s.topBy%s(limit);
                    }
                    """.formatted(a.dto(), service, amount.capitalized()));
        }

        private Member ownerSummary() {
            Field owner = a.owner();
            if (!serviceHas("summaryFor")) {
                return null;
            }
            return Member.named("ownerSummary").imports("java.util.Map").text("""
                    @GetMapping("/summary")
                    public Map<String, Object> ownerSummary(@RequestParam Long %s) {
                        Map<String, Object> summary = %s.summaryFor(%s);
                        if (summary.isEmpty()) {
                            log.info("No %s for %s {}", %s);
                        }
                        return summary;
                    }
                    """.formatted(owner.name(), service, owner.name(), Text.plural(a.words()),
                    Text.words(owner.name()), owner.name()));
        }

        private Member importAll() {
            if (!serviceHas("importAll")) {
                return null;
            }
            return Member.named("importAll").imports("java.util.Map").text("""
                    @PostMapping("/import")
                    public ResponseEntity<Map<String, Integer>> importAll(@RequestBody List<%s> items) {
                        if (items.isEmpty()) {
                            return ResponseEntity.badRequest().build();
                        }
                        Map<String, Integer> result = %s.importAll(items);
                        log.info("Imported %s: {}", result);
                        return ResponseEntity.ok(result);
                    }
                    """.formatted(a.createInput(), service, Text.plural(a.words())));
        }

        private Member closeStale() {
            if (!serviceHas("closeStale")) {
                return null;
            }
            return Member.named("closeStale").imports("java.time.Duration", "java.util.Map").text("""
                    @PostMapping("/maintenance/close-stale")
                    public Map<String, Integer> closeStale(@RequestParam(defaultValue = "%s") int days) {
                        if (days < 1) {
                            throw new IllegalArgumentException("days must be positive");
                        }
                        int closed = %s.closeStale(Duration.ofDays(days));
                        return Map.of("closed", closed);
                    }
                    """.formatted(choices.pick("7", "30", "90"), service));
        }

        private Member reconcile() {
            if (!serviceHas("reconcile")) {
                return null;
            }
            return Member.named("reconcile").text("""
                    @PostMapping("/reconcile")
                    public List<String> reconcile(@RequestBody List<%s> incoming) {
                        List<String> changed = %s.reconcile(incoming);
                        log.info("{} of {} %s changed", changed.size(), incoming.size());
                        return changed;
                    }
                    """.formatted(a.dto(), service, Text.plural(a.words())));
        }

        private Member statuses() {
            if (!serviceHas("labelFor")) {
                return null;
            }
            List<String> statuses = a.statuses();
            StringBuilder list = new StringBuilder();
            for (String status : statuses) {
                list.append(list.length() == 0 ? "" : ", ").append('"').append(status).append('"');
            }
            return Member.named("statuses").imports("java.util.LinkedHashMap", "java.util.Map").text("""
                    @GetMapping("/statuses")
                    public Map<String, String> statuses() {
                        Map<String, String> labels = new LinkedHashMap<>();
                        for (String status : List.of(%s)) {
                            labels.put(status, %s.labelFor(status));
                        }
                        return labels;
                    }
                    """.formatted(list, service));
        }

        private Member countInStatus() {
            if (!serviceHas("countInStatus")) {
                return null;
            }
            return Member.named("countInStatus").imports("java.util.Map").text("""
                    @GetMapping("/count")
                    public Map<String, Object> countInStatus(@RequestParam String status) {
                        return Map.of("status", status, "count", %s.countInStatus(status));
                    }
                    """.formatted(service));
        }

        private Member head() {
            return Member.named("head").imports("org.springframework.web.bind.annotation.RequestMethod").text("""
                    @RequestMapping(value = "/{id}", method = RequestMethod.HEAD)
                    public ResponseEntity<Void> head(@PathVariable Long id) {
                        return %s.findById(id).isPresent()
                                ? ResponseEntity.ok().build()
                                : ResponseEntity.notFound().build();
                    }
                    """.formatted(service));
        }

        private Member getByKey() {
            Field key = a.key();
            String lookup = serviceHas("findBy" + key.capitalized())
                    ? "%s.findBy%s(%s)".formatted(service, key.capitalized(), key.name())
                    : """
                    %s.list(0, 200).stream()
                                .filter(item -> %s.equals(item.%s()))
                                .findFirst()\
                    """.formatted(service, key.name(), key.name());
            return Member.named("getByKey").text("""
                    @GetMapping("/by-%s/{%s}")
                    public ResponseEntity<%s> getBy%s(@PathVariable String %s) {
                        return %s
                                .map(ResponseEntity::ok)
                                .orElseGet(() -> ResponseEntity.notFound().build());
                    }
                    """.formatted(Text.kebab(key.name()), key.name(), a.dto(), key.capitalized(), key.name(), lookup));
        }

        private Member page() {
            return Member.named("page").imports("java.util.LinkedHashMap", "java.util.Map").text("""
                    @GetMapping("/page")
                    public Map<String, Object> page(@RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "%s") int size) {
                        List<%s> items = %s.list(page, size + 1);
                        boolean hasMore = items.size() > size;
                        Map<String, Object> body = new LinkedHashMap<>();
                        body.put("items", hasMore ? items.subList(0, size) : items);
                        body.put("page", page);
                        body.put("size", size);
                        body.put("hasMore", hasMore);
                        return body;
                    }
                    """.formatted(choices.pick("20", "25", "50"), a.dto(), service));
        }

        private Member validate() {
            return Member.named("validate").imports("java.util.Map", "java.util.stream.Collectors",
                    "org.springframework.validation.BindingResult").text("""
                    @PostMapping("/validate")
                    public ResponseEntity<Map<String, String>> validate(@Valid @RequestBody %s request,
                            BindingResult result) {
                        if (!result.hasErrors()) {
                            return ResponseEntity.noContent().build();
                        }
                        Map<String, String> errors = result.getFieldErrors().stream()
                                .collect(Collectors.toMap(error -> error.getField(),
                                        error -> String.valueOf(error.getDefaultMessage()), (first, second) -> first));
                        return ResponseEntity.unprocessableEntity().body(errors);
                    }
                    """.formatted(a.createInput()));
        }

        private Member conditionalGet() {
            return Member.named("conditionalGet").imports("org.springframework.http.HttpStatus",
                    "org.springframework.web.bind.annotation.RequestHeader").text("""
                    @GetMapping("/{id}/cached")
                    public ResponseEntity<%s> conditionalGet(@PathVariable Long id,
                            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
                        return %s.findById(id).map(found -> {
                            String etag = "\\"" + Integer.toHexString(found.hashCode()) + "\\"";
                            if (etag.equals(ifNoneMatch)) {
                                return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).<%s>build();
                            }
                            return ResponseEntity.ok().eTag(etag).body(found);
                        }).orElseGet(() -> ResponseEntity.notFound().build());
                    }
                    """.formatted(a.dto(), service, a.dto()));
        }

        private Member missingParameter() {
            return Member.named("missingParameter").imports("java.util.Map",
                    "org.springframework.web.bind.MissingServletRequestParameterException",
                    "org.springframework.web.bind.annotation.ExceptionHandler").text("""
                    @ExceptionHandler(MissingServletRequestParameterException.class)
                    public ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException e) {
                        return ResponseEntity.badRequest().body(Map.of("error", "missing parameter " + e.getParameterName()));
                    }
                    """);
        }

        private Member report() {
            String columns = choices.bug(Bug.SELECT_STAR) ? "*" : a.columns(a.dtoFields());
            String query;
            String arguments;
            if (choices.bug(Bug.SQL_CONCATENATION)) {
                query = "\"SELECT %s FROM %s WHERE status = '\" + status + \"' ORDER BY %s DESC LIMIT \" + limit"
                        .formatted(columns, a.table(), a.created().column());
                arguments = "";
            } else {
                query = "\"SELECT %s FROM %s WHERE status = ? ORDER BY %s DESC LIMIT ?\""
                        .formatted(columns, a.table(), a.created().column());
                arguments = ", status, limit";
            }
            return Member.named("report").text("""
                    @GetMapping("/report")
                    public List<Map<String, Object>> report(@RequestParam String status,
                            @RequestParam(defaultValue = "100") int limit) {
                        return jdbcTemplate.queryForList(
                                %s%s);
                    }
                    """.formatted(query, arguments));
        }

        private Member reportByOwner() {
            Field owner = a.owner();
            Field amount = a.amount();
            String where = choices.bug(Bug.SQL_CONCATENATION)
                    ? "\"WHERE %s = \" + %s + \" GROUP BY status\")".formatted(owner.column(), owner.name())
                    : "\"WHERE %s = ? GROUP BY status\", %s)".formatted(owner.column(), owner.name());
            return Member.named("reportByOwner").text("""
                    @GetMapping("/report/%s")
                    public List<Map<String, Object>> reportByOwner(@RequestParam String %s) {
                        return jdbcTemplate.queryForList(
                                "SELECT status, COUNT(*) AS items, SUM(%s) AS %s FROM %s "
                                + %s;
                    }
                    """.formatted(Text.kebab(owner.name()), owner.name(), amount.column(), amount.column(),
                    a.table(), where));
        }

        private Member entity() {
            String lookup = choices.bug(Bug.OPTIONAL_GET)
                    ? "%s.findById(id).get()".formatted(repo)
                    : "%s.findById(id).orElseThrow()".formatted(repo);
            return Member.named("entity").imports(module.pkg("model") + "." + a.name()).text("""
                    @GetMapping("/{id}/entity")
                    public %s entity(@PathVariable Long id) {
                        return %s;
                    }
                    """.formatted(a.name(), lookup));
        }
    }
}
