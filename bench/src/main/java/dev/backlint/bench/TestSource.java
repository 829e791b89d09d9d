package dev.backlint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Test classes under {@code src/test/java}: Mockito service tests, MockMvc controller tests, JDBC DAO tests. */
final class TestSource {

    private static final String NOW = "Instant.parse(\"2024-03-01T10:15:30Z\")";

    private final Choices choices;

    TestSource(Choices choices) {
        this.choices = choices;
    }

    JavaFile serviceTest(SourceModule module, Aggregate a, int target) {
        String name = a.service() + "Test";
        JavaFile file = JavaFile.test(FileKind.SERVICE_TEST, module, "service", name);
        String repo = Text.decap(a.repository());
        file.staticImports("org.junit.jupiter.api.Assertions.assertEquals",
                "org.junit.jupiter.api.Assertions.assertThrows", "org.junit.jupiter.api.Assertions.assertTrue",
                "org.mockito.ArgumentMatchers.any", "org.mockito.Mockito.mock", "org.mockito.Mockito.verify",
                "org.mockito.Mockito.when");
        file.imports("java.time.Clock", "java.time.Instant", "java.time.ZoneOffset", "java.util.NoSuchElementException",
                "java.util.Optional", "org.junit.jupiter.api.Test");
        file.importFrom(module.pkg("model"), a.name());
        file.importFrom(module.pkg("model"), a.dto());
        file.importFrom(module.pkg("model"), a.createInput());
        file.importFrom(module.pkg("repository"), a.repository());
        file.declaration("class %s {\n".formatted(name));
        List<String> arguments = new ArrayList<>(List.of(repo));
        file.field("private final %s %s = mock(%s.class);".formatted(a.repository(), repo, a.repository()));
        if (a.hasDao()) {
            file.importFrom(module.pkg("dao"), a.dao());
            file.field("private final %s %s = mock(%s.class);".formatted(a.dao(), Text.decap(a.dao()), a.dao()));
            arguments.add(Text.decap(a.dao()));
        }
        file.field("private final Clock clock = Clock.fixed(%s, ZoneOffset.UTC);".formatted(NOW));
        arguments.add("clock");
        file.field("private final %s service = new %s(%s);".formatted(a.service(), a.service(),
                String.join(", ", arguments)));

        file.add(Member.named("findById").text("""
                @Test
                void findByIdMapsTheEntity() {
                    when(%s.findById(42L)).thenReturn(Optional.of(sample(42L)));

                    Optional<%s> found = service.findById(42L);

                    assertTrue(found.isPresent());
                    assertEquals(42L, found.get().id());
                }
                """.formatted(repo, a.dto())));
        file.add(Member.named("getById").text("""
                @Test
                void getByIdFailsForAnUnknownId() {
                    when(%s.findById(7L)).thenReturn(Optional.empty());

                    assertThrows(NoSuchElementException.class, () -> service.getById(7L));
                }
                """.formatted(repo)));
        file.add(Member.named("create").text("""
                @Test
                void createSavesANew%s() {
                    when(%s.save(any(%s.class))).thenAnswer(invocation -> invocation.getArgument(0));

                    %s created = service.create(%s);

                    assertEquals("%s", created.status());
                    verify(%s).save(any(%s.class));
                }
                """.formatted(a.name(), repo, a.name(), a.dto(), createArgument(a, file),
                a.initialStatus(), repo, a.name())));
        file.addClosing(sample(a, file));

        List<Supplier<Member>> templates = new ArrayList<>();
        templates.add(() -> serviceCase(a, "countByStatus", """
                @Test
                void countByStatusCountsEveryStatus() {
                    when(%s.findAll()).thenReturn(List.of(sample(1L), sample(2L)));

                    Map<String, Long> counts = service.countByStatus();

                    assertEquals(Map.of("%s", 2L), counts);
                }
                """.formatted(repo, a.initialStatus()), "java.util.List", "java.util.Map"));
        templates.add(() -> serviceCase(a, "updateStatus", """
                @Test
                void updateStatusRejectsA%s() {
                    %s closed = sample(3L);
                    closed.setStatus("%s");
                    when(%s.findById(3L)).thenReturn(Optional.of(closed));

                    assertThrows(IllegalStateException.class, () -> service.updateStatus(3L, "%s"));
                }
                """.formatted(Text.camel(a.terminalStatus()), a.name(), a.terminalStatus(), repo, a.terminalStatus(),
                a.initialStatus())));
        templates.add(() -> serviceCase(a, "labelFor", """
                @Test
                void labelsTheFirstStatusAsWaiting() {
                    assertEquals("Waiting", service.labelFor("%s"));
                    assertEquals("Closed", service.labelFor("%s"));
                }
                """.formatted(a.initialStatus(), a.terminalStatus())));
        templates.add(() -> serviceCase(a, "delete", """
                @Test
                void deleteFailsForAnUnknownId() {
                    when(%s.existsById(9L)).thenReturn(false);

                    assertThrows(NoSuchElementException.class, () -> service.delete(9L));
                }
                """.formatted(repo)));
        templates.add(() -> serviceCase(a, "latestFor", """
                @Test
                void latestForIsEmptyWithoutData() {
                    when(%s.findAll()).thenReturn(List.of());

                    assertTrue(service.latestFor(99L).isEmpty());
                }
                """.formatted(repo), "java.util.List"));
        templates.add(() -> serviceCase(a, "total" + a.amount().capitalized() + "For", """
                @Test
                void total%sForSkipsOtherOwners() {
                    %s mine = sample(1L);
                    %s theirs = sample(2L);
                    theirs.%s(999L);
                    when(%s.findAll()).thenReturn(List.of(mine, theirs));

                    assertEquals(new BigDecimal("19.90"), service.total%sFor(mine.%s()));
                }
                """.formatted(a.amount().capitalized(), a.name(), a.name(), a.owner().setter(), repo,
                a.amount().capitalized(), a.owner().getter()), "java.math.BigDecimal", "java.util.List"));
        templates.add(() -> serviceCase(a, "isDuplicate", """
                @Test
                void recognisesDuplicates() {
                    %s first = %s.from(sample(1L));
                    %s second = %s.from(sample(1L));

                    assertTrue(service.isDuplicate(first, second));
                }
                """.formatted(a.dto(), a.dto(), a.dto(), a.dto())));
        templates.add(() -> serviceCase(a, "importAll", """
                @Test
                void importOfNothingCreatesNothing() {
                    Map<String, Integer> result = service.importAll(List.of());

                    assertEquals(Map.of("created", 0, "failed", 0), result);
                }
                """, "java.util.List", "java.util.Map"));
        templates.add(() -> serviceCase(a, "topBy" + a.amount().capitalized(), """
                @Test
                void topBy%sRejectsANonPositiveLimit() {
                    assertThrows(IllegalArgumentException.class, () -> service.topBy%s(0));
                }
                """.formatted(a.amount().capitalized(), a.amount().capitalized())));
        templates.add(() -> serviceCase(a, "exists" + a.key().capitalized(), """
                @Test
                void exists%sAsksTheRepository() {
                    when(%s.findBy%s("%s-1")).thenReturn(Optional.of(sample(1L)));

                    assertTrue(service.exists%s("%s-1"));
                }
                """.formatted(a.key().capitalized(), repo, a.key().capitalized(), Text.kebab(a.key().name()),
                a.key().capitalized(), Text.kebab(a.key().name()))));
        templates.add(() -> serviceCase(a, "findBy" + a.key().capitalized(), """
                @Test
                void findBy%sIgnoresABlankValue() {
                    assertTrue(service.findBy%s("  ").isEmpty());
                }
                """.formatted(a.key().capitalized(), a.key().capitalized())));
        templates.add(() -> serviceCase(a, "archiveAll", """
                @Test
                void archiveAllSkipsWhatIsArchivedAlready() {
                    %s archived = sample(2L);
                    archived.setStatus("%s");
                    when(%s.findAllById(List.of(1L, 2L))).thenReturn(List.of(sample(1L), archived));

                    assertEquals(1, service.archiveAll(List.of(1L, 2L)));
                }
                """.formatted(a.name(), a.terminalStatus(), repo), "java.util.List"));
        templates.add(() -> serviceCase(a, "summaryFor", """
                @Test
                void summaryForCountsTheOwnersItems() {
                    when(%s.findAll()).thenReturn(List.of(sample(1L), sample(2L)));

                    Map<String, Object> summary = service.summaryFor(101L);

                    assertEquals(1, summary.get("count"));
                }
                """.formatted(repo), "java.util.List", "java.util.Map"));
        templates.add(() -> serviceCase(a, "describe", """
                @Test
                void describeStartsWithTheKind() {
                    when(%s.findById(4L)).thenReturn(Optional.of(sample(4L)));

                    assertTrue(service.describe(4L).startsWith("%s "));
                }
                """.formatted(repo, Text.cap(a.words()))));
        Filler.fill(file, target, choices, templates);
        return file;
    }

