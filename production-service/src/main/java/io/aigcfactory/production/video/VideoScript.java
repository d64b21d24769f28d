package io.aigcfactory.production.video;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.events.Copy;

/**
 * What a promo video says and when: the narration's script, the subtitle cues timed
 * across it, and the captions that animate in over the pictures.
 *
 * @param script the narration's text
 * @param lines the script's sentences, in order: the subtitles
 * @param captions the short phrases animated over the pictures: headline and highlights
 */
public record VideoScript(String script, List<String> lines, List<String> captions) {

	/** Speaking time per character where there is no narration to time captions by. */
	private static final long MILLIS_PER_CHARACTER = 220;

	/** Silence before the first subtitle and after the narration. */
	private static final long LEAD_IN = 300;

	public VideoScript {
		lines = List.copyOf(lines);
		captions = List.copyOf(captions);
	}

	/** A script from the copy: headline, the body's sentences, the call to action. */
	public static VideoScript of(Copy copy) {
		List<String> lines = new ArrayList<>();
		lines.add(copy.headline().strip());
		for (String sentence : copy.body().split("(?<=[。！？!?；;])")) {
			if (!sentence.isBlank()) {
				lines.add(sentence.strip());
			}
		}
		lines.add(copy.callToAction().strip());
		List<String> captions = new ArrayList<>();
		captions.add(copy.headline().strip());
		copy.highlights().stream().map(String::strip).forEach(captions::add);
		return new VideoScript(String.join("，", lines) + "。", lines, captions);
	}

	/**
	 * How long the video runs: the narration (or the captions' reading time) plus a
	 * pause, within the channel's bounds.
	 */
	public long durationMillis(Narration narration, Duration min, Duration max) {
		long spoken = (narration.voice() == Narration.Voice.NONE) ? readingMillis() : narration.durationMillis();
		return Math.clamp(spoken + 2 * LEAD_IN + 500, min.toMillis(), max.toMillis());
	}

	/**
	 * The subtitles: each line for a share of the spoken time as long as its share of the
	 * characters, all within the video.
	 */
	public List<Subtitles.Cue> cues(Narration narration, long videoMillis) {
		long spoken = (narration.voice() == Narration.Voice.NONE) ? readingMillis() : narration.durationMillis();
		long span = Math.min(Math.max(spoken, 1000), videoMillis - 2 * LEAD_IN);
		int characters = this.lines.stream().mapToInt(String::length).sum();
		List<Subtitles.Cue> cues = new ArrayList<>();
		long start = LEAD_IN;
		int seen = 0;
		for (String line : this.lines) {
			seen += line.length();
			long end = LEAD_IN + span * seen / characters;
			cues.add(new Subtitles.Cue(start, end, line));
			start = end;
		}
		return cues;
	}

	private long readingMillis() {
		return this.lines.stream().mapToLong((line) -> line.length() * MILLIS_PER_CHARACTER).sum();
	}

}
