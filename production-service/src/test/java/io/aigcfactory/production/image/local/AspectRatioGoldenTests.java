package io.aigcfactory.production.image.local;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import javax.imageio.ImageIO;

import io.aigcfactory.platform.channel.ChannelProfile.ImageFormat;
import io.aigcfactory.production.image.DrawnImage;
import io.aigcfactory.production.image.ImageEncoding;
import io.aigcfactory.production.image.ImageSpec;
import io.aigcfactory.production.image.OversizeImage;
import io.aigcfactory.production.image.RenderedImage;
import io.aigcfactory.production.image.TextDoesNotFit;
import io.aigcfactory.production.image.local.Layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One layout per aspect ratio (square, 3:4 portrait, 9:16, 16:9), pinned by perceptual
 * hashes in {@code golden/layout-phash.properties}: antialiasing and JPEG noise may move
 * a few bits, a changed composition moves many. Run with {@code -Dgolden.update=true} to
 * rewrite the hashes after an intended change.
 */
class AspectRatioGoldenTests {

	/** Bits of 64 that may differ: encoder and antialiasing noise stays well under. */
	private static final int TOLERANCE = 8;

	private static final Path GOLDEN = Path.of("src/test/resources/golden/layout-phash.properties");

	private final LayoutImageRenderer renderer = new LayoutImageRenderer();

	@ParameterizedTest
	@CsvSource({ "square, 800, 800", "portrait, 750, 1000", "story, 1080, 1920", "landscape, 1280, 720" })
	void eachAspectRatioKeepsItsLayoutInPngAndJpeg(String name, int width, int height) throws IOException {
		DrawnImage drawn = this.renderer.draw(Briefs.tea(), new ImageSpec(name, width, height));
		long expected = golden(name, PerceptualHash.of(drawn.pixels()));

		for (ImageFormat format : ImageFormat.values()) {
			RenderedImage encoded = ImageEncoding.encode(drawn, format, Long.MAX_VALUE);
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(encoded.bytes()));

			assertThat(encoded.mediaType()).isEqualTo(format.mediaType());
			assertThat(decoded.getWidth()).isEqualTo(width);
			assertThat(decoded.getHeight()).isEqualTo(height);
			assertThat(PerceptualHash.distance(PerceptualHash.of(decoded), expected)).as("%s %s", name, format)
				.isLessThanOrEqualTo(TOLERANCE);
		}
	}

	@Test
	void aspectRatiosAreTellApartByTheirHashes() throws IOException {
		long square = golden("square", 0);
		long story = golden("story", 0);
		long landscape = golden("landscape", 0);

		assertThat(PerceptualHash.distance(square, story)).isGreaterThan(TOLERANCE);
		assertThat(PerceptualHash.distance(story, landscape)).isGreaterThan(TOLERANCE);
	}

	@ParameterizedTest
	@CsvSource({ "800, 800", "750, 1000", "1080, 1920", "1280, 720", "1242, 1660", "1080, 1260" })
	void textStaysInItsBoxAndKeepOutBoxesStayOnTheCanvas(int width, int height) {
		ImageSpec spec = new ImageSpec("test", width, height);
		Layout layout = this.renderer.layout(Briefs.overlong(), spec);
		DrawnImage drawn = this.renderer.draw(Briefs.overlong(), spec);

		for (Region region : layout.regions()) {
			for (TextBlock text : region.texts()) {
				assertThat(text.y() + text.height()).as(region.name())
					.isLessThanOrEqualTo((float) region.box().getMaxY() + 0.01f);
				assertThat(text.size()).isGreaterThanOrEqualTo(LayoutImageRenderer.LEGIBLE_SIZE);
			}
		}
		Rectangle canvas = new Rectangle(0, 0, width, height);
		assertThat(drawn.badges()).isNotEmpty();
		assertThat(drawn.keepOut()).contains(drawn.product(), drawn.price())
			.containsAll(drawn.badges())
			.allSatisfy((box) -> assertThat(canvas.contains(box)).isTrue());
		assertThat(drawn.product().intersects(drawn.price())).isFalse();
	}

	@Test
	void aSizeTooSmallForLegibleTextIsRefusedByName() {
		assertThatExceptionOfType(TextDoesNotFit.class)
			.isThrownBy(() -> this.renderer.draw(Briefs.tea(), new ImageSpec("tiny", 160, 160)))
			.withMessageContaining("160×160");
	}

	@Test
	void aJpegThatCannotMeetItsByteLimitIsRefused() {
		DrawnImage drawn = this.renderer.draw(Briefs.tea(), ImageSpec.MAIN_800);

		assertThat(ImageEncoding.encode(drawn, ImageFormat.JPEG, 200_000).bytes().length).isLessThanOrEqualTo(200_000);
		assertThatExceptionOfType(OversizeImage.class)
			.isThrownBy(() -> ImageEncoding.encode(drawn, ImageFormat.JPEG, 5_000));
	}

	private static long golden(String name, long computed) throws IOException {
		Properties hashes = new Properties();
		if (Files.exists(GOLDEN)) {
			try (InputStream in = Files.newInputStream(GOLDEN)) {
				hashes.load(in);
			}
		}
		if (Boolean.getBoolean("golden.update") && computed != 0) {
			hashes.setProperty(name, Long.toHexString(computed));
			try (OutputStream out = Files.newOutputStream(GOLDEN)) {
				hashes.store(out, "64-bit DCT perceptual hashes of Briefs.tea() per aspect ratio");
			}
		}
		String hex = hashes.getProperty(name);
		assertThat(hex).as("golden hash of %s", name).isNotNull();
		return Long.parseUnsignedLong(hex, 16);
	}

}
