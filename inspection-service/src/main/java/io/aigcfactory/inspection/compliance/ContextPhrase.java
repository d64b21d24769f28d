package io.aigcfactory.inspection.compliance;

import org.jspecify.annotations.Nullable;

/**
 * A phrase that changes what a term inside it means: "第一步" is a step, not a rank.
 *
 * @param phrase the phrase as written
 * @param level {@code null} when the phrase clears the term, {@link Level#REVIEW} when it
 * sends it to a human instead
 */
record ContextPhrase(String phrase, @Nullable Level level) {
}
