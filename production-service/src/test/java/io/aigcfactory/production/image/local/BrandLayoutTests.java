package io.aigcfactory.production.image.local;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import io.aigcfactory.events.BrandKit;
import io.aigcfactory.production.image.ImageBrief;
import io.aigcfactory.production.image.ImageSpec;
import io.aigcfactory.production.image.RenderedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Images in a brand kit's colours, with its logo in the top-left corner. */
class BrandLayoutTests {

	private static final Color LOGO_GREEN = new Color(0x00A651);

	private static final Color LOGO_MAGENTA = new Color(0xE6007E);

	private final LayoutImageRenderer renderer = new LayoutImageRenderer();

	static ImageBrief branded(String style, List<String> colours, BufferedImage logo) {
		ImageBrief brief = Briefs.headphones(style);
		BrandKit kit = new BrandKit(brief.product().brand(), colours, "blob:brands/x/logo.png", List.of(), List.of(),
				List.of());
		return new ImageBrief(brief.product(), brief.price(), brief.copy(), brief.angle(), brief.style(), null, null,
				kit, logo);
	}

	/** A two-colour logo, twice as wide as tall: green left half, magenta right half. */
	static BufferedImage logo() {
		BufferedImage logo = new BufferedImage(120, 60, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = logo.createGraphics();
		graphics.setColor(LOGO_GREEN);
		graphics.fillRect(0, 0, 60, 60);
		graphics.setColor(LOGO_MAGENTA);
		graphics.fillRect(60, 0, 60, 60);
		graphics.dispose();
		return logo;
	}

	@ParameterizedTest
	@ValueSource(strings = { "bold", "fresh", "premium", "warm", "minimal" })
	void takesTheAccentAndTheCallToActionFromTheBrandColours(String style) {
		Palette palette = BrandPalette.of(Style.of(style), "声悦", List.of("#C8102E", "#1F4E9C"));
		assertThat(palette.action()).isEqualTo(new Color(0x1F4E9C));
		assertThat(Palette.contrast(palette.onAction(), palette.action())).isGreaterThanOrEqualTo(3);
		if (style.equals("bold")) {
			assertThat(palette.backgroundTop()).isEqualTo(new Color(0xC8102E));
		}
		else {
			assertThat(palette.accent()).isEqualTo(new Color(0xC8102E));
		}
		assertThat(Palette.contrast(palette.onAccent(), palette.accent())).isGreaterThanOrEqualTo(3);
		assertThat(Palette.contrast(palette.emphasis(), palette.deal())).isGreaterThanOrEqualTo(3);
		assertThat(Palette.contrast(palette.ink(), palette.backgroundTop())).isGreaterThanOrEqualTo(4.5);
	}

	@ParameterizedTest
	@CsvSource({ "bold, #FFE600", "bold, #7F7F7F", "minimal, #FFE600", "warm, #F5F5F5" })
	void fallsBackToWhiteOrDarkTextWhereABrandColourIsTooWeak(String style, String colour) {
		Palette palette = BrandPalette.of(Style.of(style), "声悦", List.of(colour));
		assertThat(Palette.contrast(palette.ink(), palette.backgroundTop())).isGreaterThanOrEqualTo(4.5);
		assertThat(Palette.contrast(palette.emphasis(), palette.deal())).isGreaterThanOrEqualTo(3);
		assertThat(Palette.contrast(palette.onAccent(), palette.accent())).isGreaterThanOrEqualTo(3);
		assertThat(Palette.contrast(palette.onAction(), palette.action())).isGreaterThanOrEqualTo(3);
	}

	@Test
	void keepsThePaletteOfTheStyleWithoutKitColours() {
		assertThat(BrandPalette.of(Style.WARM, "声悦", List.of())).isEqualTo(Style.WARM.palette("声悦"));
	}

	@ParameterizedTest
	@CsvSource({ "800, 800", "750, 1000", "1280, 720" })
	void drawsTheLogoInTheTopLeftCornerClearOfTheStageAndThePrice(int width, int height) throws IOException {
		ImageBrief brief = branded("minimal", List.of("#C8102E"), logo());
		ImageSpec spec = new ImageSpec("test", width, height);
		Layout layout = this.renderer.layout(brief, spec);
		RenderedImage rendered = this.renderer.render(brief, spec);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(rendered.bytes()));

		Rectangle box = rendered.logo();
		assertThat(box).isNotNull();
		assertThat(box.getCenterX()).isLessThan(width / 4.0);
		assertThat(box.getCenterY()).isLessThan(height / 4.0);
		assertThat(box.intersects(layout.stage().box())).isFalse();
		assertThat(box.intersects(layout.deal().box())).isFalse();
		assertThat(box.intersects(layout.headline().bounds())).isFalse();
		assertThat(box.width).isCloseTo(2 * box.height, org.assertj.core.api.Assertions.within(1));

		Rectangle left = new Rectangle(box.x + 2, box.y + 2, box.width / 2 - 4, box.height - 4);
		Rectangle right = new Rectangle(box.x + box.width / 2 + 2, box.y + 2, box.width / 2 - 4, box.height - 4);
		assertThat(share(image, left, LOGO_GREEN)).isGreaterThan(0.95);
		assertThat(share(image, right, LOGO_MAGENTA)).isGreaterThan(0.95);
		assertThat(share(image, layout.stage().box().getBounds(), LOGO_GREEN)).isZero();
		assertThat(share(image, layout.deal().box().getBounds(), LOGO_MAGENTA)).isZero();
	}

	@Test
	void drawsNoLogoWithoutOne() throws IOException {
		ImageBrief plain = Briefs.headphones("minimal");
		RenderedImage rendered = this.renderer.render(plain, ImageSpec.MAIN_800);
		assertThat(rendered.logo()).isNull();
		Layout layout = this.renderer.layout(plain, ImageSpec.MAIN_800);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(rendered.bytes()));
		assertThat(share(image, layout.header().mark().getBounds(), LOGO_GREEN)).isZero();
	}

	@Test
	void paintsTheBrandColoursIntoTheImage() throws IOException {
		ImageBrief brief = branded("fresh", List.of("#C8102E", "#1F4E9C"), logo());
		BufferedImage image = ImageIO
			.read(new ByteArrayInputStream(this.renderer.render(brief, ImageSpec.MAIN_800).bytes()));
		Rectangle whole = new Rectangle(0, 0, 800, 800);
		assertThat(share(image, whole, new Color(0xC8102E))).isGreaterThan(0.002);
		assertThat(share(image, whole, new Color(0x1F4E9C))).isGreaterThan(0.002);
	}

	/** The share of a region's pixels within a small distance of a colour. */
	static double share(BufferedImage image, Rectangle region, Color colour) {
		Rectangle clipped = region.intersection(new Rectangle(image.getWidth(), image.getHeight()));
		long near = 0;
		for (int y = clipped.y; y < clipped.getMaxY(); y++) {
			for (int x = clipped.x; x < clipped.getMaxX(); x++) {
				Color pixel = new Color(image.getRGB(x, y));
				int dr = pixel.getRed() - colour.getRed();
				int dg = pixel.getGreen() - colour.getGreen();
				int db = pixel.getBlue() - colour.getBlue();
				if (dr * dr + dg * dg + db * db < 20 * 20) {
					near++;
				}
			}
		}
		return (double) near / Math.max(1, (long) clipped.width * clipped.height);
	}

}
