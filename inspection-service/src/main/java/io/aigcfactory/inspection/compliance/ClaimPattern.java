package io.aigcfactory.inspection.compliance;

import java.util.regex.Pattern;

/**
 * A claim recognised by its shape rather than by one word ("瘦了 10 斤", "无效全额退款"), matched
 * against the normalised text, in which spaces and symbols are gone and case is folded.
 *
 * @param regex the expression, searched anywhere in the normalised text
 * @param entry what a match means; its {@code term} is the expression as written
 */
record ClaimPattern(Pattern regex, LexiconEntry entry) {
}
