package io.aigcfactory.production.image.local;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;

import io.aigcfactory.events.Angle;
import io.aigcfactory.production.image.local.Layout.Badge;
import io.aigcfactory.production.image.local.Layout.Deal;
import io.aigcfactory.production.image.local.Layout.Header;
import io.aigcfactory.production.image.local.Layout.Stage;
import io.aigcfactory.production.image.local.TextBlock.Align;
import org.jspecify.annotations.Nullable;

/**
 * Lays an image out from its size: every length is a fraction of the shorter side, so one
 * design serves 1:1, 3:4 and 16:9. Text is measured and fitted before anything is placed
 * below it, so nothing overflows or overlaps.
 */
final class Composer {

	private final Content content;

	private final float width;

	private final float height;

	/** The shorter side: the unit of every length. */
	private final float unit;

	private final float margin;

	private Composer(Content content, int width, int height) {
		this.content = content;
		this.width = width;
		this.height = height;
		this.unit = Math.min(width, height);
		this.margin = u(0.06f);
	}

	static Layout compose(Content content, int width, int height) {
		return new Composer(content, width, height).layout();
	}

	private Layout layout() {
		boolean landscape = this.width >= 1.3f * this.height;
		float column = (this.width - 2 * this.margin) * (landscape ? 0.5f : 1f);
		Header header = Headers.header(this, this.margin, this.margin, column);
		float band = u((this.content.angle() == Angle.PRICE) ? 0.19f : 0.165f);
		Deal deal = Deals.deal(this, rect(this.margin, this.height - this.margin - band, column, band));
		float top = bottom(header.box()) + u(0.05f);
		float floor = (float) deal.box().getY() - u(0.04f);
		return landscape ? landscape(header, deal, top, floor) : upright(header, deal, top, floor);
	}

	/**
	 * Text in the left half, highlights in rows under it; the stage fills the right half.
	 */
	private Layout landscape(Header header, Deal deal, float top, float floor) {
		float column = (float) deal.box().getWidth();
		Copy copy = copy(column, top, floor, u(0.08f));
		float stageX = this.margin + column + u(0.06f);
		Stage stage = Stages.stage(this,
				rect(stageX, this.margin, this.width - this.margin - stageX, this.height - 2 * this.margin));
		return layout(header, copy, Badges.rows(this, copy.rest(), 3), stage, deal);
	}

	/**
	 * Text across the top, the deal band across the bottom, and between them the stage
	 * with the highlights: beside it in a column where the zone is wide, above it in rows
	 * where the zone is tall.
	 */
	private Layout upright(Header header, Deal deal, float top, float floor) {
		Copy copy = copy((float) deal.box().getWidth(), top, floor, u(0.3f));
		Rectangle2D zone = copy.rest();
		if (this.content.highlights().isEmpty()) {
			return layout(header, copy, List.of(), Stages.stage(this, zone), deal);
		}
		if (zone.getWidth() >= 1.15 * zone.getHeight()) {
			float badges = (float) zone.getWidth() * 0.42f;
			float stageX = (float) zone.getX() + badges + u(0.03f);
			return layout(header, copy, Badges.column(this, rect(zone.getX(), zone.getY(), badges, zone.getHeight())),
					Stages.stage(this, rect(stageX, zone.getY(), zone.getMaxX() - stageX, zone.getHeight())), deal);
		}
		List<Badge> highlights = Badges.rows(this, zone, 2);
		float below = (float) highlights.stream()
			.mapToDouble((badge) -> badge.box().getMaxY() + u(0.04f))
			.max()
			.orElse(zone.getY());
		return layout(header, copy, highlights,
				Stages.stage(this, rect(zone.getX(), below, zone.getWidth(), zone.getMaxY() - below)), deal);
	}

	private Layout layout(Header header, Copy copy, List<Badge> highlights, Stage stage, Deal deal) {
		return new Layout(rect(0, 0, this.width, this.height), header, copy.headline(), copy.subline(), highlights,
				stage, deal);
	}

	/**
	 * Sets the headline, and the body when there is room for it, from {@code top} down,
	 * keeping at least {@code reserve} free above {@code floor}.
	 */
	private Copy copy(float column, float top, float floor, float reserve) {
		float room = Math.max(floor - top - reserve - u(0.045f), u(0.075f));
		TextBlock headline = Objects
			.requireNonNull(new TextFit(column, Math.min(room, u(0.3f)), u(0.1f), u(0.05f), 3, 1.2f, true, true)
				.set(this.content.headline()))
			.at(this.margin, top);
		float below = top + headline.height() + u(0.022f);
		TextBlock subline = new TextFit(column, u(0.1f), u(0.034f), u(0.027f), 2, 1.45f, true, false)
			.set(this.content.body());
		if (subline != null && floor - (below + subline.height()) - u(0.045f) >= reserve) {
			subline = subline.at(this.margin, below);
			below += subline.height();
		}
		else {
			subline = null;
			below -= u(0.022f);
		}
		float rest = below + u(0.045f);
		return new Copy(headline, subline, rect(this.margin, rest, column, Math.max(floor - rest, 0)));
	}

	/** The headline, the body if set, and the zone left below them. */
	private record Copy(TextBlock headline, @Nullable TextBlock subline, Rectangle2D rest) {

	}

	Content content() {
		return this.content;
	}

	/** A length as a fraction of the shorter side. */
	float u(float fraction) {
		return this.unit * fraction;
	}

	static Rectangle2D rect(double x, double y, double width, double height) {
		return new Rectangle2D.Float((float) x, (float) y, (float) width, (float) height);
	}

	static float bottom(Rectangle2D box) {
		return (float) box.getMaxY();
	}

	static TextBlock centred(TextBlock block, Rectangle2D box) {
		return block.aligned((float) box.getX(), (float) (box.getCenterY() - block.height() / 2),
				(float) box.getWidth(), Align.CENTER);
	}

}
