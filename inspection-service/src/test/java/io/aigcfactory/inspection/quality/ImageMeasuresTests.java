package io.aigcfactory.inspection.quality;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image measures: the percentiles found by selection are the ones a sort gives, and
 * an image measures the same whatever the layout of its pixels.
 */
class ImageMeasuresTests {

	@Test
	void selectionFindsTheValueASortPutsAtEachRank() {
		Random random = new Random(42);
		for (int round = 0; round < 200; round++) {
			int length = 1 + random.nextInt(500);
			// Few distinct values in some rounds: runs of equal values are the hard case.
			int distinct = (round % 2 == 0) ? 3 : 1_000_000;
			double[] values = new double[length];
			for (int i = 0; i < length; i++) {
				values[i] = random.nextInt(distinct) / 7.0;
			}
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			int low = random.nextInt(length);
			int high = low + random.nextInt(length - low);
			double[] selected = values.clone();
			assertThat(ImageMeasures.select(selected, 0, length - 1, low)).isEqualTo(sorted[low]);
			assertThat(ImageMeasures.select(selected, low, length - 1, high)).isEqualTo(sorted[high]);
		}
	}

	@Test
	void anImageMeasuresTheSameInEveryPixelLayout() {
		BufferedImage bgr = poster(BufferedImage.TYPE_3BYTE_BGR);
		ImageMeasures expected = ImageMeasures.of(bgr);
		for (int type : new int[] { BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB,
				BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_INT_BGR }) {
			BufferedImage other = new BufferedImage(bgr.getWidth(), bgr.getHeight(), type);
			Graphics2D graphics = other.createGraphics();
			graphics.drawImage(bgr, 0, 0, null);
			graphics.dispose();
			assertThat(ImageMeasures.of(other)).as("type %d", type).isEqualTo(expected);
		}
		assertThat(expected.contrast()).isGreaterThan(3);
		assertThat(expected.sharpness()).isGreaterThan(50);
	}

	private static BufferedImage poster(int type) {
		BufferedImage image = new BufferedImage(240, 320, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(0xF4EFE6), 0, 320, new Color(0x8A6D4B)));
		graphics.fillRect(0, 0, 240, 320);
		graphics.setColor(new Color(0x1B1F2A));
		graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
		graphics.drawString("Spring tea", 20, 80);
		graphics.fillRect(20, 200, 120, 40);
		graphics.dispose();
		return image;
	}

}
