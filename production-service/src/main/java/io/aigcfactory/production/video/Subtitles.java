package io.aigcfactory.production.video;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Subtitles in SubRip (SRT): numbered cues with {@code HH:MM:SS,mmm --> HH:MM:SS,mmm}
 * times, a blank line after each.
 */
public final class Subtitles {

	/** The media type of an SRT file. */
	public static final String MEDIA_TYPE = "application/x-subrip;charset=UTF-8";

	private Subtitles() {
	}

	public static byte[] srt(List<Cue> cues) {
		StringBuilder srt = new StringBuilder();
		for (int index = 0; index < cues.size(); index++) {
			Cue cue = cues.get(index);
			srt.append(index + 1)
				.append('\n')
				.append(time(cue.startMillis()))
				.append(" --> ")
				.append(time(cue.endMillis()))
				.append('\n')
				.append(cue.text().replace('\n', ' '))
				.append("\n\n");
		}
		return srt.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String time(long millis) {
		return "%02d:%02d:%02d,%03d".formatted(millis / 3_600_000, (millis / 60_000) % 60, (millis / 1000) % 60,
				millis % 1000);
	}

	/**
	 * One subtitle.
	 *
	 * @param startMillis when it appears
	 * @param endMillis when it goes
	 * @param text what it says
	 */
	public record Cue(long startMillis, long endMillis, String text) {

	}

}
