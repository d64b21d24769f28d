package io.aigcfactory.trust.watermark;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.aigcfactory.test.images.ImageAttacks;
import io.aigcfactory.test.images.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The watermark on a video's frames: invisible by PSNR on every frame, read back from the
 * mean of the frames (also after each frame is re-encoded as a JPEG at quality 50,
 * standing in for a lossy codec here; the H.264 re-encode is in production's video tests
 * and the bench), and never from unmarked frames.
 */
class FrameWatermarkerTests {

	private static final int WIDTH = 360;

	private static final int HEIGHT = 640;

	private final WatermarkPayload payload = WatermarkPayload.of("tenant-a", "0192f3a4-7c1e-7000-8000-video");

	private final WatermarkDetector detector = new WatermarkDetector();

	@Test
	void everyFrameIsMarkedInvisiblyAndTheirMeanCarriesThePayload() {
		FrameWatermarker marker = new Watermarker().frames(this.payload, WIDTH, HEIGHT);
		FrameAverage marked = new FrameAverage(WIDTH, HEIGHT);
		FrameAverage compressed = new FrameAverage(WIDTH, HEIGHT);
		for (BufferedImage frame : frames(8)) {
			BufferedImage before = copy(frame);
			marker.embed(frame);
			assertThat(Watermarker.psnr(before, frame)).isGreaterThanOrEqualTo(38);
			marked.add(frame);
			compressed.add(ImageAttacks.jpeg(frame, 0.5f));
		}
		assertThat(marked.count()).isEqualTo(8);
		WatermarkReading reading = this.detector.read(marked);
		assertThat(reading.payload()).isEqualTo(this.payload);
		WatermarkReading lossy = this.detector.read(compressed);
		assertThat(lossy.bitAccuracy(this.payload)).isGreaterThanOrEqualTo(0.95);
		assertThat(lossy.payload()).isEqualTo(this.payload);
	}

	@Test
	void marksFramesOfAnyPixelLayoutAlike() {
		FrameWatermarker marker = new Watermarker().frames(this.payload, WIDTH, HEIGHT);
		BufferedImage bgr = frames(1).getFirst();
		BufferedImage rgb = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		rgb.createGraphics().drawImage(bgr, 0, 0, null);
		marker.embed(bgr);
		marker.embed(rgb);
		int[] a = bgr.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH);
		int[] b = rgb.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH);
		int largest = 0;
		for (int i = 0; i < a.length; i++) {
			for (int shift = 0; shift < 24; shift += 8) {
				largest = Math.max(largest, Math.abs(((a[i] >> shift) & 0xFF) - ((b[i] >> shift) & 0xFF)));
			}
		}
		assertThat(largest).isLessThanOrEqualTo(1);
	}

	@Test
	void addsAndSubtractsEightBytesAtATimeAsOneByOneClampedTo0To255() {
		Random random = new Random(7);
		long[] edges = { 0L, -1L, 0x8080808080808080L, 0x7F7F7F7F7F7F7F7FL, 0x01FF80017F00FE02L };
		for (int round = 0; round < 20_000; round++) {
			long a = (round < edges.length) ? edges[round] : random.nextLong();
			long b = (round % 3 == 0) ? random.nextLong() & 0x0F0F0F0F0F0F0F0FL : random.nextLong();
			long sum = FrameWatermarker.saturatingAdd(a, b);
			long difference = ~FrameWatermarker.saturatingAdd(~a, b);
			for (int shift = 0; shift < Long.SIZE; shift += 8) {
				int x = (int) ((a >>> shift) & 0xFF);
				int y = (int) ((b >>> shift) & 0xFF);
				assertThat((int) ((sum >>> shift) & 0xFF)).isEqualTo(Math.min(255, x + y));
				assertThat((int) ((difference >>> shift) & 0xFF)).isEqualTo(Math.max(0, x - y));
			}
		}
	}

	@Test
	void unmarkedFramesYieldNoPayload() {
		FrameAverage unmarked = new FrameAverage(WIDTH, HEIGHT);
		frames(6).forEach(unmarked::add);
		assertThat(this.detector.read(unmarked).found()).isFalse();
	}

	@Test
	void refusesFramesOfAnotherSizeAndAnEmptyAverage() {
		FrameWatermarker marker = new Watermarker().frames(this.payload, WIDTH, HEIGHT);
		BufferedImage other = new BufferedImage(WIDTH + 1, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
		assertThatIllegalArgumentException().isThrownBy(() -> marker.embed(other));
		assertThatIllegalArgumentException().isThrownBy(() -> new FrameAverage(WIDTH, HEIGHT).add(other));
		assertThatIllegalStateException().isThrownBy(() -> this.detector.read(new FrameAverage(WIDTH, HEIGHT)));
	}

	/** A photo panning and zooming over a layout, as the promo videos move. */
	private static List<BufferedImage> frames(int count) {
		BufferedImage backdrop = TestImages.layout(3, WIDTH, HEIGHT);
		BufferedImage photo = TestImages.photo(Path.of("../../samples/photos"), "cup.jpg");
		List<BufferedImage> frames = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
			Graphics2D graphics = frame.createGraphics();
			graphics.drawImage(backdrop, 0, 0, null);
			int size = WIDTH + 6 * index;
			graphics.drawImage(photo, -3 * index + 4 * index, 90, size, size, null);
			graphics.dispose();
			frames.add(frame);
		}
		return frames;
	}

	private static BufferedImage copy(BufferedImage frame) {
		BufferedImage copy = new BufferedImage(frame.getWidth(), frame.getHeight(), frame.getType());
		copy.createGraphics().drawImage(frame, 0, 0, null);
		return copy;
	}

}
