package io.aigcfactory.platform.channel;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one channel accepts. Every part names its {@code source}: where the rule comes
 * from.
 *
 * @param name the channel's display name
 * @param images the images it takes, in the order they are listed
 * @param title how long a title may be
 * @param copy how long the body copy may be
 * @param hashtags how many hashtags a post carries (none on marketplaces)
 * @param aiLabel where the AI-generated-content label may go
 * @param detailPage the detail page (详情页) it takes, or {@code null} for none
 * @param video the promo video it takes, or {@code null} for none
 */
public record ChannelProfile(@NotBlank String name, @DefaultValue @NotNull List<@Valid ImageSlot> images,
		@NotNull @Valid TextRule title, @NotNull @Valid TextRule copy, @NotNull @Valid Hashtags hashtags,
		@NotNull @Valid AiLabel aiLabel, @Nullable @Valid DetailPage detailPage, @Nullable @Valid VideoSlot video) {

	/**
	 * One image size a channel takes.
	 *
	 * @param width width in pixels
	 * @param height height in pixels
	 * @param format how it is encoded
	 * @param maxBytes the largest file the channel accepts
	 * @param source where the rule comes from
	 */
	public record ImageSlot(@Positive int width, @Positive int height, @NotNull ImageFormat format,
			@NotNull DataSize maxBytes, @NotBlank String source) {

		/** The rendition's file name, e.g. {@code main-750x1000.jpg}. */
		public String fileName() {
			return "main-" + this.width + "x" + this.height + this.format.extension();
		}

	}

	/** How an image is encoded. */
	public enum ImageFormat {

		/** Lossless PNG. */
		PNG("image/png", ".png"),
		/** Baseline JPEG. */
		JPEG("image/jpeg", ".jpg");

		private final String mediaType;

		private final String extension;

		ImageFormat(String mediaType, String extension) {
			this.mediaType = mediaType;
			this.extension = extension;
		}

		public String mediaType() {
			return this.mediaType;
		}

		public String extension() {
			return this.extension;
		}

	}

	/**
	 * How long a text may be, counted the way the platform counts.
	 *
	 * @param max the most units
	 * @param counting how units are counted
	 * @param source where the rule comes from
	 */
	public record TextRule(@Positive int max, @NotNull TextCounting counting, @NotBlank String source) {

		/** Whether a text keeps to the rule. */
		public boolean allows(String text) {
			return this.counting.length(text) <= this.max;
		}

		/**
		 * The longest prefix of a text that keeps to the rule, whole code points only.
		 */
		public String fit(String text) {
			return this.counting.prefix(text, this.max);
		}

	}

	/**
	 * @param max the most hashtags on a post; 0 where the channel has none
	 * @param source where the rule comes from
	 */
	public record Hashtags(@PositiveOrZero int max, @NotBlank String source) {

	}

	/**
	 * Where the explicit AI label may be drawn.
	 *
	 * @param corners the corners the channel's own overlays leave free, best first
	 * @param minTextHeight the label text's least height as a share of the shorter side
	 * @param source where the rule comes from
	 */
	public record AiLabel(@NotEmpty List<Corner> corners, @DecimalMin("0.01") @DecimalMax("0.5") double minTextHeight,
			@NotBlank String source) {

	}

	/** A corner of an image or frame. */
	public enum Corner {

		TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT

	}

	/**
	 * @param width the page's (and its long image's) width in pixels
	 * @param maxBytes the largest long image the channel accepts
	 * @param source where the rule comes from
	 */
	public record DetailPage(@Positive int width, @NotNull DataSize maxBytes, @NotBlank String source) {

	}

	/**
	 * @param width frame width in pixels
	 * @param height frame height in pixels
	 * @param min the shortest video the channel takes
	 * @param max the longest
	 * @param maxBytes the largest file it takes
	 * @param source where the rule comes from
	 */
	public record VideoSlot(@Positive int width, @Positive int height, @NotNull Duration min, @NotNull Duration max,
			@NotNull DataSize maxBytes, @NotBlank String source) {

	}

}
