package io.aigcfactory.production.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

import io.aigcfactory.platform.channel.ChannelProfile.ImageFormat;

/**
 * Marks every file production makes as AI-generated, as GB 45438-2025 asks, after it is
 * rendered and before it is stored: the one hook every rendition goes through.
 * <ul>
 * <li>an image gets the visible mark (e.g. "AI生成", at least 5% of the short side high, at
 * an edge or corner clear of the product and the price), the invisible watermark (tenant
 * and asset), and the signed implicit label in its metadata;</li>
 * <li>a text gets a prefix or suffix with an AI element and a 生成/合成 element, and a
 * sidecar with its signed implicit label;</li>
 * <li>a video's frames get the visible mark on the opening frames (at least 2 s, in a
 * corner the channels' profiles leave free) and the watermark on every frame; its file
 * then gets the signed implicit label like any other;</li>
 * <li>an HTML page gets the text label as a note at the top of its body, and the signed
 * implicit label;</li>
 * <li>any other file the label carriers know (HTML, MP4, PNG, JPEG) gets the signed
 * implicit label.</li>
 * </ul>
 * Wording, position and style come from the settings of the subject's channels.
 */
public interface RenditionMarking {

	/**
	 * The drawn image with the visible mark, the watermark and the implicit label,
	 * encoded once in the format asked for, the labelled file within the byte limit (a
	 * JPEG at the highest quality that keeps within it). The drawn image itself is left
	 * as it was.
	 * @param drawn the image as drawn, with the boxes the visible mark keeps clear of
	 * @param format the file's format
	 * @param maxBytes the largest file the image's channels accept
	 * @throws UnmarkableImage when no edge or corner is clear of the keep-out areas
	 * @throws OversizeImage when the marked file cannot be brought within
	 * {@code maxBytes}
	 */
	RenderedImage image(DrawnImage drawn, ImageFormat format, MarkingSubject subject, long maxBytes);

	/**
	 * The UTF-8 text with its explicit label, and the sidecar holding its implicit label.
	 */
	MarkedText text(byte[] text, MarkingSubject subject);

	/**
	 * SubRip subtitles with the channel's copy wording as the first line of their opening
	 * cue (the explicit label, shown from the video's start), and the sidecar holding
	 * their implicit label.
	 */
	MarkedText subtitles(byte[] srt, MarkingSubject subject);

	/**
	 * The HTML page with its explicit label (the channel's copy wording, as a note at the
	 * top of its body) and the signed implicit label.
	 */
	byte[] page(byte[] html, MarkingSubject subject);

	/** The file with the signed implicit label (no visible mark). */
	byte[] file(byte[] file, MarkingSubject subject);

	/**
	 * The marks of one video's frames, placed once for the whole video.
	 * @param width the frames' width
	 * @param height their height
	 * @param keepOut the areas the video's layout uses at any time, which the visible
	 * mark keeps clear of
	 * @throws UnmarkableImage when no edge or corner is clear of the keep-out areas
	 */
	FrameMarks frames(MarkingSubject subject, int width, int height, List<Rectangle> keepOut);

	/** Marks the frames of one video. */
	@FunctionalInterface
	interface FrameMarks {

		/**
		 * Marks a drawn frame in place; safe to call from any one thread at a time per
		 * frame.
		 * @param millis the frame's time in the video
		 */
		void mark(BufferedImage frame, long millis);

	}

	/**
	 * Whose file is being marked.
	 *
	 * @param tenantId the tenant, carried by the watermark
	 * @param assetId the asset: {@code ProduceID} of the label, carried by the watermark
	 * @param channels the channels it is made for, whose mark settings apply
	 */
	record MarkingSubject(String tenantId, String assetId, List<String> channels) {

		public MarkingSubject {
			channels = List.copyOf(channels);
		}

	}

	/**
	 * A marked text.
	 *
	 * @param text the text with its explicit label
	 * @param sidecar {@code {"AIGC":{...}}}, signed over {@code text}
	 */
	record MarkedText(byte[] text, byte[] sidecar) {
	}

}
