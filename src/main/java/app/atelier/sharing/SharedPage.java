package app.atelier.sharing;

import app.atelier.provider.ResultType;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a share link shows to whoever opens it, and nothing more of the team: a title and the shared
 * results, each reached at {@code /public/share/<token>/<position>}.
 */
public record SharedPage(String title, String language, Instant expiresAt, List<Item> items) {

    /**
     * @param fileName what a download is saved as, extension included
     * @param poster   whether a poster is there for a video ({@code …/<position>/poster})
     */
    public record Item(int position, ResultType type, int width, int height, @Nullable Duration duration,
                       String fileName, boolean poster) {
    }
}
