package io.aigcfactory.production.image.local;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where everything of one image goes, in pixels: computed from the image's size and the
 * measured text, then painted.
 *
 * @param canvas the whole image
 * @param header the brand's mark and name, and the category tag
 * @param headline the headline
 * @param subline the body copy, when there is room for all of it
 * @param highlights the highlights that fit, as badges
 * @param stage where the product will stand
 * @param deal the price and the call to action
 */
record Layout(Rectangle2D canvas, Header header, TextBlock headline, @Nullable TextBlock subline,
		List<Badge> highlights, Stage stage, Deal deal) {

	Layout {
		highlights = List.copyOf(highlights);
	}

	/**
	 * The regions of the image with the text each holds. Regions do not overlap, and text
	 * stays inside its region.
	 */
	List<Region> regions() {
		List<Region> regions = new ArrayList<>();
		regions.add(new Region("header", this.header.box(), this.header.texts()));
		regions.add(new Region("headline", box(this.headline), List.of(this.headline)));
		if (this.subline != null) {
			regions.add(new Region("subline", box(this.subline), List.of(this.subline)));
		}
		for (int index = 0; index < this.highlights.size(); index++) {
			Badge badge = this.highlights.get(index);
			regions.add(new Region("highlight " + (index + 1), badge.box(), List.of(badge.label())));
		}
		regions.add(new Region("stage", this.stage.box(), this.stage.texts()));
		regions.add(new Region("deal", this.deal.box(), this.deal.texts()));
		return regions;
	}

	private static Rectangle2D box(TextBlock block) {
		return new Rectangle2D.Float(block.x(), block.y(), block.width(), block.height());
	}

	/**
	 * A named part of the image.
	 *
	 * @param name what it is
	 * @param box where it is
	 * @param texts the text inside it
	 */
	record Region(String name, Rectangle2D box, List<TextBlock> texts) {

	}

	/**
	 * A rounded label.
	 *
	 * @param box the pill
	 * @param label its text
	 * @param icon where its icon goes, if it has one
	 */
	record Badge(Rectangle2D box, TextBlock label, @Nullable Rectangle2D icon) {

	}

	/**
	 * @param box the header's band
	 * @param mark the brand's square mark
	 * @param initial the letter on the mark
	 * @param brand the brand's name
	 * @param tag the category, at the right, when it fits
	 */
	record Header(Rectangle2D box, Rectangle2D mark, TextBlock initial, TextBlock brand, @Nullable Badge tag) {

		List<TextBlock> texts() {
			return (this.tag != null) ? List.of(this.initial, this.brand, this.tag.label())
					: List.of(this.initial, this.brand);
		}

	}

	/**
	 * Where the product stands: a disc behind a podium, and on it the product's photo or,
	 * without one, a tile standing for it.
	 *
	 * @param box the stage's area
	 * @param backdrop the disc
	 * @param podium the podium's top face
	 * @param podiumDepth how far the podium's side reaches below its top face
	 * @param tile the tile that stands for the product
	 * @param glyph the character on the tile
	 * @param caption the product's name, when it fits
	 */
	record Stage(Rectangle2D box, Ellipse2D backdrop, Ellipse2D podium, float podiumDepth, Rectangle2D tile,
			TextBlock glyph, @Nullable Badge caption) {

		List<TextBlock> texts() {
			return (this.caption != null) ? List.of(this.glyph, this.caption.label()) : List.of(this.glyph);
		}

		/**
		 * Where a product photo stands: over the disc, its foot on the podium's centre,
		 * wider and taller than the tile it replaces.
		 */
		Rectangle2D photoBox() {
			double radius = this.backdrop.getWidth() / 2;
			double bottom = this.podium.getCenterY();
			double top = this.backdrop.getY() + radius * 0.08;
			return new Rectangle2D.Double(this.backdrop.getCenterX() - radius * 0.86, top, radius * 1.72, bottom - top);
		}

		/** The thin ring around the disc. */
		Ellipse2D ring() {
			double gap = this.backdrop.getWidth() * 0.04;
			return new Ellipse2D.Double(this.backdrop.getX() - gap, this.backdrop.getY() - gap,
					this.backdrop.getWidth() + 2 * gap, this.backdrop.getHeight() + 2 * gap);
		}

		/**
		 * The podium's side: its top face pushed down by its depth, and what lies
		 * between.
		 */
		Shape podiumSide() {
			Area side = new Area(new Rectangle2D.Double(this.podium.getX(), this.podium.getCenterY(),
					this.podium.getWidth(), this.podiumDepth));
			side.add(new Area(new Ellipse2D.Double(this.podium.getX(), this.podium.getY() + this.podiumDepth,
					this.podium.getWidth(), this.podium.getHeight())));
			return side;
		}

		/** The shadow the podium casts on the ground, a little wider than the podium. */
		Ellipse2D podiumShadow() {
			return new Ellipse2D.Double(this.podium.getX() - this.podium.getWidth() * 0.08,
					this.podium.getY() + this.podiumDepth * 1.2, this.podium.getWidth() * 1.16,
					this.podium.getHeight());
		}

	}

	/**
	 * @param box the band
	 * @param price the currency sign, the yuan and the fen, on one baseline
	 * @param action the call-to-action button
	 */
	record Deal(Rectangle2D box, List<TextBlock> price, Badge action) {

		Deal {
			price = List.copyOf(price);
		}

		List<TextBlock> texts() {
			List<TextBlock> texts = new ArrayList<>(this.price);
			texts.add(this.action.label());
			return texts;
		}

	}

}