    private static Member serviceCase(Aggregate a, String method, String text, String... imports) {
        if (!a.serviceMethods.contains(method)) {
            return null;
        }
        return Member.named(method).imports(imports).text(text);
    }

    private static String createArgument(Aggregate a, JavaFile file) {
        List<Field> fields = a.hasRequest() ? a.requestFields() : a.dtoFields();
        StringBuilder arguments = new StringBuilder();
        for (Field field : fields) {
            file.imports(Types.imports(field.type()));
            String value = field == a.status() ? "\"" + a.initialStatus() + "\"" : Types.sample(field, 5);
            arguments.append(arguments.length() == 0 ? "" : ", ").append(value);
        }
        return "new %s(%s)".formatted(a.createInput(), arguments);
    }

    private static Member sample(Aggregate a, JavaFile file) {
        file.imports("java.math.BigDecimal");
        String var = a.variable();
        return Member.named("sample").text("""
                private static %s sample(long id) {
                    %s %s = new %s("%s-" + id, 100L + id, "%s");
                    %s.setId(id);
                    %s.%s(new BigDecimal("19.90"));
                    %s.%s(%s);
                    return %s;
                }
                """.formatted(a.name(), a.name(), var, a.name(), Text.kebab(a.key().name()), a.initialStatus(), var,
                var, a.amount().setter(), var, a.created().setter(), NOW, var));
    }

