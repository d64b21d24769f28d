package io.aigcfactory.inspection.review;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an item's audit trail.
 *
 * @param action {@code QUEUED}, {@code CLAIMED}, {@code APPROVED}, {@code REJECTED}
 * @param actor the reviewer, or {@code expiry}, or {@code inspection}
 * @param reason the reason given
 * @param at when
 */
public record ReviewAction(String action, String actor, @Nullable String reason, Instant at) {

}
