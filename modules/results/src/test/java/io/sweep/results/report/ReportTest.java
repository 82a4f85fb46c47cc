package io.sweep.results.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sweep.results.Json;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html from an output directory made by hand: what the manifest says shows, everything
 * from the user is escaped, pictures are embedded, nothing points to the network, and a missing or
 * corrupt manifest is refused with one line.
 */
class ReportTest {
    private static final String NASTY = "<b>&\"'";

    @TempDir
    Path tmp;

    @Test
    void everyTaskHasOneRowWithItsStatusAndTheTimelineOneRowPerWorker() throws Exception {
        Path dir = sweep(tmp.resolve("out"));
        String html = Files.readString(Report.write(dir));
        assertEquals(List.of("a=1:done", "a=2:failed", "a=3:kept", "a=4:interrupted", "a=5:planned"),
                matches(html, "<tr data-key=\"([^\"]+)\" data-status=\"([a-z]+)\"", m -> m.group(1) + ":" + m.group(2)));
        assertEquals(List.of("pid 11", "pid 12", "slurm 7_0"),
                matches(html, "class=\"timeline-row\" data-worker=\"([^\"]+)\"", m -> m.group(1)));
        assertEquals(4, count(html, "class=\"bar outcome-"), "one bar per attempt with a start time");
        assertTrue(html.contains("data-failure=\"crashed\""), "failures counted by class");
        assertTrue(html.contains("fails on purpose line 20"), "the failed task's log tail is shown");
        assertTrue(html.contains("<a href=\"manifest.json\">manifest.json</a>"), "the records are linked");
        assertEquals(List.of("h", "L2_error", "rate " + NASTY.replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;")), matches(excerpt(html, "id=\"convergence\""), "<th data-type=\"[a-z]+\">([^<]*)</th>",
                m -> m.group(1)), "convergence.csv's own columns");
        assertTrue(html.contains("<td data-sort=\"0.25\">0.25</td>"), "convergence rows");
        assertFalse(html.contains("line 5\n"), "only the last " + FailuresSection.LOG_LINES + " lines");
    }

    @Test
    void userTextIsEscapedAndThePageNeedsNoOtherFile() throws Exception {
        Path dir = sweep(tmp.resolve("out " + NASTY));
        String html = Files.readString(Report.write(dir));
        assertFalse(html.contains(NASTY), "raw user text in the page");
        assertFalse(html.contains("<b>&"), "user markup in the page");
        assertTrue(html.contains("out &lt;b&gt;&amp;\"'</code>"), "the path shows escaped: " + excerpt(html, "out-dir"));
        List<String> sources = matches(html, " src=\"([^\"]*)\"", m -> m.group(1));
        assertEquals(3, sources.size(), "norms.png and two field pictures");
        sources.forEach(s -> assertTrue(s.startsWith("data:image/png;base64,"), s));
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "a link to the network");
        assertFalse(html.contains("<link") || html.contains("<script src"), "an external style or script");
        assertTrue(html.contains("href=\"tasks/a%3D1/u.vtu\""), "the .vtu link, URI-encoded");
        assertTrue(html.contains("param &lt;b&gt;&amp;"), "a parameter name escaped");
    }

    @Test
    void aMissingOrCorruptManifestIsRefusedWithOneLineAndNothingWritten() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        ReportInputException missing = assertThrows(ReportInputException.class, () -> Report.write(empty));
        assertTrue(missing.getMessage().contains("manifest.json is missing"), missing.getMessage());
        Path file = Files.writeString(tmp.resolve("a file"), "not a directory");
        assertThrows(ReportInputException.class, () -> Report.write(file), "a file given as the directory");
        for (String corrupt : List.of("{\"tasks\": [", "[1, 2]", "{\"status\": \"done\"}",
                "{\"tasks\": [{\"status\": \"done\"}]}", "{\"tasks\": [{\"key\": \"k\", \"status\": \"odd\"}]}")) {
            Files.writeString(empty.resolve("manifest.json"), corrupt);
            ReportInputException e = assertThrows(ReportInputException.class, () -> Report.write(empty), corrupt);
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertFalse(Files.exists(empty.resolve(Report.FILE_NAME)), "nothing written for " + corrupt);
        }
    }

    @Test
    void aRunningSweepWithAnOldManifestStillGivesAPage() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("old"));
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("key", "task-0");
        task.put("index", 0);
        task.put("status", "retrying");
        task.put("attempts", 1);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("tool", "sweep");
        manifest.put("started", "2026-12-01T08:00:00Z");
        manifest.put("ended", null);
        manifest.put("tasks", List.of(task));
        Files.writeString(dir.resolve("manifest.json"), Json.writePretty(manifest));
        String html = Files.readString(Report.write(dir));
        assertTrue(html.contains("<tr data-key=\"task-0\" data-status=\"running\""), excerpt(html, "task-0"));
        assertTrue(html.contains("records no attempt"), "the timeline says why it is empty");
        assertTrue(html.contains("running for"), "a running sweep shows how long it has run");
    }

    @Test
    void aLargeSweepEmbedsPicturesSpreadOverItAndLinksTheRest() throws Exception {
        Path dir = sweep(tmp.resolve("many"));
        for (int i = 0; i < 40; i++) {
            png(dir.resolve("fields/b=" + i + ".png"));
        }
        ReportData data = ReportData.read(dir);
        assertEquals(ReportData.MAX_FIELDS, data.fields().size());
        assertEquals(42 - ReportData.MAX_FIELDS, data.moreFields().size());
        assertEquals("fields/a=1.png", data.fields().get(0).path(), "tasks' pictures first, in plan order");
        assertEquals("fields/a=3.png", data.fields().get(1).path());
        assertEquals("fields/b=9.png", data.fields().get(ReportData.MAX_FIELDS - 1).path(), "the last one, by name");
        String html = Files.readString(Report.write(dir));
        assertEquals(ReportData.MAX_FIELDS + 1, count(html, "src=\"data:image/png"), "norms.png and the embedded");
        for (String more : data.moreFields()) {
            assertTrue(html.contains("href=\"" + Html.href(more) + "\""), more);
        }
    }

    /** Five tasks, one in each state, two workers and a Slurm array task, a plot and two field pictures. */
    private static Path sweep(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("fields"));
        png(dir.resolve("norms.png"));
        png(dir.resolve("fields/a=1.png"));
        png(dir.resolve("fields/a=3.png"));
        Files.writeString(dir.resolve("fields/.a=4.png.tmp"), "a temporary file, not a picture");
        Files.writeString(dir.resolve("sweep.pvd"), "<VTKFile/>");
        Files.writeString(dir.resolve("convergence.csv"), "h,L2_error,rate " + NASTY + "\n0.5,0.01,\n0.25,0.0025,2\n");
        Files.createDirectories(dir.resolve("tasks/a=2"));
        StringBuilder log = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            log.append("fails on purpose line ").append(i).append('\n');
        }
        Files.writeString(dir.resolve("tasks/a=2/task.log"), log);
        List<Map<String, Object>> tasks = new ArrayList<>();
        tasks.add(task("a=1", 1, "done", List.of(attempt(1, "pid 11", 0, 2, "done"))));
        Map<String, Object> failed = task("a=2", 2, "failed", List.of(attempt(1, "pid 12", 0, 1, "failed"),
                attempt(2, "pid 12", 1, 3, "failed")));
        failed.put("failure", "crashed");
        failed.put("reason", "exit code 3 " + NASTY);
        tasks.add(failed);
        Map<String, Object> kept = task("a=3", 3, "done", List.of());
        kept.put("reused", true);
        tasks.add(kept);
        tasks.add(task("a=4", 4, "interrupted", List.of(attempt(1, "slurm 7_0", 2, -1, "interrupted"))));
        tasks.add(task("a=5", 5, "pending", List.of()));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("tool", "sweep");
        manifest.put("version", "0.1.0");
        manifest.put("started", "2026-12-01T08:00:00Z");
        manifest.put("ended", "2026-12-01T08:00:04Z");
        manifest.put("status", "interrupted");
        manifest.put("problem", Map.of("source", "alpha*exp(-x) " + NASTY));
        manifest.put("parameters", Map.of("a", List.of(1, 2, 3, 4, 5)));
        manifest.put("provenance", Map.of("command_line", "sweep --out '" + dir + "'", "user", "me"));
        manifest.put("tasks", tasks);
        Files.writeString(dir.resolve("manifest.json"), Json.writePretty(manifest));
        return dir;
    }

    private static Map<String, Object> task(String key, int a, String status, List<Map<String, Object>> log) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("key", key);
        task.put("a", a);
        task.put("param " + NASTY, "x");
        task.put("status", status);
        task.put("attempts", log.size());
        task.put("log", "tasks/" + key + "/task.log");
        if (status.equals("done")) {
            task.put("values", Map.of("L2", 0.5 * a, "iterations", 11));
            task.put("files", List.of(Map.of("path", "tasks/" + key + "/u.vtu", "bytes", 10, "crc32c", "00000000")));
        }
        task.put("attempt_log", log);
        return task;
    }

    private static Map<String, Object> attempt(int number, String worker, int start, int end, String outcome) {
        Map<String, Object> attempt = new LinkedHashMap<>();
        attempt.put("attempt", number);
        attempt.put("worker", worker);
        attempt.put("started", "2026-12-01T08:00:0" + start + "Z");
        attempt.put("ended", end < 0 ? null : "2026-12-01T08:00:0" + end + "Z");
        attempt.put("outcome", outcome);
        return attempt;
    }

    private static void png(Path file) throws Exception {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff0000);
        ImageIO.write(image, "png", file.toFile());
    }

    private static List<String> matches(String text, String regex, java.util.function.Function<Matcher, String> f) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(f.apply(m));
        }
        return found;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String excerpt(String html, String near) {
        int at = Math.max(0, html.indexOf(near));
        return html.substring(at, Math.min(html.length(), at + 300));
    }
}