    JavaFile controllerTest(SourceModule module, Aggregate a, int target) {
        String name = a.controller() + "Test";
        String service = Text.decap(a.service());
        String path = a.path();
        JavaFile file = JavaFile.test(FileKind.CONTROLLER_TEST, module, "web", name);
        file.staticImports("org.mockito.ArgumentMatchers.any", "org.mockito.Mockito.when",
                "org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get",
                "org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post",
                "org.springframework.test.web.servlet.result.MockMvcResultMatchers.header",
                "org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath",
                "org.springframework.test.web.servlet.result.MockMvcResultMatchers.status");
        file.imports("java.util.Map", "java.util.Optional", "com.fasterxml.jackson.databind.ObjectMapper",
                "org.junit.jupiter.api.Test", "org.springframework.beans.factory.annotation.Autowired",
                "org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest",
                "org.springframework.boot.test.mock.mockito.MockBean", "org.springframework.http.MediaType",
                "org.springframework.test.web.servlet.MockMvc");
        file.importFrom(module.pkg("model"), a.dto());
        file.importFrom(module.pkg("service"), a.service());
        file.declaration("""
                @WebMvcTest(%s.class)
                class %s {
                """.formatted(a.controller(), name));
        file.field("@Autowired\nprivate MockMvc mockMvc;");
        file.field("@Autowired\nprivate ObjectMapper objectMapper;");
        file.field("@MockBean\nprivate %s %s;".formatted(a.service(), service));
        for (String dependency : a.controllerDependencies) {
            if (dependency.equals("JdbcTemplate")) {
                file.imports("org.springframework.jdbc.core.JdbcTemplate");
                file.field("@MockBean\nprivate JdbcTemplate jdbcTemplate;");
            } else if (dependency.equals(a.repository())) {
                file.importFrom(module.pkg("repository"), a.repository());
                file.field("@MockBean\nprivate %s %s;".formatted(a.repository(), Text.decap(a.repository())));
            }
        }

        file.add(Member.named("get").text("""
                @Test
                void getReturnsTheDto() throws Exception {
                    when(%s.findById(42L)).thenReturn(Optional.of(sampleDto(42L)));

                    mockMvc.perform(get("%s/42"))
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$.id").value(42));
                }
                """.formatted(service, path)));
        file.add(Member.named("getMissing").text("""
                @Test
                void getAnswers404ForAnUnknownId() throws Exception {
                    when(%s.findById(7L)).thenReturn(Optional.empty());

                    mockMvc.perform(get("%s/7"))
                            .andExpect(status().isNotFound());
                }
                """.formatted(service, path)));
        file.add(Member.named("create").text("""
                @Test
                void createAnswers201WithTheLocation() throws Exception {
                    when(%s.create(any())).thenReturn(sampleDto(5L));
                    String body = objectMapper.writeValueAsString(Map.of("%s", "%s-5", "%s", 3));

                    mockMvc.perform(post("%s").contentType(MediaType.APPLICATION_JSON).content(body))
                            .andExpect(status().isCreated())
                            .andExpect(header().string("Location", "%s/5"));
                }
                """.formatted(service, a.key().name(), Text.kebab(a.key().name()), a.owner().name(), path, path)));
        file.addClosing(sampleDto(a, file));

        List<Supplier<Member>> templates = new ArrayList<>();
        templates.add(() -> controllerCase(a, "list", """
                @Test
                void listPassesThePaging() throws Exception {
                    when(%s.list(1, 5)).thenReturn(List.of(sampleDto(1L)));

                    mockMvc.perform(get("%s").param("page", "1").param("size", "5"))
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$[0].id").value(1));
                }
                """.formatted(service, path)));
        templates.add(() -> controllerCase(a, "countByStatus", """
                @Test
                void statsCountByStatus() throws Exception {
                    when(%s.countByStatus()).thenReturn(Map.of("%s", 3L));

                    mockMvc.perform(get("%s/stats/status"))
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$.%s").value(3));
                }
                """.formatted(service, a.initialStatus(), path, a.initialStatus())));
        templates.add(() -> controllerCase(a, "delete", """
                @Test
                void deleteAnswers204() throws Exception {
                    mockMvc.perform(delete("%s/9"))
                            .andExpect(status().isNoContent());
                }
                """.formatted(path), "org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete"));
        templates.add(() -> controllerCase(a, "export", """
                @Test
                void exportWritesCsv() throws Exception {
                    when(%s.list(0, 100)).thenReturn(List.of(sampleDto(1L)));

                    mockMvc.perform(get("%s/export").param("status", "%s"))
                            .andExpect(status().isOk());
                }
                """.formatted(service, path, a.initialStatus())));
        templates.add(() -> controllerCase(a, "search", """
                @Test
                void searchFindsByTerm() throws Exception {
                    when(%s.list(0, 200)).thenReturn(List.of(sampleDto(1L), sampleDto(2L)));

                    mockMvc.perform(get("%s/search").param("q", "%s-1"))
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$.length()").value(1));
                }
                """.formatted(service, path, Text.kebab(a.key().name()))));
        Field owner = a.owner();
        templates.add(() -> controllerCase(a, "latest", """
                @Test
                void latestAnswers404WithoutData() throws Exception {
                    when(%s.latestFor(3L)).thenReturn(Optional.empty());

                    mockMvc.perform(get("%s/latest").param("%s", "3"))
                            .andExpect(status().isNotFound());
                }
                """.formatted(service, path, owner.name())));
        templates.add(() -> controllerCase(a, "updateStatus", """
                @Test
                void updateStatusReturnsTheDto() throws Exception {
                    when(%s.updateStatus(9L, "%s")).thenReturn(sampleDto(9L));

                    mockMvc.perform(patch("%s/9/status").param("status", "%s"))
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$.id").value(9));
                }
                """.formatted(service, a.terminalStatus(), path, a.terminalStatus()),
                "org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch"));
        templates.add(() -> controllerCase(a, "statuses", """
                @Test
                void statusesAreListed() throws Exception {
                    when(%s.labelFor(any())).thenReturn("Waiting");

                    mockMvc.perform(get("%s/statuses"))
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$.%s").value("Waiting"));
                }
                """.formatted(service, path, a.initialStatus())));
        templates.add(() -> a.controllerMethods.contains("badRequest") ? controllerCase(a, "top", """
                @Test
                void topRejectsALargeLimit() throws Exception {
                    mockMvc.perform(get("%s/top").param("limit", "500"))
                            .andExpect(status().isBadRequest());
                }
                """.formatted(path)) : null);
        Filler.fill(file, target, choices, templates);
        return file;
    }

