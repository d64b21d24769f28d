package io.aigcfactory.production.image.marking;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How files are marked as AI-generated, by default and per channel.
 *
 * @param defaults the marks of a file made for no channel in {@code channels}
 * @param channels per channel id, its own marks (all of them: a channel's entry replaces
 * the defaults)
 */
@Validated
@ConfigurationProperties("aigc.production.marking")
public record MarkingSettings(@Valid @NotNull ChannelMarks defaults, Map<String, @Valid ChannelMarks> channels) {

	public MarkingSettings {
		channels = (channels != null) ? Map.copyOf(channels) : Map.of();
	}

	/**
	 * The marks for a file made for these channels: theirs when they all agree, otherwise
	 * (or when none is configured) the defaults.
	 */
	public ChannelMarks forChannels(List<String> ids) {
		List<ChannelMarks> marks = ids.stream()
			.map((id) -> this.channels.getOrDefault(id, this.defaults))
			.distinct()
			.toList();
		return (marks.size() == 1) ? marks.get(0) : this.defaults;
	}

	/**
	 * A channel's marks.
	 *
	 * @param image the visible mark on images, and its wording and style on videos
	 * @param text the explicit label of copy
	 * @param video how long the opening frames of a video show the mark (3 s when not
	 * set)
	 */
	public record ChannelMarks(@Valid @NotNull ImageMark image, @Valid @NotNull TextMark text, @Valid VideoMark video) {

		public ChannelMarks {
			video = (video != null) ? video : VideoMark.DEFAULT;
		}

	}

	/**
	 * The visible mark on videos: the image mark's wording and style on the opening
	 * frames, in the first corner the channel's profile leaves free.
	 *
	 * @param opening how long the opening frames show it (at least 2 s, the standard's
	 * minimum)
	 */
	public record VideoMark(@NotNull Duration opening) {

		static final VideoMark DEFAULT = new VideoMark(Duration.ofSeconds(3));

		@AssertTrue(message = "the opening frames must show the mark for at least 2 s")
		boolean isLongEnough() {
			return this.opening != null && this.opening.compareTo(Duration.ofSeconds(2)) >= 0;
		}

	}

	/**
	 * The visible mark on images.
	 *
	 * @param text the wording, e.g. {@code AI生成}
	 * @param position the corner tried first; the others follow clockwise, then the rest
	 * of the top and bottom edges
	 * @param height the text's height as a share of the image's short side (at least
	 * 0.05, the standard's minimum)
	 * @param colour the text's colour, {@code #RRGGBB}
	 * @param background the plate behind the text, {@code #RRGGBBAA}
	 */
	public record ImageMark(@NotBlank String text, @NotNull Corner position,
			@DecimalMin("0.05") @DecimalMax("0.2") double height, @Pattern(regexp = "#[0-9A-Fa-f]{6}") String colour,
			@Pattern(regexp = "#[0-9A-Fa-f]{8}") String background) {

		@AssertTrue(message = "the mark must name AI (AI or 人工智能) and say 生成 or 合成")
		boolean isExplicit() {
			return TextMark.explicit(this.text);
		}

	}

	/** Where the visible mark goes first. */
	public enum Corner {

		TOP_LEFT, TOP_RIGHT, BOTTOM_RIGHT, BOTTOM_LEFT

	}

	/**
	 * The explicit label of copy: together, prefix and suffix must hold an AI element and
	 * a 生成/合成 element (GB 45438-2025 §5.1 b).
	 *
	 * @param prefix put before the text, e.g. {@code 【AI生成】}
	 * @param suffix put after it, e.g. {@code （本内容由人工智能生成）}
	 */
	public record TextMark(String prefix, String suffix) {

		public TextMark {
			prefix = (prefix != null) ? prefix : "";
			suffix = (suffix != null) ? suffix : "";
		}

		@AssertTrue(message = "prefix and suffix together must name AI (AI or 人工智能) and say 生成 or 合成")
		boolean isExplicit() {
			return explicit(this.prefix + " " + this.suffix);
		}

		static boolean explicit(String text) {
			String upper = text.toUpperCase(java.util.Locale.ROOT);
			return (upper.contains("AI") || text.contains("人工智能")) && (text.contains("生成") || text.contains("合成"));
		}

	}

}
