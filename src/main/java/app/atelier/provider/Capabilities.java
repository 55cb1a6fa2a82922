package app.atelier.provider;

import app.atelier.media.ImageConstraints;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a provider does and how to drive it: the wizard is built from it and every request is
 * checked against it before a credit is reserved.
 *
 * @param images           how many input images one generation takes (at least one)
 * @param input            what the provider accepts as an image (photos are conformed to it)
 * @param maxInFlight      generations a provider key may have under way at once; the rest wait
 *                         their turn on our side (0: no limit)
 * @param batchPollSize    how many generations one poll may ask about (1: one at a time)
 * @param minPollInterval  the provider's pace: the least time between two requests of one key
 * @param typicalDuration  how long a generation usually takes, when the provider gives no estimate
 * @param deadline         how long a submitted generation may run before it fails as timed out
 * @param cancellable      whether a generation under way can be stopped
 * @param safeToResubmit   whether a submission interrupted halfway (a crash) may simply be made
 *                         again: true only where a second submission costs nothing (the local engine)
 */
public record Capabilities(Set<GenerationKind> kinds, List<OptionSpec> options, int images, ImageConstraints input,
                           Cost cost, Completion completion, int maxInFlight, int batchPollSize,
                           Duration minPollInterval, Duration typicalDuration, Duration deadline,
                           boolean cancellable, boolean safeToResubmit) {

    public Capabilities {
        kinds = Set.copyOf(kinds);
        options = List.copyOf(options);
        if (images < 1 || batchPollSize < 1 || maxInFlight < 0) {
            throw new IllegalArgumentException("Impossible capabilities");
        }
    }

    public Optional<OptionSpec> option(String key) {
        return options.stream().filter(option -> option.key().equals(key)).findFirst();
    }

    /**
     * The options of a request with defaults filled in, or the problems with them: option key to
     * i18n key. Options the provider does not take are a problem too.
     */
    public Checked check(Map<String, String> chosen) {
        var problems = new LinkedHashMap<String, String>();
        chosen.keySet().stream().filter(key -> option(key).isEmpty())
                .forEach(key -> problems.put(key, "option.error.unknown"));
        var complete = new LinkedHashMap<String, String>();
        for (var option : options) {
            var value = chosen.get(option.key());
            option.problem(value).ifPresent(problem -> problems.put(option.key(), problem));
            var effective = value == null || value.isBlank() ? option.defaultValue() : value.strip();
            if (effective != null) {
                complete.put(option.key(), effective);
            }
        }
        return new Checked(Map.copyOf(complete), Map.copyOf(problems));
    }

    /** @param options every option with a value; @param problems option key to i18n key */
    public record Checked(Map<String, String> options, Map<String, String> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }
}
