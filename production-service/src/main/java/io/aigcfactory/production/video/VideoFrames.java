package io.aigcfactory.production.video;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.aigcfactory.glyphs.Glyphs;

/**
 * Draws the frames of a promo video: a title band, the pictures in turn with a slow zoom
 * and pan and a cross-fade between them, the captions sliding in over them, and the
 * current subtitle burned in at the bottom. Every text is fitted to its box: wrapped to
 * at most two lines and shrunk until it fits.
 */
final class VideoFrames {

	private static final Color ACCENT = new Color(0xFF5A36);

	private static final long FADE = 400;

	private final int width;

	private final int height;

	private final Glyphs glyphs;

	private final List<StagePicture> pictures;

	private final List<String> captions;

	private final List<Subtitles.Cue> cues;

	private final long durationMillis;

	private final BufferedImage background;

	private final Rectangle stage;

	/** Where the title's lines are drawn; set with the background. */
	private Rectangle titleBox = new Rectangle();

	/** Texts are fitted once, on the first frame that shows them. */
	private final Map<String, Fitted> fitted = new HashMap<>();

	VideoFrames(int width, int height, Glyphs glyphs, String title, List<BufferedImage> pictures, List<String> captions,
			List<Subtitles.Cue> cues, long durationMillis) {
		this.width = width;
		this.height = height;
		this.glyphs = glyphs;
		this.pictures = pictures.stream().map(StagePicture::new).toList();
		this.captions = List.copyOf(captions);
		this.cues = List.copyOf(cues);
		this.durationMillis = durationMillis;
		this.stage = new Rectangle(0, Math.round(height * 0.14f), width, width);
		this.background = background(title);
	}

	/**
	 * The areas the frames use at one time or another: the title's lines, the stage the
	 * pictures move on, the band the captions slide into and the one the subtitles take,
	 * each as large as its text may grow.
	 */
	List<Rectangle> keepOut() {
		List<Rectangle> areas = new ArrayList<>();
		areas.add(this.titleBox);
		areas.add(new Rectangle(this.stage));
		int captionTop = this.stage.y + this.stage.height + Math.round(this.height * 0.03f);
		int captionWidth = Math.round(this.width * 0.84f);
		// A caption slides in from beyond the left edge.
		areas.add(new Rectangle(0, captionTop, (this.width + captionWidth) / 2,
				2 * Math.round(this.height * 0.034f * 1.35f) + 36));
		int subtitleWidth = Math.round(this.width * 0.9f);
		int subtitleHeight = 2 * Math.round(this.height * 0.026f * 1.35f) + 20;
		areas.add(new Rectangle((this.width - subtitleWidth) / 2, Math.round(this.height * 0.9f) - subtitleHeight,
				subtitleWidth, subtitleHeight));
		return areas;
	}

