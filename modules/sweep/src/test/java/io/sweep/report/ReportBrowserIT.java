package io.sweep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html of a real sweep, loaded in headless Chromium and checked through the DevTools
 * protocol: no console error or exception, no request beyond the file itself and data URIs,
 * one table row per task with its status, sorting by a heading, every picture decoded, one
 * timeline row per worker, a screenshot that is not blank, and an --out holding {@code <b>&"}
 * shown literally. The sweep is a 2x2 study (a source a·exp(-r²/w), a in {1, 10}, w in
 * {0.01, 0.02}), one point of which fails on every attempt: its u.vtu cannot be renamed into
 * place, because a directory with a file in it stands there.
 */
class ReportBrowserIT {
    private static final String NASTY = "<b>&\"";
    private static final String SOURCE = "a*exp(-((x-0.5)^2+(y-0.5)^2)/w)";
    private static final String FAILING = "a=10,w=0.01";

    @TempDir
    Path tmp;

    @Test
    void theReportOfASweepWithAFailureReadsRightInABrowser() throws Exception {
        Path out = tmp.resolve("study " + NASTY).toAbsolutePath();
        Files.createDirectories(out.resolve("tasks/" + FAILING + "/u.vtu"));
        Files.writeString(out.resolve("tasks/" + FAILING + "/u.vtu/in-the-way"), "x");
        Launcher.Run run = Launcher.run(tmp, "--source", SOURCE, "--param", "a=1,10", "--param", "w=0.01,0.02",
                "--mesh", "32", "--procs", "2", "--retries", "1", "--force", "--out", out.toString());
        assertEquals(1, run.exitCode(), run::describe);
        Map<String, Object> manifest = JSON.std.mapFrom(Files.readString(out.resolve("manifest.json")));
        List<Map<String, Object>> tasks = tasks(manifest);
        assertEquals(4, tasks.size(), "one task per point of the 2x2 grid");
        for (Map<String, Object> t : tasks) {
            assertEquals(FAILING.equals(t.get("key")) ? "failed" : "done", t.get("status"), t.toString());
        }
        Set<String> workers = new LinkedHashSet<>();
        tasks.forEach(t -> attempts(t).forEach(a -> workers.add((String) a.get("worker"))));
        // Two workers at least (--procs 2); a failed attempt may leave its worker replaced by a fresh one.
        assertTrue(workers.size() >= 2, "two worker processes or more: " + workers);

        try (HeadlessChromium chromium = HeadlessChromium.start(tmp.resolve("profile"), 1280, 2000);
             DevTools page = chromium.page()) {
            for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
                page.call(domain + ".enable");
            }
            page.call("Page.navigate", Map.of("url", out.resolve("report.html").toUri().toString()));
            page.await("Page.loadEventFired");

            assertEquals(List.of(), errors(page.events()), "console errors or exceptions");
            for (DevTools.Event e : page.events()) {
                if (e.method().equals("Network.requestWillBeSent")) {
                    String url = (String) ((Map<?, ?>) e.params().get("request")).get("url");
                    assertTrue(url.startsWith("file:") || url.startsWith("data:"), "a request to " + url);
                }
            }
            List<List<Object>> rows = evaluate(page, "[...document.querySelectorAll('#task-table tbody tr')]"
                    + ".map(r => [r.dataset.key, r.cells[[...r.closest('table').tHead.rows[0].cells]"
                    + ".findIndex(h => h.textContent === 'status')].textContent])");
            List<List<Object>> expected = tasks.stream().map(t -> List.of(t.get("key"), t.get("status"))).toList();
            assertEquals(expected, rows, "one row per task, with the manifest's status");

            List<List<Object>> images = evaluate(page,
                    "[...document.images].map(i => [i.alt, i.complete, i.naturalWidth, i.src.slice(0, 22)])");
            assertEquals(4, images.size(), "norms.png and three field pictures (not the failed one): " + images);
            for (List<Object> image : images) {
                assertEquals(true, image.get(1), image.toString());
                assertTrue(((Number) image.get(2)).intValue() > 0, "did not decode: " + image);
                assertEquals("data:image/png;base64,", image.get(3), image.toString());
            }

            List<Object> rowsOfTimeline = evaluate(page,
                    "[...document.querySelectorAll('.timeline-row[data-worker]')].map(r => r.dataset.worker)");
            assertEquals(new ArrayList<>(workers).stream().sorted().toList(),
                    rowsOfTimeline.stream().map(String.class::cast).sorted().toList(), "one timeline row per worker");
            Number bars = evaluate(page, "document.querySelectorAll('.timeline .bar').length");
            assertEquals(attemptCount(tasks), bars.intValue(), "one bar per attempt");

            assertEquals(out.toString(), evaluate(page, "document.getElementById('out-dir').textContent"));
            assertEquals(0, ((Number) evaluate(page, "document.getElementById('out-dir').children.length")).intValue(),
                    "the path made no element");
            assertTrue(((String) evaluate(page, "document.title")).endsWith("study " + NASTY));
            String command = evaluate(page, "document.querySelector('dd[data-name=command]').textContent");
            assertTrue(command.startsWith("sweep --source") && command.contains(NASTY), command);

            List<Object> sorted = evaluate(page, "(() => { const h = [...document.querySelectorAll('#task-table th')]"
                    + ".find(h => h.textContent === 'a'); h.click(); h.click();"
                    + " return [...document.querySelectorAll('#task-table tbody tr')].map(r => r.dataset.key); })()");
            assertEquals(List.of(true, true, false, false), sorted.stream().map(k -> ((String) k).startsWith("a=10,"))
                    .toList(), "sorted by a, descending: " + sorted);
            assertEquals(List.of(), errors(page.events()), "console errors after sorting");

            BufferedImage screenshot = screenshot(page);
            ImageIO.write(screenshot, "png", Path.of("target", "report-browser.png").toFile());
            assertNotBlank(screenshot);
        }
    }

    @Test
    void sweepReportOnADirectoryWithoutAReadableManifestExitsTwoWithOneLine() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("no sweep"));
        for (String manifest : new String[] {null, "{\"tasks\": [", "{\"tool\": \"sweep\"}"}) {
            if (manifest != null) {
                Files.writeString(dir.resolve("manifest.json"), manifest);
            }
            Launcher.Run run = Launcher.run(tmp, "report", dir.toString());
            assertEquals(2, run.exitCode(), run::describe);
            assertEquals(1, run.stderrLines().size(), run::describe);
            assertTrue(run.stderrLines().get(0).startsWith("sweep: " + dir.resolve("manifest.json")), run::describe);
            assertFalse(Files.exists(dir.resolve("report.html")), "nothing written");
        }
    }

    @Test
    void sweepReportRebuildsThePageOfAFinishedSweep() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, Launcher.run(tmp, "--workload", "selftest", "--selftest-tasks", "2", "--selftest-ms", "10",
                "--out", out.toString()).exitCode());
        Files.delete(out.resolve("report.html"));
        Launcher.Run run = Launcher.run(tmp, "report", out.toString());
        assertEquals(0, run.exitCode(), run::describe);
        assertEquals(out.resolve("report.html").toString(), run.stdout().strip());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<tr data-key=\"task-0\" data-status=\"done\"")
                && html.contains("<tr data-key=\"task-1\" data-status=\"done\""), html);
    }

    @Test
    void aRunningSweepHasAReportAndSigtermLeavesOneOfWhatWasInterrupted() throws Exception {
        Path out = tmp.resolve("running");
        Launcher.Started sweep = Launcher.start(tmp, "--workload", "selftest", "--selftest-tasks", "3",
                "--selftest-ms", "600000", "--procs", "2", "--out", out.toString());
        try {
            awaitRunning(out, 2);
            Launcher.Run report = Launcher.run(tmp, "report", out.toString());
            assertEquals(0, report.exitCode(), report::describe);
            String html = Files.readString(out.resolve("report.html"));
            assertEquals(2, count(html, "data-status=\"running\""), html);
            assertEquals(1, count(html, "data-status=\"planned\""), html);
            assertTrue(html.contains("running for"), "a running sweep shows how long it has run");
            assertEquals(2, count(html, "class=\"bar outcome-running\""), "running attempts on the timeline");
            sweep.process().destroy();
            assertTrue(sweep.process().waitFor(30, TimeUnit.SECONDS), "SIGTERM ends the sweep");
        } finally {
            sweep.process().destroyForcibly();
        }
        assertEquals(143, sweep.result().exitCode());
        String html = Files.readString(out.resolve("report.html"));
        assertEquals(3, count(html, "data-status=\"interrupted\""), html);
        assertEquals(2, count(html, "class=\"bar outcome-interrupted\""), "the interrupted attempts");
    }

    private static void awaitRunning(Path out, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Path file = out.resolve("manifest.json");
            if (Files.exists(file) && tasks(JSON.std.mapFrom(Files.readString(file))).stream()
                    .filter(t -> "running".equals(t.get("status"))).count() >= count) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " tasks running after 60 s in " + out);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static List<String> errors(List<DevTools.Event> events) {
        List<String> errors = new ArrayList<>();
        for (DevTools.Event e : events) {
            Map<String, Object> p = e.params();
            boolean error = switch (e.method()) {
                case "Runtime.exceptionThrown" -> true;
                case "Runtime.consoleAPICalled" -> List.of("error", "assert").contains(p.get("type"));
                case "Log.entryAdded" -> "error".equals(((Map<?, ?>) p.get("entry")).get("level"));
                default -> false;
            };
            if (error) {
                errors.add(e.method() + " " + p);
            }
        }
        return errors;
    }

    @SuppressWarnings("unchecked")
    private static <T> T evaluate(DevTools page, String expression) throws Exception {
        Map<String, Object> result = page.call("Runtime.evaluate", Map.of("expression", expression,
                "returnByValue", true));
        if (result.containsKey("exceptionDetails")) {
            throw new AssertionError(expression + " threw: " + result.get("exceptionDetails"));
        }
        return (T) ((Map<String, Object>) result.get("result")).get("value");
    }

    private static BufferedImage screenshot(DevTools page) throws Exception {
        String data = (String) page.call("Page.captureScreenshot", Map.of("format", "png")).get("data");
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(data)));
    }

    /** Many colours, and no one colour covering nearly all of it. */
    private static void assertNotBlank(BufferedImage image) {
        Map<Integer, Integer> colours = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.merge(image.getRGB(x, y), 1, Integer::sum);
            }
        }
        int pixels = image.getWidth() * image.getHeight();
        int most = colours.values().stream().max(Integer::compare).orElse(0);
        assertTrue(colours.size() > 200, "only " + colours.size() + " colours in the screenshot");
        assertTrue(most < 0.9 * pixels, "one colour covers " + most + " of " + pixels + " pixels");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tasks(Map<String, Object> manifest) {
        return (List<Map<String, Object>>) manifest.get("tasks");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> attempts(Map<String, Object> task) {
        return (List<Map<String, Object>>) task.get("attempt_log");
    }

    private static int attemptCount(List<Map<String, Object>> tasks) {
        return tasks.stream().mapToInt(t -> attempts(t).size()).sum();
    }
}
