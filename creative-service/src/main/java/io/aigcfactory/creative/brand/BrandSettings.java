package io.aigcfactory.creative.brand;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What a brand kit may hold.
 *
 * @param maxNameLength the longest kit name (the brand), in characters
 * @param maxVoiceWords the most tone words
 * @param maxWordLength the longest tone word or banned word, in characters
 * @param maxListEntries the most banned words, and the most required phrases
 * @param maxPhraseLength the longest required phrase, in characters
 * @param maxLogoSize the largest logo file
 * @param maxLogoSide the widest or tallest logo, in pixels
 * @param maxMusicSize the largest music file
 * @param maxMusicLength the longest music a kit may hold; a promo video runs 10–20 s and
 * loops shorter music
 * @param minMusicLength the shortest
 */
@Validated
@ConfigurationProperties("aigc.creative.brand")
public record BrandSettings(@DefaultValue("40") @Positive int maxNameLength,
		@DefaultValue("8") @Positive int maxVoiceWords, @DefaultValue("20") @Positive int maxWordLength,
		@DefaultValue("50") @Positive int maxListEntries, @DefaultValue("30") @Positive int maxPhraseLength,
		@DefaultValue("1MB") @NotNull DataSize maxLogoSize, @DefaultValue("2048") @Positive int maxLogoSide,
		@DefaultValue("20MB") @NotNull DataSize maxMusicSize, @DefaultValue("5m") @NotNull Duration maxMusicLength,
		@DefaultValue("2s") @NotNull Duration minMusicLength) {

}
