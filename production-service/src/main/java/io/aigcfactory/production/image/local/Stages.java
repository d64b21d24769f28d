package io.aigcfactory.production.image.local;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;

import io.aigcfactory.production.image.local.Layout.Badge;
import io.aigcfactory.production.image.local.Layout.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The product's stage: a disc, a podium in front of it and, on the podium, the product's
 * photo (or, without one, a tile with the category's character), then the product's name
 * below when there is room. Over a generated scene the disc is left out.
 */
final class Stages {

	private Stages() {
	}

	static Stage stage(Composer composer, Rectangle2D box) {
		float captionHeight = composer.u(0.048f);
		float captionGap = composer.u(0.03f);
		float radius = radius(box, captionHeight + captionGap);
		boolean captioned = radius >= composer.u(0.12f);
		if (!captioned) {
			radius = radius(box, 0);
		}
		float height = 2 * radius + (captioned ? captionGap + captionHeight : 0);
		float centreX = (float) box.getCenterX();
		float centreY = (float) (box.getY() + (box.getHeight() - height) / 2) + radius;
		Ellipse2D backdrop = new Ellipse2D.Float(centreX - radius, centreY - radius, 2 * radius, 2 * radius);
		float podiumY = centreY + 0.64f * radius;
		Ellipse2D podium = new Ellipse2D.Float(centreX - 0.8f * radius, podiumY - 0.16f * radius, 1.6f * radius,
				0.32f * radius);
		float side = 0.92f * radius;
		Rectangle2D tile = Composer.rect(centreX - side / 2, podiumY + 0.04f * radius - side, side, side);
		TextBlock glyph = Composer.centred(Objects.requireNonNull(
				TextFit.line(side * 0.9f, side * 0.56f, side * 0.2f).set(composer.content().glyph())), tile);
		Badge caption = captioned ? caption(composer, box, centreY + radius + captionGap, captionHeight, radius) : null;
		return new Stage(box, backdrop, podium, 0.17f * radius, tile, glyph, caption);
	}

	/**
	 * The largest disc radius for the box that leaves {@code below} free under it, with
	 * room for the ring around the disc.
	 */
	private static float radius(Rectangle2D box, float below) {
		return (float) Math.max(Math.min(box.getWidth() * 0.45, (box.getHeight() - below) / 2.2), 1);
	}

	private static @Nullable Badge caption(Composer composer, Rectangle2D box, float y, float height, float radius) {
		float padding = composer.u(0.022f);
		float maxWidth = (float) Math.min(box.getWidth(), 2.4 * radius) - 2 * padding;
		TextBlock label = TextFit.line(maxWidth, composer.u(0.026f), composer.u(0.02f))
			.set(composer.content().productName());
		if (label == null) {
			return null;
		}
		float width = label.textWidth() + 2 * padding;
		Rectangle2D pill = Composer.rect(box.getCenterX() - width / 2, y, width, height);
		return new Badge(pill, Composer.centred(label, pill), null);
	}

}
