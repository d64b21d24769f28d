package io.aigcfactory.production.video;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.aigcfactory.events.Copy;
import io.aigcfactory.glyphs.Glyphs;
import org.jspecify.annotations.Nullable;

/**
 * Makes a concept's promo video and its subtitles: the script from the copy, narrated (or
 * captions only), timed, drawn frame by frame, marked as AI-generated frame by frame,
 * mixed over the brand's music or the generated bed where configured and encoded as H.264
 * MP4.
 */
public class PromoVideos {

	private final Narrator narrator;

	private final SoundTrack sound;

	private final Mp4Encoder encoder;

	private final Glyphs glyphs = Glyphs.bundled();

	/** Videos with the narration alone as their sound. */
	public PromoVideos(Narrator narrator, int frameRate, int videoBitrate) {
		this(narrator, SoundTrack.narrationOnly(), frameRate, videoBitrate);
	}

	/** Videos with the narration over the music bed the settings describe. */
	public PromoVideos(Narrator narrator, VideoSettings.Music music, int frameRate, int videoBitrate) {
		this(narrator, new SoundTrack(music), frameRate, videoBitrate);
	}

	PromoVideos(Narrator narrator, SoundTrack sound, int frameRate, int videoBitrate) {
		this.narrator = narrator;
		this.sound = sound;
		this.encoder = new Mp4Encoder(frameRate, videoBitrate);
	}

	/**
	 * @param title the product's title, shown in the top band
	 * @param copy the copy: script, subtitles and captions
	 * @param pictures the pictures to pan and zoom over, in turn
	 * @param width frame width
	 * @param height frame height
	 * @param min the shortest the video may be
	 * @param max the longest
	 * @param marking marks each frame once it is drawn
	 * @return the video, its subtitles and who narrated it
	 */
	public PromoVideo make(String title, Copy copy, List<BufferedImage> pictures, int width, int height, Duration min,
			Duration max, FrameMarking marking) {
		return make(title, copy, pictures, width, height, min, max, marking, null);
	}

	/**
	 * @param title the product's title, shown in the top band
	 * @param copy the copy: script, subtitles and captions
	 * @param pictures the pictures to pan and zoom over, in turn
	 * @param width frame width
	 * @param height frame height
	 * @param min the shortest the video may be
	 * @param max the longest
	 * @param marking marks each frame once it is drawn
	 * @param brandMusic the brand's own music under the narration, or {@code null} for
	 * the generated bed where configured
	 * @return the video, its subtitles and who narrated it
	 */
	public PromoVideo make(String title, Copy copy, List<BufferedImage> pictures, int width, int height, Duration min,
			Duration max, FrameMarking marking, @Nullable BackgroundMusic brandMusic) {
		VideoScript script = VideoScript.of(copy);
		Narration narration = this.narrator.narrate(script.script());
		long duration = script.durationMillis(narration, min, max);
		List<Subtitles.Cue> cues = script.cues(narration, duration);
		VideoFrames frames = new VideoFrames(width, height, this.glyphs, title, pictures, script.captions(), cues,
				duration);
		FrameMarking.Marker marker = marking.forVideo(frames.keepOut());
		byte[] mp4 = this.encoder.encode((frame, millis) -> {
			frames.draw(frame, millis);
			marker.mark(frame, millis);
		}, width, height, duration, this.sound.mix(narration, duration, brandMusic), narration.sampleRate());
		return new PromoVideo(mp4, Subtitles.srt(cues), duration, narration.voice(), narration.fallback());
	}

	/** The video's file name. */
	public static String videoName(int width, int height) {
		return "promo-" + width + "x" + height + ".mp4";
	}

	/** The subtitles' file name. */
	public static String subtitlesName(int width, int height) {
		return "promo-" + width + "x" + height + ".srt";
	}

	/**
	 * A made video.
	 *
	 * @param mp4 the video file
	 * @param srt its subtitles, UTF-8 SRT
	 * @param durationMillis how long it runs
	 * @param voice who narrated it
	 * @param narrationFallback why that voice replaced the configured one; {@code null}
	 * when nothing fell back
	 */
	public record PromoVideo(byte[] mp4, byte[] srt, long durationMillis, Narration.Voice voice,
			@Nullable String narrationFallback) {

		public String srtText() {
			return new String(this.srt, StandardCharsets.UTF_8);
		}

	}

	/** The MP4's media type. */
	public static String mediaType() {
		return Mp4Encoder.MEDIA_TYPE;
	}

}
