package nl.toeslagen.objections.application;

import java.time.Instant;

/** Letter metadata as listed on the case page. */
public record LetterView(
    String id, String kind, String fileName, long sizeBytes, Instant createdAt) {}
