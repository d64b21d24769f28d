package io.aigcfactory.bench.trust;

import io.aigcfactory.test.images.ImageAttacks;
import io.aigcfactory.test.images.TestImages;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

import io.aigcfactory.trust.watermark.WatermarkDetector;
import io.aigcfactory.trust.watermark.WatermarkPayload;
import io.aigcfactory.trust.watermark.WatermarkReading;
import io.aigcfactory.trust.watermark.Watermarker;

/**
 * The watermark's robustness matrix over the sample photos and poster layouts of several
 * sizes (bit accuracy and payloads found per attack), PSNR, embed and read time per 800 ×
 * 800 image, and false payloads on unmarked images (layouts and photo crops). Arguments:
 * the number of unmarked images (default 1000). Prints Markdown.
 */
public final class WatermarkBench {

	private static final String[] PHOTOS = { "cup.jpg", "tea-tin.jpg", "headphones.png", "cleanser.png" };

	private WatermarkBench() {
	}

	public static void main(String[] args) {
		int unmarked = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		Path samples = Path.of("samples/photos");
		Map<String, BufferedImage> images = new LinkedHashMap<>();
		for (String photo : PHOTOS) {
			images.put("photo " + photo, TestImages.photo(samples, photo));
		}
		int[][] sizes = { { 800, 800 }, { 800, 800 }, { 800, 800 }, { 750, 1000 }, { 1000, 750 }, { 1080, 1920 },
				{ 640, 640 }, { 1200, 1200 } };
		for (int i = 0; i < sizes.length; i++) {
			images.put("layout " + (i + 1) + " " + sizes[i][0] + "x" + sizes[i][1],
					TestImages.layout(100 + i, sizes[i][0], sizes[i][1]));
		}
		Map<String, UnaryOperator<BufferedImage>> attacks = new LinkedHashMap<>();
		attacks.put("none", UnaryOperator.identity());
		attacks.put("JPEG q50", (image) -> ImageAttacks.jpeg(image, 0.5f));
		attacks.put("50% downscale", (image) -> ImageAttacks.scaled(image, 0.5));
		attacks.put("10% crop", (image) -> ImageAttacks.cropped(image, 0.1));
		attacks.put("brightness +20%", (image) -> ImageAttacks.brightened(image, 1.2));
		attacks.put("crop 10% + downscale 50% + JPEG q50",
				(image) -> ImageAttacks.jpeg(ImageAttacks.scaled(ImageAttacks.cropped(image, 0.1), 0.5), 0.5f));
		matrix(images, attacks);
		falsePayloads(samples, unmarked);
	}

	private static void matrix(Map<String, BufferedImage> images, Map<String, UnaryOperator<BufferedImage>> attacks) {
		Watermarker marker = new Watermarker();
		WatermarkDetector detector = new WatermarkDetector();
		Map<String, List<Double>> accuracy = new LinkedHashMap<>();
		Map<String, Integer> found = new LinkedHashMap<>();
		List<Double> psnr = new ArrayList<>();
		List<Double> embedMs = new ArrayList<>();
		List<Double> readMs = new ArrayList<>();
		int index = 0;
		System.out.println("| image | PSNR dB | " + String.join(" | ", attacks.keySet()) + " |");
		System.out.println("|---|---|" + "---|".repeat(attacks.size()));
		for (Map.Entry<String, BufferedImage> entry : images.entrySet()) {
			BufferedImage image = entry.getValue();
			WatermarkPayload payload = WatermarkPayload.of("tenant-" + index, "asset-" + index++);
			long start = System.nanoTime();
			BufferedImage marked = marker.embed(image, payload);
			double embed = (System.nanoTime() - start) / 1e6;
			double quality = Watermarker.psnr(image, marked);
			psnr.add(quality);
			StringBuilder row = new StringBuilder(
					"| " + entry.getKey() + " | " + String.format("%.1f", quality) + " |");
			for (Map.Entry<String, UnaryOperator<BufferedImage>> attack : attacks.entrySet()) {
				BufferedImage attacked = attack.getValue().apply(marked);
				start = System.nanoTime();
				WatermarkReading reading = detector.read(attacked);
				double read = (System.nanoTime() - start) / 1e6;
				if (image.getWidth() == 800 && image.getHeight() == 800 && attack.getKey().equals("none")) {
					embedMs.add(embed);
					readMs.add(read);
				}
				double bits = reading.bitAccuracy(payload);
				boolean right = payload.equals(reading.payload());
				accuracy.computeIfAbsent(attack.getKey(), (key) -> new ArrayList<>()).add(bits);
				found.merge(attack.getKey(), right ? 1 : 0, Integer::sum);
				row.append(String.format(" %.3f%s |", bits, right ? "" : " ✗"));
			}
			System.out.println(row);
		}
		System.out.println();
		System.out.println("| attack | mean bit accuracy | min bit accuracy | payload read right |");
		System.out.println("|---|---|---|---|");
		accuracy.forEach((attack, values) -> System.out.printf("| %s | %.4f | %.3f | %d / %d |%n", attack,
				values.stream().mapToDouble(Double::doubleValue).average().orElse(0),
				values.stream().mapToDouble(Double::doubleValue).min().orElse(0), found.get(attack), values.size()));
		System.out.println();
		System.out.printf("PSNR: min %.2f dB, mean %.2f dB%n",
				psnr.stream().mapToDouble(Double::doubleValue).min().orElse(0),
				psnr.stream().mapToDouble(Double::doubleValue).average().orElse(0));
		System.out.printf("800x800: embed median %.0f ms, read median %.0f ms (%d images)%n", median(embedMs),
				median(readMs), embedMs.size());
	}

	private static void falsePayloads(Path samples, int count) {
		WatermarkDetector detector = new WatermarkDetector();
		SplittableRandom random = new SplittableRandom(20261130);
		List<BufferedImage> photos = Arrays.stream(PHOTOS).map((name) -> TestImages.photo(samples, name)).toList();
		int falsePayloads = 0;
		double maxSync = 0;
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			BufferedImage image;
			if (i % 5 == 4) {
				BufferedImage photo = photos.get(random.nextInt(photos.size()));
				double fraction = 0.3 + 0.6 * random.nextDouble();
				image = ImageAttacks.scaled(ImageAttacks.cropped(photo, 1 - fraction), 0.5 + random.nextDouble());
			}
			else {
				image = TestImages.layout(10_000 + i, 400 + random.nextInt(600), 400 + random.nextInt(600));
			}
			WatermarkReading reading = detector.read(image);
			maxSync = Math.max(maxSync, reading.sync());
			if (reading.found()) {
				falsePayloads++;
			}
		}
		System.out.println();
		System.out.printf("Unmarked images: %d, false payloads: %d, highest sync peak %.1f σ (threshold %s), %.1f s%n",
				count, falsePayloads, maxSync, "6", (System.nanoTime() - start) / 1e9);
	}

	private static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return (sorted.length == 0) ? 0 : sorted[sorted.length / 2];
	}

}
