package io.aigcfactory.production.image.local;

import java.awt.geom.Rectangle2D;
import java.util.Objects;

import io.aigcfactory.production.image.local.Layout.Badge;
import io.aigcfactory.production.image.local.Layout.Header;
import io.aigcfactory.production.image.local.TextBlock.Align;
import org.jspecify.annotations.Nullable;

/** The header: the brand's mark and name at the left, the category tag at the right. */
final class Headers {

	private Headers() {
	}

	static Header header(Composer composer, float x, float y, float width) {
		float side = composer.u(0.062f);
		Rectangle2D mark = Composer.rect(x, y, side, side);
		TextBlock initial = Composer.centred(
				Objects.requireNonNull(
						TextFit.line(side * 0.8f, side * 0.56f, side * 0.3f).set(composer.content().brandInitial())),
				mark);
		Badge tag = tag(composer, x + width, y, side, width * 0.32f);
		float brandX = x + side + composer.u(0.02f);
		float brandRight = (tag != null) ? (float) tag.box().getX() - composer.u(0.03f) : x + width;
		TextBlock brand = Objects
			.requireNonNull(TextFit.line(brandRight - brandX, composer.u(0.034f), composer.u(0.022f))
				.set(composer.content().brand()));
		brand = brand.aligned(brandX, y + (side - brand.height()) / 2, brand.textWidth(), Align.LEFT);
		return new Header(Composer.rect(x, y, width, side), mark, initial, brand, tag);
	}

	private static @Nullable Badge tag(Composer composer, float right, float y, float side, float maxWidth) {
		float padding = composer.u(0.02f);
		TextBlock label = TextFit.line(maxWidth - 2 * padding, composer.u(0.024f), composer.u(0.019f))
			.set(composer.content().category());
		if (label == null) {
			return null;
		}
		float width = label.textWidth() + 2 * padding;
		float height = composer.u(0.044f);
		Rectangle2D box = Composer.rect(right - width, y + (side - height) / 2, width, height);
		return new Badge(box, Composer.centred(label, box), null);
	}

}
