package io.aigcfactory.platform.modelcache;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DataSizeUnit;
import org.springframework.util.unit.DataSize;
import org.springframework.util.unit.DataUnit;
import org.springframework.validation.annotation.Validated;

/**
 * The tiered cache of model outputs.
 *
 * @param enabled whether model outputs are cached at all; off by default, on in the
 * services' {@code cluster} profile
 * @param directory where the disk tier keeps its files
 * @param ttl how long each type of output stays valid, in either tier
 * @param hotTtl the longest an entry stays in the hot tier; it is promoted again from
 * disk when it is asked for after that
 * @param hotMaxEntrySize outputs larger than this stay on disk only, so the hot tier
 * holds many small entries rather than a few large images
 */
@Validated
@ConfigurationProperties("aigc.model-cache")
public record ModelCacheSettings(@DefaultValue("false") boolean enabled,
		@DefaultValue("data/cache") @NotNull Path directory, @DefaultValue @Valid @NotNull Ttl ttl,
		@DefaultValue("1h") @NotNull Duration hotTtl,
		@DefaultValue("4MB") @DataSizeUnit(DataUnit.BYTES) @NotNull DataSize hotMaxEntrySize) {

	/**
	 * Lifetimes per type of output.
	 *
	 * @param text text from language models
	 * @param image images from diffusion models
	 */
	public record Ttl(@DefaultValue("1h") @NotNull Duration text, @DefaultValue("24h") @NotNull Duration image) {

		/** The lifetime of a type of output. */
		public Duration of(OutputType type) {
			return switch (type) {
				case TEXT -> this.text;
				case IMAGE -> this.image;
			};
		}

	}

}
