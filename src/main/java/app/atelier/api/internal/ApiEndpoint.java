package app.atelier.api.internal;

/** The family of endpoints a generation was asked through: what its webhook body looks like. */
enum ApiEndpoint {
    /** IA Créa's animation v2: {@code status} STARTING, IN_PROGRESS, SUCCEEDED, FAILED and {@code urls}. */
    ANIMATION,
    /** IA Créa's exterior creation: PROCESSING while running, and {@code variationNumber}. */
    EXTERIOR,
    /** Atelier's own {@code /api/v1}: the whole generation. */
    V1
}
