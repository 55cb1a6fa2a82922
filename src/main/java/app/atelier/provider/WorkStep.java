package app.atelier.provider;

import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * What work done on this machine is busy with, for the member to read beside its progress ("Shot 3
 * of 12"): a message key and the two numbers it takes (the step's place and how many there are).
 */
public record WorkStep(String key, int at, int of) {

    /** The longest a step is once written: the key and its numbers. */
    public static final int LONGEST = 100;

    public WorkStep {
        if (key.isBlank() || key.contains(" ") || key.length() > 80) {
            throw new IllegalArgumentException("A step's key is a message key: " + key);
        }
    }

    /** The step as one line ("film.step.shot 3/12"), as it is stored. */
    public String written() {
        return key + " " + at + "/" + of;
    }

    /** A step as {@link #written()} wrote it; nothing for anything else. */
    public static Optional<WorkStep> read(@Nullable String line) {
        if (line == null) {
            return Optional.empty();
        }
        int space = line.indexOf(' ');
        int slash = line.indexOf('/', space + 1);
        if (space <= 0 || slash < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WorkStep(line.substring(0, space), Integer.parseInt(line.substring(space + 1, slash)),
                    Integer.parseInt(line.substring(slash + 1))));
        } catch (IllegalArgumentException notAStep) {
            return Optional.empty();
        }
    }
}