	/**
	 * Draws the frame at a time into an image of the video's size, packed BGR bytes
	 * ({@link BufferedImage#TYPE_3BYTE_BGR}) as the encoder takes them.
	 */
	void draw(BufferedImage frame, long millis) {
		if (frame.getType() != BufferedImage.TYPE_3BYTE_BGR || frame.getWidth() != this.width
				|| frame.getHeight() != this.height) {
			throw new IllegalArgumentException("Frames are " + this.width + "x" + this.height + " BGR bytes, not "
					+ frame.getWidth() + "x" + frame.getHeight() + " of type " + frame.getType());
		}
		Graphics2D graphics = frame.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.drawImage(this.background, 0, 0, null);
			pictures(((DataBufferByte) frame.getRaster().getDataBuffer()).getData(), millis);
			caption(graphics, millis);
			subtitle(graphics, millis);
		}
		finally {
			graphics.dispose();
		}
	}

	private void pictures(byte[] bgr, long millis) {
		long each = this.durationMillis / this.pictures.size();
		int index = (int) Math.min(millis / each, this.pictures.size() - 1);
		picture(bgr, index, millis - index * each, each, 1f);
		long intoNext = millis - (index + 1) * each + FADE;
		if (index + 1 < this.pictures.size() && intoNext > 0) {
			picture(bgr, index + 1, 0, each, Math.min(1f, intoNext / (float) FADE));
		}
	}

	/** One picture, zoomed from 100% to 112% over its time and panned sideways. */
	private void picture(byte[] bgr, int index, long into, long each, float alpha) {
		StagePicture picture = this.pictures.get(index);
		float progress = Math.clamp(into / (float) each, 0f, 1f);
		float zoom = 1f + 0.12f * progress;
		float cover = Math.max(this.stage.width / (float) picture.width(), this.stage.height / (float) picture.height())
				* zoom;
		int drawnWidth = Math.round(picture.width() * cover);
		int drawnHeight = Math.round(picture.height() * cover);
		float pan = ((index % 2 == 0) ? 1 : -1) * (progress - 0.5f) * (drawnWidth - this.stage.width);
		int x = Math.round(this.stage.x + (this.stage.width - drawnWidth) / 2f + pan);
		int y = this.stage.y + (this.stage.height - drawnHeight) / 2;
		picture.draw(bgr, this.width, this.stage, x, y, drawnWidth, drawnHeight, alpha);
	}

	/** The current caption slides in from the left and fades in, in a rounded chip. */
	private void caption(Graphics2D graphics, long millis) {
		long each = this.durationMillis / this.captions.size();
		int index = (int) Math.min(millis / each, this.captions.size() - 1);
		float enter = Math.clamp((millis - index * each) / 350f, 0f, 1f);
		int boxWidth = Math.round(this.width * 0.84f);
		Fitted text = this.fitted.computeIfAbsent("caption:" + index, (key) -> fit(this.captions.get(index),
				this.glyphs.bold(), boxWidth - 48, this.height * 0.034f, this.height * 0.022f, 2, graphics));
		int boxHeight = text.height() + 36;
		int x = Math.round((this.width - boxWidth) / 2f - (1 - enter) * this.width * 0.3f);
		int y = this.stage.y + this.stage.height + Math.round(this.height * 0.03f);
		Composite composite = graphics.getComposite();
		graphics.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, enter));
		graphics.setColor(ACCENT);
		graphics.fill(new RoundRectangle2D.Float(x, y, boxWidth, boxHeight, 28, 28));
		graphics.setColor(Color.WHITE);
		text.draw(graphics, x + 24, y + 18, boxWidth - 48);
		graphics.setComposite(composite);
	}

	/** The narration's current line, white on a dark band, above the bottom edge. */
	private void subtitle(Graphics2D graphics, long millis) {
		Subtitles.Cue cue = this.cues.stream()
			.filter((candidate) -> millis >= candidate.startMillis() && millis < candidate.endMillis())
			.findFirst()
			.orElse(null);
		if (cue == null) {
			return;
		}
		int boxWidth = Math.round(this.width * 0.9f);
		Fitted text = this.fitted.computeIfAbsent("cue:" + cue.startMillis(), (key) -> fit(cue.text(),
				this.glyphs.regular(), boxWidth - 32, this.height * 0.026f, this.height * 0.017f, 2, graphics));
		int boxHeight = text.height() + 20;
		int y = Math.round(this.height * 0.9f) - boxHeight;
		int x = (this.width - boxWidth) / 2;
		graphics.setColor(new Color(0, 0, 0, 160));
		graphics.fillRoundRect(x, y, boxWidth, boxHeight, 16, 16);
		graphics.setColor(Color.WHITE);
		text.draw(graphics, x + 16, y + 10, boxWidth - 32);
	}

	private BufferedImage background(String title) {
		BufferedImage image = new BufferedImage(this.width, this.height, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setPaint(new GradientPaint(0, 0, new Color(0x1B1F2A), 0, this.height, new Color(0x0B0D12)));
			graphics.fillRect(0, 0, this.width, this.height);
			Fitted text = fit(title, this.glyphs.bold(), this.width - 64, this.height * 0.03f, this.height * 0.018f, 2,
					graphics);
			graphics.setColor(Color.WHITE);
			int top = (this.stage.y - text.height()) / 2;
			text.draw(graphics, 32, top, this.width - 64);
			int widest = text.widest();
			this.titleBox = new Rectangle(32 + (this.width - 64 - widest) / 2, top, widest, text.height());
		}
		finally {
			graphics.dispose();
		}
		return image;
	}

	/**
	 * Wraps text to at most {@code maxLines} lines no wider than {@code maxWidth}, at the
	 * largest size from {@code maxSize} down to {@code minSize}; at the minimum, the last
	 * line is cut with an ellipsis rather than overflow.
	 */
	static Fitted fit(String text, Font face, int maxWidth, float maxSize, float minSize, int maxLines,
			Graphics2D graphics) {
		for (float size = maxSize; size >= minSize; size -= 1f) {
			Font font = face.deriveFont(size);
			List<String> lines = wrap(text, graphics.getFontMetrics(font), maxWidth);
			if (lines.size() <= maxLines) {
				return new Fitted(font, lines, graphics.getFontMetrics(font));
			}
		}
		Font font = face.deriveFont(minSize);
		FontMetrics metrics = graphics.getFontMetrics(font);
		List<String> lines = new ArrayList<>(wrap(text, metrics, maxWidth).subList(0, maxLines));
		String last = lines.removeLast();
		while (!last.isEmpty() && metrics.stringWidth(last + "…") > maxWidth) {
			last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
		}
		lines.add(last + "…");
		return new Fitted(font, lines, metrics);
	}

	private static List<String> wrap(String text, FontMetrics metrics, int maxWidth) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		text.codePoints().forEach((codePoint) -> {
			if (!line.isEmpty() && metrics.stringWidth(line + Character.toString(codePoint)) > maxWidth) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.appendCodePoint(codePoint);
		});
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** Text fitted to a box: its font, its lines, centred when drawn. */
	record Fitted(Font font, List<String> lines, FontMetrics metrics) {

		int lineHeight() {
			return Math.round(this.font.getSize2D() * 1.35f);
		}

		int height() {
			return this.lines.size() * lineHeight();
		}

		int widest() {
			return this.lines.stream().mapToInt(this.metrics::stringWidth).max().orElse(0);
		}

		void draw(Graphics2D graphics, int x, int y, int width) {
			graphics.setFont(this.font);
			for (int index = 0; index < this.lines.size(); index++) {
				String line = this.lines.get(index);
				int lineX = x + (width - this.metrics.stringWidth(line)) / 2;
				float baseline = y + index * lineHeight()
						+ (lineHeight() + this.metrics.getAscent() - this.metrics.getDescent()) / 2f;
				graphics.drawString(line, lineX, baseline);
			}
		}

	}

}
