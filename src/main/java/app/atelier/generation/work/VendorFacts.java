package app.atelier.generation.work;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.TreeMap;

/**
 * What vendors say worth keeping with a generation, as a JSON object of strings: later facts
 * replace earlier ones of the same name; a fact that would make the whole too long is left out.
 */
public final class VendorFacts {

    static final int LIMIT = 4000;
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() { };

    private VendorFacts() {
    }

    public static Map<String, String> read(JsonMapper json, @Nullable String stored) {
        return stored == null || stored.isBlank() ? Map.of() : json.readValue(stored, MAP);
    }

    static @Nullable String merge(JsonMapper json, @Nullable String stored, Map<String, String> facts) {
        if (facts.isEmpty()) {
            return stored;
        }
        var all = new TreeMap<>(read(json, stored));
        for (var fact : facts.entrySet()) {
            var before = all.put(fact.getKey(), fact.getValue());
            if (json.writeValueAsString(all).length() > LIMIT) {
                if (before == null) {
                    all.remove(fact.getKey());
                } else {
                    all.put(fact.getKey(), before);
                }
            }
        }
        return json.writeValueAsString(all);
    }
}
