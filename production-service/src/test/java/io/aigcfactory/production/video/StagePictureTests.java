package io.aigcfactory.production.video;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stage picture against Java2D drawing the same picture at the same place and size
 * with bilinear interpolation: within 3 levels per channel, opaque or transparent, whole
 * or faded, and nothing outside the clip. The two round their fixed-point weights
 * differently, hence a few levels; half a pixel out of place would differ by tens on
 * these noisy pictures.
 */
class StagePictureTests {

	private static final int WIDTH = 180;

	private static final int HEIGHT = 240;

	private static final Rectangle STAGE = new Rectangle(0, 30, 180, 180);

	@Test
	void anOpaquePictureZoomedAndPannedMatchesJava2d() {
		BufferedImage picture = noise(150, 150, false);

		for (int[] place : new int[][] { { -12, 18, 204, 204 }, { 0, 30, 180, 180 }, { -7, 25, 193, 193 } }) {
			BufferedImage expected = java2d(picture, place, 1f);
			BufferedImage actual = ours(picture, place, 1f);

			assertThat(largestDifference(expected, actual, STAGE))
				.as("at %d,%d %dx%d", place[0], place[1], place[2], place[3])
				.isLessThanOrEqualTo(3);
		}
	}

	@Test
	void aTransparentPictureShowsTheFrameThroughItAsJava2dDoes() {
		BufferedImage picture = noise(120, 160, true);
		int[] place = { -3, 10, 181, 241 };

		assertThat(largestDifference(java2d(picture, place, 1f), ours(picture, place, 1f), STAGE))
			.isLessThanOrEqualTo(3);
		assertThat(largestDifference(java2d(picture, place, 0.35f), ours(picture, place, 0.35f), STAGE))
			.isLessThanOrEqualTo(3);
	}

	@Test
	void aFadedOpaquePictureBlendsWithWhatIsUnderIt() {
		BufferedImage picture = noise(150, 150, false);
		int[] place = { -9, 21, 198, 198 };

		assertThat(largestDifference(java2d(picture, place, 0.6f), ours(picture, place, 0.6f), STAGE))
			.isLessThanOrEqualTo(3);
	}

	@Test
	void nothingIsDrawnOutsideTheClipOrAtNoOpacity() {
		BufferedImage picture = noise(150, 150, false);
		int[] place = { -20, 0, 220, 260 };
		BufferedImage untouched = background();

		BufferedImage clipped = ours(picture, place, 1f);
		BufferedImage invisible = ours(picture, place, 0f);

		assertThat(largestDifference(untouched, clipped, new Rectangle(0, 0, WIDTH, STAGE.y))).isZero();
		assertThat(largestDifference(untouched, clipped,
				new Rectangle(0, STAGE.y + STAGE.height, WIDTH, HEIGHT - STAGE.y - STAGE.height)))
			.isZero();
		assertThat(largestDifference(untouched, clipped, STAGE)).as("the stage is drawn on").isGreaterThan(50);
		assertThat(largestDifference(untouched, invisible, new Rectangle(0, 0, WIDTH, HEIGHT))).isZero();
	}

	@Test
	void aPictureCanBeDrawnPartlyOffTheFrame() {
		BufferedImage picture = noise(100, 100, false);
		int[] place = { 120, 180, 100, 100 };
		Rectangle everywhere = new Rectangle(-50, -50, 400, 400);

		BufferedImage frame = background();
		new StagePicture(picture).draw(bytes(frame), WIDTH, everywhere, place[0], place[1], place[2], place[3], 1f);

		assertThat(largestDifference(background(), frame, new Rectangle(0, 0, 120, HEIGHT))).isZero();
		assertThat(largestDifference(background(), frame, new Rectangle(120, 180, 60, 60))).isGreaterThan(50);
	}

	private static BufferedImage java2d(BufferedImage picture, int[] place, float opacity) {
		BufferedImage frame = background();
		Graphics2D graphics = frame.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.setClip(STAGE);
		graphics.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, opacity));
		graphics.drawImage(picture, place[0], place[1], place[2], place[3], null);
		graphics.dispose();
		return frame;
	}

	private static BufferedImage ours(BufferedImage picture, int[] place, float opacity) {
		BufferedImage frame = background();
		new StagePicture(picture).draw(bytes(frame), WIDTH, STAGE, place[0], place[1], place[2], place[3], opacity);
		return frame;
	}

	private static byte[] bytes(BufferedImage frame) {
		return ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
	}

	/** A frame with a gradient, as the video's background is. */
	private static BufferedImage background() {
		BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D graphics = frame.createGraphics();
		for (int y = 0; y < HEIGHT; y++) {
			graphics.setColor(new Color(20 + y / 3, 40, 200 - y / 2));
			graphics.drawLine(0, y, WIDTH, y);
		}
		graphics.dispose();
		return frame;
	}

	/** Smooth blobs over noise; transparent ones fade out toward a clear border. */
	private static BufferedImage noise(int width, int height, boolean transparent) {
		Random random = new Random(width * 31 + height);
		BufferedImage image = new BufferedImage(width, height,
				transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int red = (x * 255 / width + random.nextInt(40)) & 0xFF;
				int green = (y * 255 / height + random.nextInt(40)) & 0xFF;
				int blue = random.nextInt(256);
				int alpha = 0xFF;
				if (transparent) {
					int edge = Math.min(Math.min(x, width - 1 - x), Math.min(y, height - 1 - y));
					alpha = Math.min(255, edge * 12);
				}
				image.setRGB(x, y, (alpha << 24) | (red << 16) | (green << 8) | blue);
			}
		}
		return image;
	}

	private static int largestDifference(BufferedImage first, BufferedImage second, Rectangle area) {
		int largest = 0;
		for (int y = area.y; y < area.y + area.height; y++) {
			for (int x = area.x; x < area.x + area.width; x++) {
				int a = first.getRGB(x, y);
				int b = second.getRGB(x, y);
				for (int shift = 0; shift < 24; shift += 8) {
					largest = Math.max(largest, Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)));
				}
			}
		}
		return largest;
	}

}
