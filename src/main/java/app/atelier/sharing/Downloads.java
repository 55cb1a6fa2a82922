package app.atelier.sharing;

import app.atelier.generation.GenerationResult;
import app.atelier.generation.GenerationState;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Generations;
import app.atelier.media.ImageFormat;
import app.atelier.media.MediaLibrary;
import app.atelier.provider.ResultType;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import app.atelier.shared.TextFolding;
import app.atelier.sharing.internal.LabelledCopies;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What a team hands out: a project's (or some of its generations') finished videos and images as one
 * ZIP, streamed file after file from storage to the browser, never gathered in memory or on disk.
 */
@Service
public class Downloads {

    private final Generations generations;
    private final MediaLibrary media;
    private final CurrentMember currentMember;
    private final LabelledCopies labelled;

    Downloads(Generations generations, MediaLibrary media, CurrentMember currentMember, LabelledCopies labelled) {
        this.labelled = labelled;
        this.generations = generations;
        this.media = media;
        this.currentMember = currentMember;
    }

    /** The finished results a ZIP of the project would hold (of {@code chosen} only, when not empty), oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<GenerationSummary> finished(ProjectId projectId, List<GenerationId> chosen) {
        return generations.ofProject(projectId).reversed().stream()
                .filter(generation -> generation.state() == GenerationState.SUCCEEDED && !generation.results().isEmpty())
                .filter(generation -> chosen.isEmpty() || chosen.contains(generation.id()))
                .toList();
    }

    /**
     * Writes a ZIP of the project's finished results (of {@code chosen} only, when not empty) to
     * {@code out}. Videos and images are already compressed: they are stored, not compressed again.
     *
     * @param names the file name of a result, without extension (the same name twice gets "-2", "-3"…)
     * @return how many files it holds
     */
    @PreAuthorize("isAuthenticated()")
    public int writeZip(ProjectId projectId, List<GenerationId> chosen, BiFunction<GenerationSummary, GenerationResult, String> names,
                        OutputStream out) {
        return writeZip(projectId, chosen, names, generation -> false, null, out);
    }

    /**
     * Writes one finished result of the team to {@code out}: its file as made, or its copy with the
     * mention when {@code label} is given (made the first time, which takes a while for a video).
     *
     * @return false when the member's team has no such finished result
     */
    @PreAuthorize("isAuthenticated()")
    public boolean writeResult(GenerationId generationId, @Nullable AiLabel label, OutputStream out) {
        var team = currentMember.require().teamId();
        var found = generations.find(generationId)
                .filter(generation -> generation.state() == GenerationState.SUCCEEDED && !generation.results().isEmpty());
        if (found.isEmpty()) {
            return false;
        }
        var result = found.get().results().getFirst();
        media.writeTo(team, label == null ? result.asset() : labelled.copyOf(team, result, label.language(), label.text()), out);
        return true;
    }

    /** The extension of a finished result's file: "mp4", "jpg" or "png". */
    @PreAuthorize("isAuthenticated()")
    public String extension(GenerationResult result) {
        return switch (result.type()) {
            case VIDEO -> "mp4";
            case IMAGE -> media.imageFormats(currentMember.require().teamId(), List.of(result.asset()))
                    .getOrDefault(result.asset(), ImageFormat.JPEG).extension();
        };
    }

    /**
     * Like {@link #writeZip(ProjectId, List, BiFunction, OutputStream)}, with the results {@code labelling}
     * picks in their copy with the mention.
     */
    @PreAuthorize("isAuthenticated()")
    public int writeZip(ProjectId projectId, List<GenerationId> chosen, BiFunction<GenerationSummary, GenerationResult, String> names,
                        Predicate<GenerationSummary> labelling, @Nullable AiLabel label, OutputStream out) {
        var team = currentMember.require().teamId();
        var used = new HashSet<String>();
        int files = 0;
        var results = finished(projectId, chosen);
        var formats = media.imageFormats(team, results.stream().flatMap(generation -> generation.results().stream())
                .filter(result -> result.type() == ResultType.IMAGE).map(GenerationResult::asset).toList());
        try (var zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.NO_COMPRESSION);
            for (var generation : results) {
                for (var result : generation.results()) {
                    var base = names.apply(generation, result);
                    var extension = "." + switch (result.type()) {
                        case VIDEO -> "mp4";
                        case IMAGE -> formats.getOrDefault(result.asset(), ImageFormat.JPEG).extension();
                    };
                    var name = base + extension;
                    for (int n = 2; !used.add(name); n++) {
                        name = base + "-" + n + extension;
                    }
                    var entry = new ZipEntry(name);
                    if (generation.finishedAt() != null) {
                        entry.setLastModifiedTime(FileTime.from(generation.finishedAt()));
                    }
                    zip.putNextEntry(entry);
                    var file = label != null && labelling.test(generation)
                            ? labelled.copyOf(team, result, label.language(), label.text()) : result.asset();
                    media.writeTo(team, file, zip);
                    zip.closeEntry();
                    files++;
                }
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("The ZIP could not be written", e);
        }
        return files;
    }

    /** "Villa Les Oliviers" → "villa-les-oliviers": a name's letters and digits, for a file name. */
    public static String slug(String text) {
        return TextFolding.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
