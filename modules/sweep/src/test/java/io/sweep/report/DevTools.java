package io.sweep.report;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client of Chrome's DevTools protocol over one page's WebSocket: commands by id, events kept
 * in arrival order. Built on the JDK's own WebSocket client (java.net.http), no library: the
 * protocol is JSON messages, and the Java CDP clients (cdp4j, jvppeteer, chrome-devtools-java-client)
 * bring megabytes of dependencies and generated bindings for one Chrome version.
 */
final class DevTools implements AutoCloseable {
    private static final long TIMEOUT_S = 60;

    /** An event the page sent: its method and params. */
    record Event(String method, Map<String, Object> params) {
    }

    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
    private final List<Event> events = new CopyOnWriteArrayList<>();

    private DevTools(WebSocket socket) {
        this.socket = socket;
    }

    static DevTools connect(URI page) throws Exception {
        Listener listener = new Listener();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(page, listener)
                .get(TIMEOUT_S, TimeUnit.SECONDS);
        DevTools devTools = new DevTools(socket);
        listener.owner = devTools;
        return devTools;
    }

    /** Sends a command and waits for its result; a protocol error fails the test. */
    @SuppressWarnings("unchecked")
    Map<String, Object> call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.std.asString(Map.of("id", id, "method", method, "params", params)), true)
                .get(TIMEOUT_S, TimeUnit.SECONDS);
        Map<String, Object> message = reply.get(TIMEOUT_S, TimeUnit.SECONDS);
        if (message.containsKey("error")) {
            throw new AssertionError(method + " failed: " + message.get("error"));
        }
        return (Map<String, Object>) message.getOrDefault("result", Map.of());
    }

    Map<String, Object> call(String method) throws Exception {
        return call(method, Map.of());
    }

    /** Every event so far. */
    List<Event> events() {
        return List.copyOf(events);
    }

    /** Waits until an event named {@code method} has arrived; fails after the timeout. */
    void await(String method) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (events.stream().noneMatch(e -> e.method().equals(method))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + method + " within " + TIMEOUT_S + " s; events: " + events);
            }
            Thread.sleep(20);
        }
    }

    @SuppressWarnings("unchecked")
    private void receive(String text) throws IOException {
        Map<String, Object> message = JSON.std.mapFrom(text);
        if (message.get("id") instanceof Number id) {
            CompletableFuture<Map<String, Object>> reply = pending.remove(id.intValue());
            if (reply != null) {
                reply.complete(message);
            }
        } else if (message.get("method") instanceof String method) {
            events.add(new Event(method, (Map<String, Object>) message.getOrDefault("params", Map.of())));
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null);
    }

    /** Puts a message's fragments together (a screenshot arrives in many). */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile DevTools owner;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    owner.receive(text);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            socket.request(1);
            return null;
        }
    }
}
