package io.aigcfactory.production.image.local;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.events.BrandKit;

import io.aigcfactory.production.image.DrawnImage;
import io.aigcfactory.production.image.ImageBrief;
import io.aigcfactory.production.image.ImageRenderer;
import io.aigcfactory.production.image.ImageSpec;
import io.aigcfactory.production.image.TextDoesNotFit;
import io.aigcfactory.production.image.UnrenderableText;

/**
 * Renders an e-commerce main image on the CPU with Java2D: the brand's header, the
 * headline, the body, the highlights as badges, the product's photo on a stage (a tile
 * with the category's character when there is no photo), and the price beside the call to
 * action, in the palette of the brief's style (in the brand kit's colours where the brief
 * has a kit), with the kit's logo on the brand's mark, over the brief's generated scene
 * when it has one (scaled to cover the image, centre-cropped) or else over a drawn
 * backdrop. Text is drawn with the bundled Noto Sans CJK SC, so no installed CJK font is
 * needed. The same brief and size always give the same pixels. A size so small that some
 * text would fall below {@link #LEGIBLE_SIZE} is refused with {@link TextDoesNotFit}.
 */
public final class LayoutImageRenderer implements ImageRenderer {

	/**
	 * Below this many pixels the strokes of a Chinese character run together: a size that
	 * needs smaller text is refused rather than drawn.
	 */
	static final float LEGIBLE_SIZE = 9f;

	private final CjkFonts fonts;

	/** A renderer with the bundled fonts, falling back to installed ones. */
	public LayoutImageRenderer() {
		this(CjkFonts.bundled());
	}

	LayoutImageRenderer(CjkFonts fonts) {
		this.fonts = fonts;
	}

	@Override
	public DrawnImage draw(ImageBrief brief, ImageSpec spec) {
		Layout layout = layout(brief, spec);
		float smallest = smallestText(layout);
		if (smallest < LEGIBLE_SIZE) {
			throw new TextDoesNotFit("%d×%d would set text at %.1f px, below the legible %.0f px"
				.formatted(spec.width(), spec.height(), smallest, LEGIBLE_SIZE));
		}
		return new DrawnImage(pixels(brief, spec, layout), whole(layout.stage().box()), whole(layout.deal().box()),
				LogoMark.box(layout, brief.logo()), badges(layout));
	}

	/** The highlights' badges and the header's tag. */
	private static List<Rectangle> badges(Layout layout) {
		List<Rectangle> badges = new ArrayList<>();
		layout.highlights().forEach((badge) -> badges.add(whole(badge.box())));
		if (layout.header().tag() != null) {
			badges.add(whole(layout.header().tag().box()));
		}
		return badges;
	}

	private static float smallestText(Layout layout) {
		float smallest = Float.MAX_VALUE;
		for (Layout.Region region : layout.regions()) {
			for (TextBlock text : region.texts()) {
				smallest = Math.min(smallest, text.size());
			}
		}
		return smallest;
	}

	private static Rectangle whole(Rectangle2D box) {
		return box.getBounds();
	}

	/**
	 * Where everything goes for a brief and a size.
	 * @throws UnrenderableText when the brief holds characters no font can draw
	 */
	Layout layout(ImageBrief brief, ImageSpec spec) {
		return Composer.compose(Content.of(brief, this.fonts), spec.width(), spec.height());
	}

	BufferedImage pixels(ImageBrief brief, ImageSpec spec) {
		return pixels(brief, spec, layout(brief, spec));
	}

	private BufferedImage pixels(ImageBrief brief, ImageSpec spec, Layout layout) {
		BrandKit kit = brief.brand();
		Palette palette = BrandPalette.of(Style.of(brief.style()), brief.product().brand(),
				(kit != null) ? kit.colours() : List.of());
		BufferedImage image = new BufferedImage(spec.width(), spec.height(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			Painter.paint(graphics, layout, palette, brief.photo(), brief.scene());
			LogoMark.paint(graphics, layout, palette, brief.logo());
		}
		finally {
			graphics.dispose();
		}
		return image;
	}

}
