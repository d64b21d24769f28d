package io.aigcfactory.production.image.local;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.production.image.local.Layout.Badge;
import io.aigcfactory.production.image.local.TextBlock.Align;

/**
 * The highlights as badges with a check icon: stacked in a column, or flowing in rows.
 * Highlights that do not fit are left out rather than squeezed.
 */
final class Badges {

	private Badges() {
	}

	/** Badges as wide as the column, stacked and centred in it as a group. */
	static List<Badge> column(Composer composer, Rectangle2D zone) {
		float gap = composer.u(0.022f);
		float padding = composer.u(0.02f);
		float icon = composer.u(0.036f);
		float labelWidth = (float) zone.getWidth() - 3 * padding - icon;
		List<TextBlock> labels = new ArrayList<>();
		List<Float> heights = new ArrayList<>();
		float used = -gap;
		for (ShapedText highlight : composer.content().highlights()) {
			TextBlock label = new TextFit(labelWidth, composer.u(0.1f), composer.u(0.03f), composer.u(0.023f), 2, 1.25f,
					true, true)
				.set(highlight);
			float height = (label != null) ? Math.max(composer.u(0.07f), label.height() + composer.u(0.032f)) : 0;
			if (label == null || used + gap + height > zone.getHeight()) {
				break;
			}
			labels.add(label);
			heights.add(height);
			used += gap + height;
		}
		List<Badge> badges = new ArrayList<>();
		float y = (float) (zone.getY() + (zone.getHeight() - used) / 2);
		for (int index = 0; index < labels.size(); index++) {
			Rectangle2D box = Composer.rect(zone.getX(), y, zone.getWidth(), heights.get(index));
			badges.add(badge(box, labels.get(index), padding, icon, labelWidth));
			y += heights.get(index) + gap;
		}
		return badges;
	}

	/** Badges as wide as their text, left to right in at most {@code maxRows} rows. */
	static List<Badge> rows(Composer composer, Rectangle2D zone, int maxRows) {
		float height = composer.u(0.062f);
		float gap = composer.u(0.018f);
		float padding = composer.u(0.02f);
		float icon = composer.u(0.03f);
		List<Badge> badges = new ArrayList<>();
		float x = (float) zone.getX();
		float y = (float) zone.getY();
		int row = 1;
		for (ShapedText highlight : composer.content().highlights()) {
			TextBlock label = TextFit
				.line((float) zone.getWidth() - 3 * padding - icon, composer.u(0.028f), composer.u(0.022f))
				.set(highlight);
			if (label == null) {
				break;
			}
			float width = 3 * padding + icon + label.textWidth();
			if (x > zone.getX() && x + width > zone.getMaxX()) {
				row++;
				x = (float) zone.getX();
				y += height + gap;
			}
			if (row > maxRows || y + height > zone.getMaxY()) {
				break;
			}
			badges.add(badge(Composer.rect(x, y, width, height), label, padding, icon, label.textWidth()));
			x += width + gap;
		}
		return badges;
	}

	private static Badge badge(Rectangle2D box, TextBlock label, float padding, float icon, float labelWidth) {
		float centre = (float) box.getCenterY();
		Rectangle2D iconBox = Composer.rect(box.getX() + padding, centre - icon / 2, icon, icon);
		TextBlock placed = label.aligned((float) box.getX() + 2 * padding + icon, centre - label.height() / 2,
				labelWidth, Align.LEFT);
		return new Badge(box, placed, iconBox);
	}

}
