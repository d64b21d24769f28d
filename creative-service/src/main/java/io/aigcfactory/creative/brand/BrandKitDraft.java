package io.aigcfactory.creative.brand;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A brand kit as a client sends it, before validation; the logo is uploaded on its own.
 *
 * @param colours brand colours as {@code #RRGGBB}, primary first
 * @param voice tone words
 * @param bannedWords words copy must not carry
 * @param requiredPhrases phrases every copy carries
 */
public record BrandKitDraft(@Nullable List<@Nullable String> colours, @Nullable List<@Nullable String> voice,
		@Nullable List<@Nullable String> bannedWords, @Nullable List<@Nullable String> requiredPhrases) {

}
