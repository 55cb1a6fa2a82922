package app.atelier.management.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.List;

/** Credits spent over time, as stacked bars drawn in the browser by Chart.js (MIT). */
@Tag("atelier-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./atelier-chart.ts")
public class UsageChart extends Component implements HasSize {

    /** One coloured series of bars. */
    public record Series(String label, List<Integer> values, String color) {
    }

    /** Colours that stay apart from each other and readable on light and dark backgrounds. */
    static final List<String> PALETTE = List.of("#1f6feb", "#e36209", "#2da44e", "#a371f7", "#d1242f", "#0891b2",
            "#bf8700", "#db61a2", "#57606a", "#116329");

    public UsageChart() {
        addClassName("usage-chart");
    }

    /**
     * @param summary one sentence saying what the chart shows, for screen readers
     */
    public void show(List<String> labels, List<Series> series, String summary) {
        var factory = JsonNodeFactory.instance;
        var usage = factory.objectNode();
        var labelNodes = usage.putArray("labels");
        labels.forEach(labelNodes::add);
        var seriesNodes = usage.putArray("series");
        series.forEach(each -> {
            var node = seriesNodes.addObject();
            node.put("label", each.label());
            node.put("color", each.color());
            var values = node.putArray("values");
            each.values().forEach(values::add);
        });
        usage.put("summary", summary);
        getElement().setPropertyJson("usage", usage);
    }
}
