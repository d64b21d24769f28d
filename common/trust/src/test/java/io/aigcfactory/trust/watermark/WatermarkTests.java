package io.aigcfactory.trust.watermark;

import io.aigcfactory.test.images.ImageAttacks;
import io.aigcfactory.test.images.TestImages;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watermark on a photo and a layout: invisible by PSNR, read back after each attack
 * with at least 95% of its bits right, and never read from unmarked images. The full
 * robustness matrix is {@code bench/.../WatermarkBench}.
 */
class WatermarkTests {

	private static final Map<String, UnaryOperator<BufferedImage>> ATTACKS = Map.of("JPEG q50",
			(image) -> ImageAttacks.jpeg(image, 0.5f), "50% downscale", (image) -> ImageAttacks.scaled(image, 0.5),
			"10% crop", (image) -> ImageAttacks.cropped(image, 0.1), "brightness +20%",
			(image) -> ImageAttacks.brightened(image, 1.2));

	private final Watermarker marker = new Watermarker();

	private final WatermarkDetector detector = new WatermarkDetector();

	private final WatermarkPayload payload = WatermarkPayload.of("tenant-a", "0192f3a4-7c1e-7000-8000-asset");

	@Test
	void payloadPacksTheTenantOverTheAsset() {
		WatermarkPayload packed = WatermarkPayload.ofBits(this.payload.bits());
		assertThat(packed).isEqualTo(this.payload);
		assertThat(packed.tenantHash()).isEqualTo(WatermarkPayload.tenantHash("tenant-a"));
		assertThat(this.payload.hex()).hasSize(16);
	}

	@Test
	void survivesEachAttackOnAPhotoAndALayout() {
		List<BufferedImage> images = List.of(TestImages.photo(Path.of("../../samples/photos"), "tea-tin.jpg"),
				TestImages.layout(7, 800, 800));
		for (BufferedImage image : images) {
			BufferedImage marked = this.marker.embed(image, this.payload);
			assertThat(Watermarker.psnr(image, marked)).isGreaterThanOrEqualTo(38);
			WatermarkReading clean = this.detector.read(marked);
			assertThat(clean.payload()).isEqualTo(this.payload);
			assertThat(clean.confidence()).isGreaterThan(0.5);
			ATTACKS.forEach((name, attack) -> {
				WatermarkReading reading = this.detector.read(attack.apply(marked));
				assertThat(reading.bitAccuracy(this.payload)).as(name).isGreaterThanOrEqualTo(0.95);
				assertThat(reading.payload()).as(name).isEqualTo(this.payload);
			});
		}
	}

	@Test
	void unmarkedImagesYieldNoPayload() {
		for (long seed = 1; seed <= 6; seed++) {
			WatermarkReading reading = this.detector.read(TestImages.layout(seed, 640 + (int) seed * 40, 800));
			assertThat(reading.found()).isFalse();
			assertThat(reading.confidence()).isZero();
		}
		assertThat(this.detector.read(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB)).found()).isFalse();
	}

	@Test
	void aCodeWordWithAFlippedCheckBitIsRefused() {
		boolean[] code = WatermarkPattern.code(this.payload);
		assertThat(WatermarkPattern.checks(code)).isTrue();
		code[70] = !code[70];
		assertThat(WatermarkPattern.checks(code)).isFalse();
	}

}
