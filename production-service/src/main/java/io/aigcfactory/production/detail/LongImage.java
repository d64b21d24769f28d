package io.aigcfactory.production.detail;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.glyphs.Glyphs;

/**
 * The detail page as one long image, drawn with Java2D from the same sections as the
 * HTML: the hero image full width, the headline, body and price, then selling points, the
 * specification table, usage scenes and service promises. Laid out once to measure its
 * height and once to draw, so text is wrapped to the width and nothing is cut.
 */
public final class LongImage {

	private static final Color INK = new Color(0x222222);

	private static final Color MUTED = new Color(0x666666);

	private static final Color ACCENT = new Color(0xE4393C);

	private static final Color RULE = new Color(0xE5E5E5);

	private static final Color BAND = new Color(0xFAFAFA);

	private final Glyphs glyphs;

	public LongImage(Glyphs glyphs) {
		this.glyphs = glyphs;
	}

	/**
	 * @param sections what the page says
	 * @param hero the hero picture, scaled to the width
	 * @param width the image's width in pixels
	 * @return the long image
	 */
	public BufferedImage render(DetailSections sections, BufferedImage hero, int width) {
		BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		Graphics2D measuring = scratch.createGraphics();
		int height = new Pass(measuring, width, false).page(sections, hero);
		measuring.dispose();
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			new Pass(graphics, width, true).page(sections, hero);
		}
		finally {
			graphics.dispose();
		}
		return image;
	}

	/** One pass over the page: measuring only, or drawing too. */
	private final class Pass {

		private final Graphics2D graphics;

		private final int width;

		private final boolean draw;

		private final int margin;

		private int y;

		Pass(Graphics2D graphics, int width, boolean draw) {
			this.graphics = graphics;
			this.width = width;
			this.draw = draw;
			this.margin = Math.round(width * 0.053f);
		}

		int page(DetailSections sections, BufferedImage hero) {
			int heroHeight = Math.round(hero.getHeight() * (this.width / (float) hero.getWidth()));
			if (this.draw) {
				this.graphics.drawImage(hero, 0, 0, this.width, heroHeight, null);
			}
			this.y = heroHeight + gap(2);
			text(sections.headline(), bold(0.053f), INK, this.margin, this.width - 2 * this.margin);
			this.y += gap(1);
			text(sections.body(), regular(0.035f), MUTED, this.margin, this.width - 2 * this.margin);
			this.y += gap(1);
			text(sections.price() + "  " + sections.callToAction(), bold(0.048f), ACCENT, this.margin,
					this.width - 2 * this.margin);
			heading("核心卖点");
			for (String point : sections.sellingPoints()) {
				text("• " + point, regular(0.035f), INK, this.margin, this.width - 2 * this.margin);
			}
			heading("产品参数");
			specs(sections.specs());
			heading("使用场景");
			for (DetailSections.Scene scene : sections.scenes()) {
				text(scene.title(), bold(0.037f), INK, this.margin, this.width - 2 * this.margin);
				text(scene.text(), regular(0.032f), MUTED, this.margin, this.width - 2 * this.margin);
				this.y += gap(1);
			}
			heading("服务承诺");
			for (String promise : sections.promises()) {
				text("✓ " + promise, regular(0.035f), INK, this.margin, this.width - 2 * this.margin);
			}
			return this.y + gap(3);
		}

		private void heading(String title) {
			this.y += gap(2);
			int bandHeight = Math.round(this.width * 0.09f);
			if (this.draw) {
				this.graphics.setColor(BAND);
				this.graphics.fillRect(0, this.y, this.width, bandHeight);
				this.graphics.setColor(ACCENT);
				this.graphics.fillRect(this.margin, this.y + bandHeight / 4, Math.max(4, this.width / 120),
						bandHeight / 2);
			}
			Font font = bold(0.042f);
			FontMetrics metrics = this.graphics.getFontMetrics(font);
			if (this.draw) {
				this.graphics.setFont(font);
				this.graphics.setColor(INK);
				this.graphics.drawString(title, this.margin * 1.5f,
						this.y + (bandHeight + metrics.getAscent() - metrics.getDescent()) / 2f);
			}
			this.y += bandHeight + gap(1);
		}

		private void specs(List<DetailSections.Spec> specs) {
			Font font = regular(0.032f);
			int nameWidth = Math.round((this.width - 2 * this.margin) * 0.3f);
			int pad = gap(1) / 2 + 2;
			for (DetailSections.Spec spec : specs) {
				int top = this.y;
				int valueX = this.margin + nameWidth + pad;
				int valueWidth = this.width - this.margin - valueX - pad;
				List<String> names = wrap(spec.name(), font, nameWidth - 2 * pad);
				List<String> values = wrap(spec.value(), font, valueWidth);
				int lineHeight = Math.round(font.getSize2D() * 1.5f);
				int rowHeight = Math.max(names.size(), values.size()) * lineHeight + 2 * pad;
				if (this.draw) {
					this.graphics.setColor(BAND);
					this.graphics.fillRect(this.margin, top, nameWidth, rowHeight);
					this.graphics.setColor(RULE);
					this.graphics.drawRect(this.margin, top, this.width - 2 * this.margin - 1, rowHeight);
					this.graphics.drawLine(this.margin + nameWidth, top, this.margin + nameWidth, top + rowHeight);
				}
				this.y = top + pad;
				lines(names, font, MUTED, this.margin + pad, lineHeight);
				this.y = top + pad;
				lines(values, font, INK, valueX, lineHeight);
				this.y = top + rowHeight;
			}
		}

		private void text(String text, Font font, Color colour, int x, int maxWidth) {
			lines(wrap(text, font, maxWidth), font, colour, x, Math.round(font.getSize2D() * 1.5f));
		}

		private void lines(List<String> lines, Font font, Color colour, int x, int lineHeight) {
			FontMetrics metrics = this.graphics.getFontMetrics(font);
			for (String line : lines) {
				if (this.draw) {
					this.graphics.setFont(font);
					this.graphics.setColor(colour);
					this.graphics.drawString(line, x,
							this.y + (lineHeight + metrics.getAscent() - metrics.getDescent()) / 2f);
				}
				this.y += lineHeight;
			}
		}

		/**
		 * Breaks text into lines no wider than {@code maxWidth}; Chinese may break
		 * anywhere.
		 */
		private List<String> wrap(String text, Font font, int maxWidth) {
			FontMetrics metrics = this.graphics.getFontMetrics(font);
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			text.codePoints().forEach((codePoint) -> {
				String next = line + Character.toString(codePoint);
				if (metrics.stringWidth(next) > maxWidth && !line.isEmpty()) {
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

		private Font regular(float share) {
			return LongImage.this.glyphs.regular().deriveFont(this.width * share);
		}

		private Font bold(float share) {
			return LongImage.this.glyphs.bold().deriveFont(this.width * share);
		}

		private int gap(int steps) {
			return Math.round(this.width * 0.027f) * steps;
		}

	}

}
