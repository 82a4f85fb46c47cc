package io.sweep.report;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's chromium, headless, with an empty profile and its DevTools endpoint on a free port;
 * {@link #page()} connects to its first tab. Missing chromium fails the test (scripts/setup/chromium.sh
 * installs it). The flags are those a root user in a container needs, and none that reach the network.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^/]+)/");

    private final Process process;
    private final String endpoint;

    private HeadlessChromium(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static HeadlessChromium start(Path profile, int width, int height) throws Exception {
        Path binary = Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(binary)) {
            throw new AssertionError(binary + " is missing: run scripts/setup/chromium.sh (./run-tests does)");
        }
        Files.createDirectories(profile);
        ProcessBuilder builder = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--remote-debugging-port=0", "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // Its singleton socket directory goes under TMPDIR: inside the profile, removed with it.
        builder.environment().put("TMPDIR", Files.createDirectories(profile.resolve("tmp")).toString());
        Process process = builder.start();
        BufferedReader stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<String> found = new CompletableFuture<>();
        List<String> early = new ArrayList<>();
        Thread pump = new Thread(() -> {
            try {
                for (String line; (line = stderr.readLine()) != null; ) {
                    synchronized (early) {
                        early.add(line);
                    }
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        found.complete(m.group(1).replace("ws://", "http://"));
                    }
                }
            } catch (java.io.IOException ignored) {
                // The browser is gone; close() reports nothing more.
            }
            found.completeExceptionally(new AssertionError("chromium exited before its DevTools endpoint: " + early));
        }, "chromium-stderr");
        pump.setDaemon(true);
        pump.start();
        try {
            return new HeadlessChromium(process, found.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** The first tab, connected. */
    @SuppressWarnings("unchecked")
    DevTools page() throws Exception {
        HttpResponse<String> list = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(endpoint + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (Object target : JSON.std.listFrom(list.body())) {
            Map<String, Object> t = (Map<String, Object>) target;
            if ("page".equals(t.get("type"))) {
                return DevTools.connect(URI.create((String) t.get("webSocketDebuggerUrl")));
            }
        }
        throw new AssertionError("chromium has no page target: " + list.body());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
