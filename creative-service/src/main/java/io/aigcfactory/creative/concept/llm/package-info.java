/**
 * The language-model concept writer: injection-safe prompts, structured output checked
 * against the copy rules, token budgets, and the template writer as its fallback.
 */
@NullMarked
package io.aigcfactory.creative.concept.llm;

import org.jspecify.annotations.NullMarked;
