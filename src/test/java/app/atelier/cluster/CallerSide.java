package app.atelier.cluster;

import app.atelier.media.TestPhotos;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What an agency's own system is to the cluster: it serves the listing photos the API is given by
 * address, and receives the webhooks Atelier sends when a generation ends (each delivery noted with
 * its generation and attempt, and answered 204).
 */
final class CallerSide implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, List<Delivery>> deliveries = new ConcurrentHashMap<>();

    /** A webhook received: its {@code X-Atelier-Delivery} ({@code <generation>/<attempt>}) and when (nanoTime). */
    record Delivery(String id, long receivedAt) {
    }

    private CallerSide(HttpServer server) {
        this.server = server;
    }

    /** Serves {@code photos} distinct JPEGs at /photo-0.jpg, /photo-1.jpg … and takes webhooks at /hook. */
    static CallerSide start(int photos) throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        var caller = new CallerSide(server);
        for (int i = 0; i < photos; i++) {
            var jpeg = TestPhotos.jpeg(1600 + 16 * i, 1000);
            server.createContext("/photo-" + i + ".jpg", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
                exchange.sendResponseHeaders(200, jpeg.length);
                try (var body = exchange.getResponseBody()) {
                    body.write(jpeg);
                }
            });
        }
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            var delivery = exchange.getRequestHeaders().getFirst("X-Atelier-Delivery");
            if (delivery != null && delivery.contains("/")) {
                var generation = delivery.substring(0, delivery.indexOf('/'));
                caller.deliveries.computeIfAbsent(generation, id -> new CopyOnWriteArrayList<>())
                        .add(new Delivery(delivery, System.nanoTime()));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        return caller;
    }

    /** An address on this side, by the host name the nodes are told to trust ({@code localhost}). */
    String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    List<String> photoUrls(int count) {
        var urls = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            urls.add(url("/photo-" + i + ".jpg"));
        }
        return urls;
    }

    /** The webhooks received so far, by generation. */
    Map<String, List<Delivery>> deliveries() {
        return Map.copyOf(deliveries);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