    private static Member controllerCase(Aggregate a, String method, String text, String... staticImports) {
        if (!a.controllerMethods.contains(method)) {
            return null;
        }
        Member member = Member.named(method).staticImports(staticImports).text(text);
        return text.contains("List.of(") ? member.imports("java.util.List") : member;
    }

    private static Member sampleDto(Aggregate a, JavaFile file) {
        StringBuilder arguments = new StringBuilder();
        for (Field field : a.dtoFields()) {
            file.imports(Types.imports(field.type()));
            String value;
            if (field == a.id()) {
                value = "id";
            } else if (field == a.key()) {
                value = "\"%s-\" + id".formatted(Text.kebab(field.name()));
            } else if (field == a.status()) {
                value = "\"" + a.initialStatus() + "\"";
            } else {
                value = Types.sample(field, 3);
            }
            arguments.append(arguments.length() == 0 ? "" : ",\n            ").append(value);
        }
        return Member.named("sampleDto").text("""
                private static %s sampleDto(long id) {
                    return new %s(%s);
                }
                """.formatted(a.dto(), a.dto(), arguments));
    }

    JavaFile daoTest(SourceModule module, Aggregate a, int target) {
        String name = a.dao() + "Test";
        JavaFile file = JavaFile.test(FileKind.DAO_TEST, module, "dao", name);
        file.staticImports("org.junit.jupiter.api.Assertions.assertEquals",
                "org.junit.jupiter.api.Assertions.assertTrue");
        file.imports("java.sql.Timestamp", "java.time.Instant", "org.junit.jupiter.api.BeforeEach",
                "org.junit.jupiter.api.Test", "org.springframework.beans.factory.annotation.Autowired",
                "org.springframework.boot.test.autoconfigure.jdbc.JdbcTest",
                "org.springframework.jdbc.core.JdbcTemplate", "org.springframework.test.context.jdbc.Sql");
        file.declaration("""
                @JdbcTest
                @Sql("/db/%s.sql")
                class %s {
                """.formatted(a.table(), name));
        file.field("@Autowired\nprivate JdbcTemplate jdbcTemplate;");
        List<String> arguments = new ArrayList<>();
        for (String dependency : a.daoDependencies) {
            switch (dependency) {
                case "NamedParameterJdbcTemplate" -> {
                    file.imports("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate");
                    arguments.add("new NamedParameterJdbcTemplate(jdbcTemplate)");
                }
                case "DataSource" -> {
                    file.imports("javax.sql.DataSource");
                    file.field("@Autowired\nprivate DataSource dataSource;");
                    arguments.add("dataSource");
                }
                default -> arguments.add("jdbcTemplate");
            }
        }
        file.field("private %s dao;".formatted(a.dao()));
        file.add(Member.named("setUp").text("""
                @BeforeEach
                void setUp() {
                    dao = new %s(%s);
                }
                """.formatted(a.dao(), String.join(", ", arguments))));
        file.add(Member.named("findById").text("""
                @Test
                void findByIdIsEmptyForAnUnknownId() {
                    assertTrue(dao.findById(-1L).isEmpty());
                }
                """));
        file.add(Member.named("countByStatus").text("""
                @Test
                void countsTheRowsInAStatus() {
                    insertRow("%s-1", "%s");
                    insertRow("%s-2", "%s");
                    insertRow("%s-3", "%s");

                    assertEquals(2, dao.countByStatus("%s"));
                }
                """.formatted(a.key().name(), a.initialStatus(), a.key().name(), a.initialStatus(), a.key().name(),
                a.terminalStatus(), a.initialStatus())));
        file.addClosing(Member.named("insertRow").text("""
                private void insertRow(String %s, String status) {
                    Timestamp now = Timestamp.from(Instant.now());
                    jdbcTemplate.update(
                            "INSERT INTO %s (%s, %s, status, %s, %s) VALUES (?, ?, ?, ?, ?)",
                            %s, 1L, status, now, now);
                }
                """.formatted(a.key().name(), a.table(), a.key().column(), a.owner().column(), a.created().column(),
                a.updated().column(), a.key().name())));

        List<Supplier<Member>> templates = new ArrayList<>();
        templates.add(() -> Member.named("findByStatus").text("""
                @Test
                void findByStatusRespectsTheLimit() {
                    for (int i = 0; i < 5; i++) {
                        insertRow("%s-" + i, "%s");
                    }

                    assertEquals(3, dao.findByStatus("%s", 3).size());
                }
                """.formatted(a.key().name(), a.initialStatus(), a.initialStatus())));
        templates.add(() -> Member.named("rowsVisible").imports("java.util.List", "java.util.Map").text("""
                @Test
                void insertedRowsAreVisible() {
                    insertRow("%s-7", "%s");

                    List<Map<String, Object>> rows = jdbcTemplate.queryForList(
                            "SELECT %s FROM %s WHERE status = ?", "%s");

                    assertEquals(1, rows.size());
                }
                """.formatted(a.key().name(), a.initialStatus(),
                choices.chance(0.3) ? "*" : a.key().column() + ", status",
                a.table(), a.initialStatus())));
        templates.add(() -> Member.named("findByIdAfterInsert").text("""
                @Test
                void findByIdFindsAnInsertedRow() {
                    insertRow("%s-8", "%s");
                    Long id = jdbcTemplate.queryForObject("SELECT MAX(id) FROM %s", Long.class);

                    assertTrue(dao.findById(id).isPresent());
                }
                """.formatted(a.key().name(), a.initialStatus(), a.table())));
        Filler.fill(file, target, choices, templates);
        return file;
    }
}
