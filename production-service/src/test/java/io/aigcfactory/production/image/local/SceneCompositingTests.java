package io.aigcfactory.production.image.local;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import io.aigcfactory.production.image.ImageBrief;
import io.aigcfactory.production.image.ImageSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated scene behind the layout: it covers the canvas where nothing else is, the
 * text stays on top, and a panel goes behind the copy only where the scene would hide it.
 */
class SceneCompositingTests {

	private static final ImageSpec SQUARE = new ImageSpec("main-800x800", 800, 800);

	private final LayoutImageRenderer renderer = new LayoutImageRenderer();

	@Test
	void coverScalesTheSceneToFillTheCanvasAndCropsItsSidesEvenly() {
		BufferedImage scene = ramp(200, 100);
		SceneBackdrop backdrop = SceneBackdrop.cover(scene, new Rectangle2D.Double(0, 0, 800, 800));

		assertThat(backdrop.rgbAt(400, 400)).isEqualTo(scene.getRGB(100, 50) & 0xFFFFFF);
		assertThat(backdrop.rgbAt(0, 0)).isEqualTo(scene.getRGB(50, 0) & 0xFFFFFF);
		assertThat(backdrop.rgbAt(799, 799)).isEqualTo(scene.getRGB(149, 99) & 0xFFFFFF);
	}

	@Test
	void theSceneIsTheBackgroundWhereTheLayoutLeavesItFree() {
		BufferedImage scene = ramp(512, 384);
		ImageBrief brief = withScene(Briefs.headphones("fresh"), scene);
		BufferedImage image = this.renderer.pixels(brief, SQUARE);
		BufferedImage drawn = this.renderer.pixels(Briefs.headphones("fresh"), SQUARE);
		SceneBackdrop backdrop = SceneBackdrop.cover(scene, new Rectangle2D.Double(0, 0, 800, 800));

		int fromScene = 0;
		int unlikeDrawn = 0;
		for (int y = 20; y < 780; y += 40) {
			for (int x : new int[] { 6, 793 }) {
				if (distance(image.getRGB(x, y), backdrop.rgbAt(x + 0.5, y + 0.5)) <= 6) {
					fromScene++;
				}
				if (distance(image.getRGB(x, y), drawn.getRGB(x, y)) > 30) {
					unlikeDrawn++;
				}
			}
		}
		assertThat(fromScene).isEqualTo(38);
		assertThat(unlikeDrawn).isGreaterThan(30);
	}

	@Test
	void theHeadlineIsStillPaintedOverTheScene() {
		ImageBrief brief = withScene(Briefs.headphones("fresh"), ramp(512, 512));
		Layout layout = this.renderer.layout(brief, SQUARE);
		Palette palette = Style.of("fresh").palette(brief.product().brand());
		BufferedImage image = this.renderer.pixels(brief, SQUARE);

		TextBlock headline = layout.headline();
		int inked = 0;
		for (int y = (int) headline.y(); y < headline.y() + headline.height(); y++) {
			for (int x = (int) headline.x(); x < headline.x() + headline.textWidth(); x++) {
				if (distance(image.getRGB(x, y), palette.ink().getRGB()) < 40) {
					inked++;
				}
			}
		}
		assertThat(inked).isGreaterThan(1000);
	}

	@Test
	void aPanelGoesBehindTheCopyWhenTheSceneIsAsDarkAsTheInk() {
		Palette palette = Style.of("fresh").palette(Briefs.headphones("fresh").product().brand());
		Color ink = palette.ink();
		BufferedImage image = this.renderer.pixels(withScene(Briefs.headphones("fresh"), uniform(ink)), SQUARE);
		Color beside = besideTheCopy(image, Briefs.headphones("fresh"));

		assertThat(Palette.contrast(ink, beside)).isGreaterThanOrEqualTo(4.5);
	}

	@Test
	void noPanelWhereTheSceneAlreadyContrastsWithTheInk() {
		Palette palette = Style.of("fresh").palette(Briefs.headphones("fresh").product().brand());
		Color light = (Palette.contrast(palette.ink(), Color.WHITE) > Palette.contrast(palette.ink(), Color.BLACK))
				? Color.WHITE : Color.BLACK;
		BufferedImage image = this.renderer.pixels(withScene(Briefs.headphones("fresh"), uniform(light)), SQUARE);

		assertThat(besideTheCopy(image, Briefs.headphones("fresh")).getRGB()).isEqualTo(light.getRGB());
	}

	/** A pixel inside the panel's padding, left of the copy, away from any text. */
	private Color besideTheCopy(BufferedImage image, ImageBrief brief) {
		Rectangle2D copy = Painter.copyArea(this.renderer.layout(brief, SQUARE));
		return new Color(image.getRGB((int) copy.getX() - 8, (int) copy.getCenterY()));
	}

	private static ImageBrief withScene(ImageBrief brief, BufferedImage scene) {
		return new ImageBrief(brief.product(), brief.price(), brief.copy(), brief.angle(), brief.style(), null, scene,
				null, null);
	}

	/** Red rising to the right, green rising downwards: every pixel tells where it is. */
	private static BufferedImage ramp(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, (x * 255 / (width - 1)) << 16 | (y * 255 / (height - 1)) << 8 | 0x80);
			}
		}
		return image;
	}

	private static BufferedImage uniform(Color colour) {
		BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 64; y++) {
			for (int x = 0; x < 64; x++) {
				image.setRGB(x, y, colour.getRGB());
			}
		}
		return image;
	}

	private static int distance(int one, int other) {
		return Math.max(Math.abs(((one >> 16) & 0xFF) - ((other >> 16) & 0xFF)), Math
			.max(Math.abs(((one >> 8) & 0xFF) - ((other >> 8) & 0xFF)), Math.abs((one & 0xFF) - (other & 0xFF))));
	}

}
