package io.aigcfactory.production.image.local;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.List;

import javax.imageio.ImageIO;

import io.aigcfactory.events.BrandKit;

import io.aigcfactory.production.image.ImageBrief;
import io.aigcfactory.production.image.ImageRenderer;
import io.aigcfactory.production.image.ImageSpec;
import io.aigcfactory.production.image.RenderedImage;
import io.aigcfactory.production.image.UnrenderableText;

/**
 * Renders an e-commerce main image on the CPU with Java2D: the brand's header, the
 * headline, the body, the highlights as badges, the product's photo on a stage (a tile
 * with the category's character when there is no photo), and the price beside the call to
 * action, in the palette of the brief's style (in the brand kit's colours where the brief
 * has a kit), with the kit's logo on the brand's mark, over the brief's generated scene
 * when it has one (scaled to cover the image, centre-cropped) or else over a drawn
 * backdrop. Text is drawn with the bundled Noto Sans CJK SC, so no installed CJK font is
 * needed. The same brief and size always give the same bytes. The product's stage and the
 * price band are reported as keep-out areas, which marks added later stay clear of.
 */
public final class LayoutImageRenderer implements ImageRenderer {

	private static final String PNG = "image/png";

	private final CjkFonts fonts;

	/** A renderer with the bundled fonts, falling back to installed ones. */
	public LayoutImageRenderer() {
		this(CjkFonts.bundled());
	}

	LayoutImageRenderer(CjkFonts fonts) {
		this.fonts = fonts;
	}

	@Override
	public RenderedImage render(ImageBrief brief, ImageSpec spec) {
		Layout layout = layout(brief, spec);
		BufferedImage image = draw(brief, spec, layout);
		return new RenderedImage(encode(image), PNG, spec.width(), spec.height(), LogoMark.box(layout, brief.logo()),
				List.of(layout.stage().box().getBounds(), layout.deal().box().getBounds()));
	}

	/**
	 * Where everything goes for a brief and a size.
	 * @throws UnrenderableText when the brief holds characters no font can draw
	 */
	Layout layout(ImageBrief brief, ImageSpec spec) {
		return Composer.compose(Content.of(brief, this.fonts), spec.width(), spec.height());
	}

	BufferedImage draw(ImageBrief brief, ImageSpec spec) {
		return draw(brief, spec, layout(brief, spec));
	}

	private BufferedImage draw(ImageBrief brief, ImageSpec spec, Layout layout) {
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

	private static byte[] encode(BufferedImage image) {
		ByteArrayOutputStream png = new ByteArrayOutputStream(256 * 1024);
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot encode a PNG in memory", ex);
		}
		return png.toByteArray();
	}

}
