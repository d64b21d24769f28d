package io.aigcfactory.production.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import io.aigcfactory.production.image.PhotoCutout.Prepared;
import io.aigcfactory.production.image.PhotoCutout.Treatment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoCutoutTests {

	private static final Color PRODUCT = new Color(200, 40, 60);

	@Test
	void keepsThePhotosOwnTransparency() {
		BufferedImage photo = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = photo.createGraphics();
		graphics.setColor(PRODUCT);
		graphics.fillOval(40, 40, 120, 120);
		graphics.dispose();
		Prepared prepared = PhotoCutout.prepare(photo);
		assertThat(prepared.treatment()).isEqualTo(Treatment.KEPT_ALPHA);
		assertThat(alpha(prepared.image(), 5, 5)).isZero();
		assertThat(prepared.image().getWidth()).isEqualTo(120);
		assertThat(prepared.image().getRGB(60, 60)).isEqualTo(PRODUCT.getRGB());
	}

	@Test
	void cutsTheProductOutOfAPlainBackgroundWithASoftEdge() {
		BufferedImage photo = onBackground(new Color(246, 246, 244), 3);
		Prepared prepared = PhotoCutout.prepare(photo);
		assertThat(prepared.treatment()).isEqualTo(Treatment.CUT_OUT);
		BufferedImage cut = prepared.image();
		// cropped to the product: the disc of 240 px, give or take the feathered rim
		assertThat(cut.getWidth()).isBetween(236, 246);
		assertThat(alpha(cut, 1, 1)).isZero();
		assertThat(alpha(cut, cut.getWidth() - 2, cut.getHeight() - 2)).isZero();
		int centre = cut.getRGB(cut.getWidth() / 2, cut.getHeight() / 2);
		assertThat(centre >>> 24).isEqualTo(255);
		assertThat(new Color(centre).getRed()).isBetween(190, 210);
		int partial = 0;
		for (int y = 0; y < cut.getHeight(); y++) {
			for (int x = 0; x < cut.getWidth(); x++) {
				int a = alpha(cut, x, y);
				if (a > 0 && a < 255) {
					partial++;
				}
			}
		}
		// a soft edge: a rim of partly transparent pixels all around the disc
		assertThat(partial).isGreaterThan((int) (Math.PI * 240));
	}

	@Test
	void framesAPhotoOnABusyBackground() {
		BufferedImage photo = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(7);
		for (int y = 0; y < 200; y++) {
			for (int x = 0; x < 300; x++) {
				photo.setRGB(x, y, ((x / 10 + y / 10) % 2 == 0) ? random.nextInt(0xFFFFFF) : 0x336699);
			}
		}
		Prepared prepared = PhotoCutout.prepare(photo);
		assertThat(prepared.treatment()).isEqualTo(Treatment.FRAMED);
		BufferedImage framed = prepared.image();
		assertThat(framed.getWidth()).isGreaterThan(300);
		assertThat(framed.getHeight()).isGreaterThan(200);
		assertThat(alpha(framed, 0, 0)).isLessThan(40);
		int offset = (framed.getWidth() - 300) / 2;
		int inside = framed.getRGB(offset + 150, offset + 100) & 0xFFFFFF;
		assertThat(inside).isEqualTo(photo.getRGB(150, 100) & 0xFFFFFF);
		assertThat(framed.getRGB(offset + 150, offset + 100) >>> 24).isEqualTo(255);
	}

	@Test
	void scalesALargePhotoDown() {
		BufferedImage photo = onBackground(Color.WHITE, 0);
		BufferedImage large = new BufferedImage(3000, 1500, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = large.createGraphics();
		graphics.drawImage(photo, 0, 0, 3000, 1500, null);
		graphics.dispose();
		Prepared prepared = PhotoCutout.prepare(large);
		assertThat(Math.max(prepared.image().getWidth(), prepared.image().getHeight()))
			.isLessThanOrEqualTo(PhotoCutout.MAX_SIDE);
	}

	@ParameterizedTest
	@CsvSource({ "headphones.png, KEPT_ALPHA", "cup.jpg, CUT_OUT", "cleanser.png, CUT_OUT", "tea-tin.jpg, FRAMED" })
	void preparesEachSamplePhotoAsItsBackgroundAsks(String file, Treatment treatment) throws IOException {
		BufferedImage photo = ImageIO.read(Path.of("../samples/photos", file).toFile());
		assertThat(PhotoCutout.prepare(photo).treatment()).isEqualTo(treatment);
	}

	/** A red disc of 240 px on a 400 px background with a little grain. */
	static BufferedImage onBackground(Color background, int grain) {
		BufferedImage photo = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = photo.createGraphics();
		graphics.setColor(background);
		graphics.fillRect(0, 0, 400, 400);
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setColor(PRODUCT);
		graphics.fillOval(80, 80, 240, 240);
		graphics.dispose();
		Random random = new Random(1);
		for (int y = 0; y < 400 && grain > 0; y++) {
			for (int x = 0; x < 400; x++) {
				Color c = new Color(photo.getRGB(x, y));
				int d = random.nextInt(2 * grain + 1) - grain;
				photo.setRGB(x, y,
						new Color(clamp(c.getRed() + d), clamp(c.getGreen() + d), clamp(c.getBlue() + d)).getRGB());
			}
		}
		return photo;
	}

	private static int clamp(int value) {
		return Math.max(0, Math.min(255, value));
	}

	private static int alpha(BufferedImage image, int x, int y) {
		return image.getRGB(x, y) >>> 24;
	}

}
