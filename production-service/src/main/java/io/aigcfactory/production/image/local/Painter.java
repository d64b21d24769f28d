package io.aigcfactory.production.image.local;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

import io.aigcfactory.production.image.local.Layout.Badge;
import io.aigcfactory.production.image.local.Layout.Deal;
import io.aigcfactory.production.image.local.Layout.Header;
import io.aigcfactory.production.image.local.Layout.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Paints a layout in a palette, over the drawn backdrop or over a generated scene.
 */
final class Painter {

	/**
	 * The contrast text needs against a scene before a panel goes behind it: WCAG AA for
	 * body text.
	 */
	static final double SCENE_CONTRAST = 4.5;

	private final Graphics2D graphics;

	private final Palette palette;

	/** The shorter side of the image: strokes and shadows scale with it. */
	private final float unit;

	private final @Nullable SceneBackdrop scene;

	private Painter(Graphics2D graphics, Palette palette, float unit, @Nullable SceneBackdrop scene) {
		this.graphics = graphics;
		this.palette = palette;
		this.unit = unit;
		this.scene = scene;
	}

	/**
	 * Paints the layout; with a scene, the scene replaces the drawn backdrop and the
	 * stage's disc, and a panel goes behind the header and copy where the scene is too
	 * close to the ink's colour.
	 * @param photo the product's prepared photo, drawn on the stage instead of the tile;
	 * null to draw the tile
	 * @param scene a generated scene, or null for the drawn backdrop
	 */
	static void paint(Graphics2D graphics, Layout layout, Palette palette, @Nullable BufferedImage photo,
			@Nullable BufferedImage scene) {
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		Rectangle2D canvas = layout.canvas();
		SceneBackdrop backdrop = (scene != null) ? SceneBackdrop.cover(scene, canvas) : null;
		Painter painter = new Painter(graphics, palette, (float) Math.min(canvas.getWidth(), canvas.getHeight()),
				backdrop);
		if (backdrop != null) {
			backdrop.paint(graphics);
			painter.scrim(layout, backdrop);
		}
		else {
			painter.background(canvas);
		}
		painter.header(layout.header());
		painter.text(layout.headline(), palette.ink());
		if (layout.subline() != null) {
			painter.text(layout.subline(), palette.mutedInk());
		}
		layout.highlights().forEach(painter::highlight);
		painter.stage(layout.stage(), photo);
		painter.deal(layout.deal());
	}

	private void background(Rectangle2D canvas) {
		float height = (float) canvas.getHeight();
		fill(canvas, new GradientPaint(0, 0, this.palette.backgroundTop(), 0, height, this.palette.backgroundBottom()));
		float width = (float) canvas.getWidth();
		Color decor = Palette.alpha(this.palette.tint(), 0.45f);
		fill(circle(width * 0.94f, height * 0.06f, this.unit * 0.36f), decor);
		fill(circle(width * 0.02f, height * 0.74f, this.unit * 0.2f), decor);
	}

	/**
	 * A panel in the palette's background behind the header and the copy, when the scene
	 * under them would leave the ink short of {@link #SCENE_CONTRAST}.
	 */
	private void scrim(Layout layout, SceneBackdrop backdrop) {
		Rectangle2D text = copyArea(layout);
		Color under = backdrop.meanUnder(text);
		double contrast = Math.min(Palette.contrast(this.palette.ink(), under),
				Palette.contrast(this.palette.mutedInk(), under));
		if (contrast >= SCENE_CONTRAST) {
			return;
		}
		double pad = this.unit * 0.025;
		Rectangle2D panel = new Rectangle2D.Double(text.getX() - pad, text.getY() - pad, text.getWidth() + 2 * pad,
				text.getHeight() + 2 * pad);
		shadow(panel, this.unit * 0.04f);
		fill(rounded(panel, this.unit * 0.04f), Palette.alpha(this.palette.backgroundTop(), 0.88f));
	}

	/** The header, the headline and the body together. */
	static Rectangle2D copyArea(Layout layout) {
		Rectangle2D area = layout.header().box().getBounds2D();
		TextBlock headline = layout.headline();
		area.add(new Rectangle2D.Float(headline.x(), headline.y(), headline.width(), headline.height()));
		TextBlock subline = layout.subline();
		if (subline != null) {
			area.add(new Rectangle2D.Float(subline.x(), subline.y(), subline.width(), subline.height()));
		}
		return area;
	}

	private void header(Header header) {
		Rectangle2D mark = header.mark();
		fill(rounded(mark, mark.getHeight() * 0.3), this.palette.accent());
		text(header.initial(), this.palette.onAccent());
		text(header.brand(), this.palette.ink());
		Badge tag = header.tag();
		if (tag != null) {
			this.graphics.setStroke(new BasicStroke(this.unit * 0.0025f));
			this.graphics.setColor(Palette.alpha(this.palette.mutedInk(), 0.6f));
			this.graphics.draw(pill(tag.box()));
			text(tag.label(), this.palette.mutedInk());
		}
	}

