package io.aigcfactory.events;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A tenant's brand kit as a concept was written with it: what writers and renderers keep
 * to.
 *
 * @param name the kit's name, usually the brand
 * @param colours brand colours as {@code #RRGGBB}, primary first
 * @param logo the logo's blob URI (a PNG), or {@code null} without a logo
 * @param voice tone words the copy is written in, e.g. {@code 温暖}
 * @param bannedWords words the brand never uses
 * @param requiredPhrases phrases every piece of copy carries
 */
public record BrandKit(String name, List<String> colours, @Nullable String logo, List<String> voice,
		List<String> bannedWords, List<String> requiredPhrases) {

	public BrandKit {
		Contracts.requireText(name, "name");
		colours = Contracts.copyOrEmpty(colours);
		voice = Contracts.copyOrEmpty(voice);
		bannedWords = Contracts.copyOrEmpty(bannedWords);
		requiredPhrases = Contracts.copyOrEmpty(requiredPhrases);
	}

}
