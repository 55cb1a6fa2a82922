package app.atelier.management.ui;

import app.atelier.management.Dashboard;
import app.atelier.management.ProviderFigures;
import app.atelier.management.UsageBreakdown;
import app.atelier.management.UsagePeriod;
import app.atelier.management.UsageReport;
import app.atelier.shared.CreditCurrency;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The credit dashboard's usage: credits spent over time, by member or by provider, as a chart; and
 * each provider's figures (how often it succeeds, how long it takes).
 */
class UsageSection extends Composite<Div> {

    final Select<UsagePeriod> period = new Select<>();
    final Select<UsageBreakdown> breakdown = new Select<>();
    final Select<CreditCurrency> usageCurrency = new Select<>();
    final UsageChart chart = new UsageChart();
    final Paragraph chartEmpty = new Paragraph();
    final Div figures = new Div();
    private final Dashboard dashboard;
    private final Supplier<@Nullable UUID> subject;

    /** @param subject whose usage is shown (everyone's when empty) */
    UsageSection(Dashboard dashboard, boolean admin, Supplier<@Nullable UUID> subject) {
        this.dashboard = dashboard;
        this.subject = subject;
        period.setLabel(getTranslation("usage.period"));
        period.setItems(UsagePeriod.values());
        period.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        period.setValue(UsagePeriod.DAY);
        breakdown.setLabel(getTranslation("usage.by"));
        breakdown.setItems(UsageBreakdown.values());
        breakdown.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        breakdown.setValue(admin ? UsageBreakdown.MEMBER : UsageBreakdown.PROVIDER);
        usageCurrency.setLabel(getTranslation("team.credits.currency"));
        usageCurrency.setItems(CreditCurrency.values());
        usageCurrency.setItemLabelGenerator(value -> getTranslation(value == CreditCurrency.VIDEO ? "credits.video" : "credits.photo"));
        usageCurrency.setValue(CreditCurrency.VIDEO);
        period.addValueChangeListener(change -> show());
        breakdown.addValueChangeListener(change -> show());
        usageCurrency.addValueChangeListener(change -> show());
        var controls = new Div(period, breakdown, usageCurrency);
        controls.addClassName("dashboard-filters");
        chartEmpty.addClassNames("hint", "chart-empty");
        chart.setWidthFull();
        var chartBox = new Div(chart, chartEmpty);
        chartBox.addClassName("chart-box");
        figures.addClassName("provider-figures");
        getContent().add(new H2(getTranslation("usage.title")), controls, chartBox, new H2(getTranslation("figures.title")),
                figures);
        getContent().addClassName("dashboard-section");
    }

    void show() {
        var report = dashboard.usage(period.getValue(), breakdown.getValue(), usageCurrency.getValue(), subject.get());
        var labels = report.starts().stream().map(start -> start.format(DateTimeFormatter.ofPattern(switch (report.period()) {
            case DAY, WEEK -> "d MMM";
            case MONTH -> "MMM yyyy";
        }, getLocale()))).toList();
        var series = new ArrayList<UsageChart.Series>();
        for (int i = 0; i < report.series().size(); i++) {
            var each = report.series().get(i);
            var label = report.by() == UsageBreakdown.MEMBER ? each.label() : getTranslation(each.label());
            series.add(new UsageChart.Series(label, each.values(), UsageChart.PALETTE.get(i % UsageChart.PALETTE.size())));
        }
        int total = report.series().stream().mapToInt(UsageReport.Series::total).sum();
        chart.show(labels, series, getTranslation("usage.summary", total, getTranslation(period.getValue().labelKey())));
        chart.getElement().setAttribute("data-total", Integer.toString(total));
        chartEmpty.setText(report.empty() ? getTranslation("usage.empty") : "");
        chartEmpty.setVisible(report.empty());
        showFigures(dashboard.providers(subject.get()));
    }

    private void showFigures(List<ProviderFigures> all) {
        figures.removeAll();
        if (all.isEmpty()) {
            var none = new Paragraph(getTranslation("figures.empty"));
            none.addClassName("hint");
            figures.add(none);
            return;
        }
        all.forEach(each -> {
            var name = new Span(getTranslation(each.nameKey()));
            name.addClassName("figure-name");
            var rate = new Span(getTranslation("figures.rate", Math.round(each.successRate() * 100), each.succeeded(),
                    each.succeeded() + each.failed()));
            rate.addClassName("figure-rate");
            var wait = new Span(each.medianWait() == null ? "" : getTranslation("figures.median", duration(each.medianWait())));
            wait.addClassName("figure-wait");
            var row = new Div(name, rate, wait);
            row.addClassName("figure-row");
            row.getElement().setAttribute("data-provider", each.providerId());
            figures.add(row);
        });
    }

    private String duration(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 90 ? getTranslation("figures.seconds", seconds) : getTranslation("figures.minutes", Math.round(seconds / 60.0));
    }

}