	private void highlight(Badge badge) {
		double arc = Math.min(badge.box().getHeight(), this.unit * 0.07f);
		Shape pill = rounded(badge.box(), arc);
		shadow(badge.box(), arc);
		fill(pill, this.palette.surface());
		Rectangle2D icon = badge.icon();
		if (icon != null) {
			fill(new Ellipse2D.Double(icon.getX(), icon.getY(), icon.getWidth(), icon.getHeight()),
					this.palette.accent());
			Path2D tick = new Path2D.Double();
			tick.moveTo(icon.getX() + icon.getWidth() * 0.28, icon.getCenterY() + icon.getHeight() * 0.02);
			tick.lineTo(icon.getX() + icon.getWidth() * 0.44, icon.getCenterY() + icon.getHeight() * 0.17);
			tick.lineTo(icon.getX() + icon.getWidth() * 0.73, icon.getCenterY() - icon.getHeight() * 0.15);
			stroke(tick, this.palette.onAccent(), (float) icon.getWidth() * 0.12f);
		}
		text(badge.label(), this.palette.onSurface());
	}

	private void stage(Stage stage, @Nullable BufferedImage photo) {
		if (this.scene == null) {
			Ellipse2D disc = stage.backdrop();
			Color tint = this.palette.tint();
			fill(disc, new GradientPaint(0, (float) disc.getY(), tint, 0, (float) disc.getMaxY(),
					Palette.mix(tint, this.palette.backgroundBottom(), 0.6f)));
			stroke(stage.ring(), Palette.mix(tint, this.palette.accent(), 0.25f), this.unit * 0.003f);
		}
		podium(stage);
		if (photo != null) {
			PhotoFit.draw(this.graphics, photo, stage.photoBox());
		}
		else {
			Rectangle2D tile = stage.tile();
			Shape card = rounded(tile, tile.getWidth() * 0.22);
			shadow(tile, tile.getWidth() * 0.22);
			fill(card, new GradientPaint(0, (float) tile.getY(), this.palette.surface(), 0, (float) tile.getMaxY(),
					Palette.mix(this.palette.surface(), this.palette.accent(), 0.1f)));
			text(stage.glyph(), this.palette.emphasis());
		}
		Badge caption = stage.caption();
		if (caption != null) {
			fill(pill(caption.box()), Palette.alpha(this.palette.surface(), 0.85f));
			text(caption.label(), Palette.mix(this.palette.onSurface(), this.palette.surface(), 0.2f));
		}
	}

	private void podium(Stage stage) {
		Ellipse2D top = stage.podium();
		Color surface = this.palette.surface();
		fill(stage.podiumShadow(), Palette.alpha(Color.BLACK, 0.08f));
		fill(stage.podiumSide(), Palette.mix(surface, this.palette.ink(), 0.16f));
		fill(top, new GradientPaint(0, (float) top.getY(), Palette.mix(surface, this.palette.ink(), 0.03f), 0,
				(float) top.getMaxY(), surface));
	}

	private void deal(Deal deal) {
		Shape band = rounded(deal.box(), this.unit * 0.04f);
		shadow(deal.box(), this.unit * 0.04f);
		fill(band, this.palette.deal());
		deal.price().forEach((part) -> text(part, this.palette.emphasis()));
		Badge action = deal.action();
		fill(pill(action.box()), this.palette.action());
		text(action.label(), this.palette.onAction());
		Rectangle2D icon = action.icon();
		if (icon != null) {
			Path2D chevron = new Path2D.Double();
			chevron.moveTo(icon.getX(), icon.getY());
			chevron.lineTo(icon.getMaxX(), icon.getCenterY());
			chevron.lineTo(icon.getX(), icon.getMaxY());
			stroke(chevron, this.palette.onAction(), (float) icon.getWidth() * 0.42f);
		}
	}

	/**
	 * A soft drop shadow under a rounded box: a few faint, growing copies of it, a little
	 * lower. Cheaper than a blur, and as deterministic.
	 */
	private void shadow(Rectangle2D box, double arc) {
		for (int layer = 1; layer <= 3; layer++) {
			double spread = this.unit * 0.004 * layer;
			Rectangle2D grown = new Rectangle2D.Double(box.getX() - spread, box.getY() - spread + this.unit * 0.008,
					box.getWidth() + 2 * spread, box.getHeight() + 2 * spread);
			fill(rounded(grown, arc + 2 * spread), Palette.alpha(Color.BLACK, 0.03f));
		}
	}

	private void text(TextBlock block, Color colour) {
		this.graphics.setColor(colour);
		block.draw(this.graphics);
	}

	private void fill(Shape shape, Paint paint) {
		this.graphics.setPaint(paint);
		this.graphics.fill(shape);
	}

	private void stroke(Shape shape, Color colour, float width) {
		this.graphics.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		this.graphics.setColor(colour);
		this.graphics.draw(shape);
	}

	private static Shape rounded(Rectangle2D box, double arc) {
		return new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), arc, arc);
	}

	private static Shape pill(Rectangle2D box) {
		return rounded(box, box.getHeight());
	}

	private static Shape circle(float x, float y, float radius) {
		return new Ellipse2D.Float(x - radius, y - radius, 2 * radius, 2 * radius);
	}

}
