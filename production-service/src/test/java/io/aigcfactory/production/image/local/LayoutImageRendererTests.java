package io.aigcfactory.production.image.local;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import io.aigcfactory.production.image.ImageBrief;
import io.aigcfactory.production.image.ImageSpec;
import io.aigcfactory.production.image.RenderedImage;
import io.aigcfactory.production.image.UnrenderableText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

class LayoutImageRendererTests {

	private final LayoutImageRenderer renderer = new LayoutImageRenderer();

	@Test
	void rendersTheMainImageAsAColourfulPng() throws IOException {
		RenderedImage rendered = this.renderer.render(Briefs.headphones("bold"), ImageSpec.MAIN_800);

		assertThat(rendered.mediaType()).isEqualTo("image/png");
		assertThat(rendered.width()).isEqualTo(800);
		assertThat(rendered.height()).isEqualTo(800);
		BufferedImage image = decode(rendered);
		assertThat(image.getWidth()).isEqualTo(800);
		assertThat(image.getHeight()).isEqualTo(800);
		assertThat(distinctColours(image)).isGreaterThan(500);
	}

	@ParameterizedTest
	@CsvSource({ "750, 1000", "1280, 720", "400, 400", "1200, 1200" })
	void rendersOtherSizes(int width, int height) throws IOException {
		RenderedImage rendered = this.renderer.render(Briefs.tea(), new ImageSpec("test", width, height));

		BufferedImage image = decode(rendered);
		assertThat(image.getWidth()).isEqualTo(width);
		assertThat(image.getHeight()).isEqualTo(height);
		assertThat(rendered.width()).isEqualTo(width);
		assertThat(rendered.height()).isEqualTo(height);
		assertThat(distinctColours(image)).isGreaterThan(500);
	}

	@Test
	void drawsTheHeadlineInItsInk() throws IOException {
		ImageBrief brief = Briefs.headphones("minimal");
		Layout layout = this.renderer.layout(brief, ImageSpec.MAIN_800);
		Color ink = Style.MINIMAL.palette(brief.product().brand()).ink();

		BufferedImage image = decode(this.renderer.render(brief, ImageSpec.MAIN_800));

		Rectangle2D headline = layout.headline().bounds();
		long inked = 0;
		for (int y = (int) headline.getMinY(); y < headline.getMaxY(); y++) {
			for (int x = (int) headline.getMinX(); x < headline.getMaxX(); x++) {
				if (distance(new Color(image.getRGB(x, y)), ink) < 40) {
					inked++;
				}
			}
		}
		assertThat(inked).isGreaterThan((long) (headline.getWidth() * headline.getHeight() * 0.1));
		// Outside the text there is no ink: the left margin is background only.
		for (int y = (int) headline.getMinY(); y < headline.getMaxY(); y++) {
			assertThat(distance(new Color(image.getRGB(10, y)), ink)).isGreaterThan(100);
		}
	}

	@Test
	void theSameBriefGivesTheSameBytes() {
		byte[] first = this.renderer.render(Briefs.overlong(), ImageSpec.MAIN_800).bytes();
		byte[] again = new LayoutImageRenderer().render(Briefs.overlong(), ImageSpec.MAIN_800).bytes();

		assertThat(again).isEqualTo(first);
	}

	@Test
	void concurrentRendersGiveTheSameBytes() throws Exception {
		byte[] alone = this.renderer.render(Briefs.tea(), ImageSpec.MAIN_800).bytes();
		List<Callable<byte[]>> renders = Collections.nCopies(8,
				() -> this.renderer.render(Briefs.tea(), ImageSpec.MAIN_800).bytes());

		try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
			for (Future<byte[]> render : threads.invokeAll(renders)) {
				assertThat(render.get()).isEqualTo(alone);
			}
		}
	}

	@Test
	void eachStyleLooksDifferent() throws IOException {
		Set<Integer> corners = new HashSet<>();
		Set<Integer> hashes = new HashSet<>();
		for (String style : Briefs.STYLES) {
			RenderedImage rendered = this.renderer.render(Briefs.headphones(style), ImageSpec.MAIN_800);
			corners.add(decode(rendered).getRGB(4, 4));
			hashes.add(Arrays.hashCode(rendered.bytes()));
		}
		assertThat(corners).hasSize(Briefs.STYLES.size());
		assertThat(hashes).hasSize(Briefs.STYLES.size());
	}

	@Test
	void anUnknownStyleLooksLikeTheDefault() {
		byte[] unknown = this.renderer.render(Briefs.headphones("vaporwave"), ImageSpec.MAIN_800).bytes();
		byte[] minimal = this.renderer.render(Briefs.headphones("minimal"), ImageSpec.MAIN_800).bytes();

		assertThat(unknown).isEqualTo(minimal);
	}

	@Test
	void refusesACharacterThatNoFontHas() {
		int extensionB = 0x20000;
		assumeThat(Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()))
			.as("an installed font has U+20000")
			.noneMatch((Font font) -> font.canDisplay(extensionB));
		ImageBrief brief = Briefs.withHeadline("好物推荐" + Character.toString(extensionB) + "限时");

		assertThatExceptionOfType(UnrenderableText.class)
			.isThrownBy(() -> this.renderer.render(brief, ImageSpec.MAIN_800))
			.withMessageContaining("U+20000");
	}

	private static BufferedImage decode(RenderedImage rendered) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(rendered.bytes()));
		assertThat(image).as("a decodable PNG").isNotNull();
		return image;
	}

	private static int distinctColours(BufferedImage image) {
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				colours.add(image.getRGB(x, y));
			}
		}
		return colours.size();
	}

	private static int distance(Color one, Color other) {
		return Math.abs(one.getRed() - other.getRed()) + Math.abs(one.getGreen() - other.getGreen())
				+ Math.abs(one.getBlue() - other.getBlue());
	}

}
