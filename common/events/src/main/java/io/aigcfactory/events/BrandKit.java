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
 * @param music the blob URI of the brand's own background music for promo videos, an
 * audio file checked when it was uploaded, or {@code null} for the generated bed
 */
public record BrandKit(String name, List<String> colours, @Nullable String logo, List<String> voice,
		List<String> bannedWords, List<String> requiredPhrases, @Nullable String music) {

	public BrandKit {
		Contracts.requireText(name, "name");
		colours = Contracts.copyOrEmpty(colours);
		voice = Contracts.copyOrEmpty(voice);
		bannedWords = Contracts.copyOrEmpty(bannedWords);
		requiredPhrases = Contracts.copyOrEmpty(requiredPhrases);
	}

	/** A kit without music of its own. */
	public BrandKit(String name, List<String> colours, @Nullable String logo, List<String> voice,
			List<String> bannedWords, List<String> requiredPhrases) {
		this(name, colours, logo, voice, bannedWords, requiredPhrases, null);
	}

	/** The same kit with this logo. */
	public BrandKit withLogo(String logo) {
		return new BrandKit(this.name, this.colours, logo, this.voice, this.bannedWords, this.requiredPhrases,
				this.music);
	}

	/** The same kit with this music. */
	public BrandKit withMusic(@Nullable String music) {
		return new BrandKit(this.name, this.colours, this.logo, this.voice, this.bannedWords, this.requiredPhrases,
				music);
	}

}
