package app.atelier.media;

import java.util.Set;

/**
 * What a provider accepts as an input image.
 *
 * @param formats      the formats it reads
 * @param minSide      the smallest width or height it takes
 * @param maxSide      the largest width or height it takes
 * @param maxBytes     the largest file it takes
 * @param alphaAllowed whether transparency is accepted
 */
public record ImageConstraints(Set<ImageFormat> formats, int minSide, int maxSide, long maxBytes,
                               boolean alphaAllowed) {
}
