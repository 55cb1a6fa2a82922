package app.atelier.provider;

import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every provider of this installation. */
@Service
public class Providers {

    private final List<Provider> all;

    Providers(List<Provider> all) {
        this.all = all.stream().sorted(Comparator.comparing(Provider::id)).toList();
        var ids = this.all.stream().map(Provider::id).distinct().count();
        if (ids != this.all.size()) {
            throw new IllegalStateException("Two providers share an id");
        }
    }

    public Optional<Provider> find(String id) {
        return all.stream().filter(provider -> provider.id().equals(id)).findFirst();
    }

    /** The providers that make {@code kind}, the local engine first. */
    public List<Provider> offering(GenerationKind kind) {
        return all.stream()
                .filter(provider -> provider.capabilities().kinds().contains(kind))
                .sorted(Comparator.comparing((Provider provider) -> !provider.id().equals(LOCAL)).thenComparing(Provider::id))
                .toList();
    }

    public List<Provider> all() {
        return all;
    }

    /** The local engine's id. */
    public static final String LOCAL = "local";
    /** The id of the local engine's listing films. */
    public static final String FILM = "film";
}
