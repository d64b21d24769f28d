package io.aigcfactory.production.image.local;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.aigcfactory.events.Angle;
import io.aigcfactory.production.image.local.Content.Price;
import io.aigcfactory.production.image.local.Layout.Badge;
import io.aigcfactory.production.image.local.Layout.Deal;
import io.aigcfactory.production.image.local.TextBlock.Align;

/** The deal band: the price at the left, the call-to-action button at the right. */
final class Deals {

	/** The currency sign and the fen are set at this fraction of the yuan's size. */
	private static final float MINOR = 0.5f;

	private Deals() {
	}

	static Deal deal(Composer composer, Rectangle2D band) {
		float inset = composer.u(0.035f);
		Badge action = action(composer, band, inset);
		float right = (float) action.box().getX() - composer.u(0.03f);
		return new Deal(band, price(composer, band, (float) band.getX() + inset, right), action);
	}

	private static Badge action(Composer composer, Rectangle2D band, float inset) {
		float height = (float) band.getHeight() * 0.56f;
		float padding = height * 0.42f;
		TextBlock label = Objects.requireNonNull(TextFit
			.line((float) band.getWidth() * 0.5f - 2 * padding - height * 0.3f, composer.u(0.036f), composer.u(0.026f))
			.set(composer.content().callToAction()));
		float chevron = label.size() * 0.8f;
		float width = padding + label.textWidth() + chevron + padding;
		Rectangle2D box = Composer.rect(band.getMaxX() - inset - width, band.getCenterY() - height / 2, width, height);
		TextBlock placed = label.aligned((float) box.getX() + padding, (float) box.getCenterY() - label.height() / 2,
				label.textWidth(), Align.LEFT);
		Rectangle2D icon = Composer.rect(box.getX() + padding + label.textWidth() + chevron * 0.4f,
				box.getCenterY() - label.size() * 0.24f, label.size() * 0.26f, label.size() * 0.48f);
		return new Badge(box, placed, icon);
	}

	/**
	 * The price as large as the band and the room beside the button allow: prices are
	 * never cut, so a long one only gets smaller.
	 */
	private static List<TextBlock> price(Composer composer, Rectangle2D band, float left, float right) {
		Price price = composer.content().price();
		float gap = 0.06f;
		float widthAtOne = price.currency().width(MINOR) + gap + price.whole().width(1) + price.fraction().width(MINOR);
		float largest = Math.min(composer.u((composer.content().angle() == Angle.PRICE) ? 0.1f : 0.085f),
				(float) band.getHeight() * 0.62f);
		float size = Math.min(largest, (right - left) / widthAtOne);
		float baseline = (float) band.getCenterY() + 0.36f * size;
		List<TextBlock> parts = new ArrayList<>();
		parts.add(part(price.currency(), size * MINOR, left, baseline));
		parts.add(part(price.whole(), size, left + price.currency().width(size * MINOR) + gap * size, baseline));
		if (!price.fraction().isEmpty()) {
			TextBlock whole = parts.getLast();
			parts.add(part(price.fraction(), size * MINOR, whole.x() + whole.width(), baseline));
		}
		return parts;
	}

	private static TextBlock part(ShapedText text, float size, float x, float baseline) {
		float width = text.width(size);
		return new TextBlock(text, size, size, List.of(new Line(0, text.length(), width, false)), x,
				baseline - CjkFonts.EM_ASCENT * size, width, Align.LEFT);
	}

}
