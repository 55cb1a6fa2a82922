package app.atelier.bench;

import app.atelier.journey.Chromium;
import app.atelier.media.PhotoSummary;
import app.atelier.media.TestPhotos;
import com.microsoft.playwright.Page;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Painting on a 4000 x 3000 photo against painting on an 800 x 600 one, in the same run, in a real
 * Chromium ({@code mvn -Pbench -DskipTests test -Dbench.main=app.atelier.journey.MaskEditorBenchmark}).
 * For each photo, on the page's own clock: the work of one pointer move of a brush stroke (what the
 * editor does between two mouse events), drawing one frame of the view, and an undo with 60
 * strokes to draw again; on the server, the full-size mask (drawn from 60 strokes and a polygon,
 * written as PNG) as the download link gives it. The small photo is the anchor. Targets: a pointer
 * move costs the same on both (ratio ≤ 1.5: strokes are drawn at screen resolution); a frame of the
 * big photo stays under 8 ms (half of a 60 Hz frame; it grows with the working canvas, at most 2048
 * px on the long side, not with the photo); the server's export grows with the pixels, once per submit.
 */
public final class MaskEditorBenchmark {

    private static final int ROUNDS = 3;
    private static final int STROKES = 60;
    private static final int MOVES = 80;

    private MaskEditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var app = BenchApp.start("mask", 0, List.of(), "--server.port=0");
        var chromium = new Chromium();
        try {
            int port = app.port();
            var project = app.project(0);
            var small = app.addPhoto(project, "petite.jpg", TestPhotos.jpeg(800, 600));
            var large = app.addPhoto(project, "grande.jpg", TestPhotos.jpeg(4000, 3000));
            chromium.beforeAll(null);
            var page = chromium.newPage("fr-FR", 1440, 900);
            Chromium.signIn(page, port, app.member().getUsername());

            var figures = new LinkedHashMap<String, Map<String, List<Double>>>();
            for (int round = 0; round < ROUNDS + 1; round++) {
                for (var photo : List.of(small, large)) {
                    var measured = measure(page, port, project.toString(), photo);
                    if (round > 0) {
                        // the first round warms the browser and the server up
                        measured.forEach((what, value) -> figures.computeIfAbsent(what, key -> new LinkedHashMap<>())
                                .computeIfAbsent(photo.fileName(), key -> new ArrayList<>()).add(value));
                    }
                }
            }
            System.out.println();
            System.out.println("Mask editor: 4000 x 3000 against 800 x 600 (median of " + ROUNDS + " rounds, ms)");
            System.out.printf(Locale.ROOT, "%-44s %12s %12s %8s%n", "", "800 x 600", "4000 x 3000", "ratio");
            figures.forEach((what, byPhoto) -> {
                double anchor = median(byPhoto.get(small.fileName()));
                double big = median(byPhoto.get(large.fileName()));
                System.out.printf(Locale.ROOT, "%-44s %12.3f %12.3f %8.2f%n", what, anchor, big, big / anchor);
            });
            chromium.afterAll(null);
        } finally {
            app.close();
        }
    }

    private static Map<String, Double> measure(Page page, int port, String project, PhotoSummary photo) {
        page.navigate("http://localhost:" + port + "/generations/new?project=" + project);
        page.locator(".choice-card[data-kind=EXTERIOR]").click();
        // the photos are drawn again once the kind is chosen: click the new tile, not the old one
        page.locator(".choice-card[data-kind=EXTERIOR][aria-checked=true]").waitFor();
        var tile = page.locator(".photo-tile[aria-label='" + photo.fileName() + "']");
        tile.click();
        page.locator(".photo-tile[aria-label='" + photo.fileName() + "'][aria-checked=true]").waitFor();
        var editor = page.locator("atelier-mask-editor");
        page.waitForFunction("width => { const editor = document.querySelector('atelier-mask-editor');"
                + " return editor && editor.photoWidth === width && editor.photo && editor.photo.complete; }", photo.width());
        @SuppressWarnings("unchecked")
        var inBrowser = (Map<String, Number>) editor.evaluate("""
                (editor, [strokes, moves]) => {
                  const canvas = editor.shadowRoot.querySelector('canvas');
                  const box = canvas.getBoundingClientRect();
                  const fire = (type, x, y) => canvas.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y,
                      button: 0, buttons: type === 'pointerup' ? 0 : 1, pointerId: 7, pointerType: 'mouse',
                      bubbles: true, composed: true }));
                  let moveTime = 0, moveCount = 0;
                  for (let s = 0; s < strokes; s++) {
                    const y = box.top + box.height * (0.1 + 0.8 * s / strokes);
                    fire('pointerdown', box.left + box.width * 0.1, y);
                    for (let m = 1; m <= moves; m++) {
                      const x = box.left + box.width * (0.1 + 0.8 * m / moves);
                      const started = performance.now();
                      fire('pointermove', x, y + Math.sin(m / 5) * 10);
                      moveTime += performance.now() - started;
                      moveCount++;
                    }
                    fire('pointerup', box.left + box.width * 0.9, y);
                  }
                  let started = performance.now();
                  for (let i = 0; i < 20; i++) editor.paint();
                  const frame = (performance.now() - started) / 20;
                  started = performance.now();
                  editor.undo();
                  const undo = performance.now() - started;
                  editor.redo();
                  return { move: moveTime / moveCount, frame, undo };
                }""", List.of(STROKES, MOVES));
        // the last change has reached the server when it has measured it
        page.waitForFunction("() => Number(document.querySelector('.mask-status').dataset.coverage) > 0.3");
        var href = editor.locator("a[data-action=download]").getAttribute("href");
        var url = URI.create(page.url()).resolve("/").resolve(href).toString();
        long started = System.nanoTime();
        var response = page.context().request().get(url);
        double export = (System.nanoTime() - started) / 1e6;
        if (!response.ok()) {
            throw new IllegalStateException("The mask could not be downloaded: " + response.status());
        }
        var figures = new LinkedHashMap<String, Double>();
        figures.put("browser: one pointer move of a stroke", inBrowser.get("move").doubleValue());
        figures.put("browser: one frame of the view", inBrowser.get("frame").doubleValue());
        figures.put("browser: undo with " + STROKES + " strokes to draw again", inBrowser.get("undo").doubleValue());
        figures.put("server: full-size mask as PNG (download)", export);
        return figures;
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
