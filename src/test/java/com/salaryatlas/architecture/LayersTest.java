package com.salaryatlas.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks src/main/java and holds the packages to one direction: each layer imports only layers below it,
 * features never import each other, and no two packages import each other through any path.
 */
class LayersTest {

    private static final Path SOURCES = Path.of("src/main/java/com/salaryatlas");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?com\\.salaryatlas\\.(\\w+)\\.", Pattern.MULTILINE);

    /** Bottom first. Packages on one rank (the features) may not import each other. */
    private static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry("dataset", 0),
            Map.entry("importer", 1), Map.entry("estimate", 1),
            Map.entry("explain", 2),
            Map.entry("data", 3),
            Map.entry("web", 4),
            Map.entry("figures", 5),
            Map.entry("articles", 6),
            Map.entry("roles", 7), Map.entry("guides", 7), Map.entry("compare", 7), Map.entry("calculator", 7),
            Map.entry("home", 7), Map.entry("seo", 7), Map.entry("reports", 7), Map.entry("opendata", 7),
            Map.entry("", 8));

    @Test
    void every_package_has_a_place_in_the_layers() throws IOException {
        Set<String> unplaced = new TreeSet<>(imports().keySet());
        unplaced.removeAll(RANK.keySet());
        assertEquals(Set.of(), unplaced, "add new packages to RANK");
    }

    @Test
    void each_package_imports_only_layers_below_it() throws IOException {
        assertEquals(List.of(), backPointing(imports()));
    }

    @Test
    void no_import_cycle_between_packages() throws IOException {
        assertEquals(List.of(), cycles(imports()));
    }

    @Test
    void the_spreadsheet_library_stays_inside_the_importer() throws IOException {
        List<String> users = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("import org.apache.poi") && !packageOf(file).equals("importer")) {
                    users.add(SOURCES.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), users);
    }

    @Test
    void the_checks_catch_a_back_pointing_import_and_a_cycle() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of(
                "dataset", Set.of("estimate"), "estimate", Set.of("dataset"), "roles", Set.of("home"), "home", Set.of()));
        assertEquals(List.of("dataset -> estimate", "roles -> home"), backPointing(graph));
        assertTrue(cycles(graph).contains("dataset -> estimate -> dataset"), cycles(graph).toString());
    }

    /** Package (relative to com.salaryatlas, "" for the root) → the packages of ours it imports. */
    private static Map<String, Set<String>> imports() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String from = packageOf(file);
                Set<String> targets = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    // An import of a root class (com.salaryatlas.AppConfig.X) names a class, not a package.
                    String to = Character.isUpperCase(m.group(1).charAt(0)) ? "" : m.group(1);
                    if (!to.equals(from)) {
                        targets.add(to);
                    }
                }
            }
        }
        return graph;
    }

    private static String packageOf(Path file) {
        Path dir = SOURCES.relativize(file).getParent();
        return dir == null ? "" : dir.toString().replace('/', '.');
    }

    private static List<String> backPointing(Map<String, Set<String>> graph) {
        List<String> wrong = new ArrayList<>();
        graph.forEach((from, targets) -> targets.forEach(to -> {
            if (RANK.getOrDefault(to, Integer.MAX_VALUE) >= RANK.getOrDefault(from, -1)) {
                wrong.add(from + " -> " + to);
            }
        }));
        return wrong;
    }

    /** Every cycle found by a depth-first walk, written as the path that closes it. */
    private static List<String> cycles(Map<String, Set<String>> graph) {
        List<String> found = new ArrayList<>();
        for (String start : graph.keySet()) {
            walk(graph, start, new ArrayList<>(List.of(start)), found);
        }
        return found;
    }

    private static void walk(Map<String, Set<String>> graph, String at, List<String> path, List<String> found) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(path.get(0))) {
                found.add(String.join(" -> ", path) + " -> " + next);
            } else if (!path.contains(next) && next.compareTo(path.get(0)) > 0) {
                path.add(next);
                walk(graph, next, path, found);
                path.remove(path.size() - 1);
            }
        }
    }
}
