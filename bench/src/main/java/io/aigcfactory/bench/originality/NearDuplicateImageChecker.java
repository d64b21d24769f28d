package io.aigcfactory.bench.originality;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * An independent near-duplicate checker for images, written apart from the production
 * perceptual hash: every image is reduced to a 16×16 thumbnail of mean red, green and
 * blue per cell, and every pair of images is compared exactly by the mean absolute
 * difference of their thumbnails (0 for identical pictures, 1 for black against white).
 * No hash, no candidate search: all pairs. Prints, for each threshold, how many images
 * have another within it, and the closest pairs.
 * <p>
 * {@code java -cp ... io.aigcfactory.bench.originality.NearDuplicateImageChecker images/ [threshold...]}
 */
public final class NearDuplicateImageChecker {

	private static final int CELLS = 16;

	private NearDuplicateImageChecker() {
	}

	public static void main(String[] args) throws IOException {
		Path directory = Path.of(args[0]);
		double[] thresholds = (args.length > 1)
				? Arrays.stream(args, 1, args.length).mapToDouble(Double::parseDouble).toArray()
				: new double[] { 0.002, 0.005, 0.01 };
		List<Path> files;
		try (Stream<Path> listed = Files.list(directory)) {
			files = listed.filter((file) -> file.toString().endsWith(".jpg") || file.toString().endsWith(".png"))
				.sorted()
				.toList();
		}
		int[][] thumbnails = new int[files.size()][];
		for (int i = 0; i < files.size(); i++) {
			BufferedImage image = ImageIO.read(files.get(i).toFile());
			if (image == null) {
				throw new IOException("not an image: " + files.get(i));
			}
			thumbnails[i] = thumbnail(image);
		}
		double[] nearest = new double[files.size()];
		Arrays.fill(nearest, Double.MAX_VALUE);
		int[] partner = new int[files.size()];
		long pairs = 0;
		double widest = Arrays.stream(thresholds).max().orElse(0);
		List<String> close = new ArrayList<>();
		for (int i = 0; i < thumbnails.length; i++) {
			for (int j = i + 1; j < thumbnails.length; j++) {
				double difference = difference(thumbnails[i], thumbnails[j]);
				pairs++;
				if (difference <= widest) {
					close.add(String.format(Locale.ROOT, "%s\t%s\t%.5f", name(files.get(i)), name(files.get(j)),
							difference));
				}
				if (difference < nearest[i]) {
					nearest[i] = difference;
					partner[i] = j;
				}
				if (difference < nearest[j]) {
					nearest[j] = difference;
					partner[j] = i;
				}
			}
		}
		Files.write(directory.resolveSibling("image-pairs.tsv"), close);
		System.out.printf(Locale.ROOT, "%d images, %d pairs compared, %d pairs within %.3f written to %s%n",
				files.size(), pairs, close.size(), widest, directory.resolveSibling("image-pairs.tsv"));
		System.out.println("| threshold (mean absolute difference) | images with another within it | share |");
		System.out.println("|---|---|---|");
		for (double threshold : thresholds) {
			long within = Arrays.stream(nearest).filter((d) -> d <= threshold).count();
			System.out.printf(Locale.ROOT, "| %.3f | %d | %.3f %% |%n", threshold, within,
					100.0 * within / Math.max(1, files.size()));
		}
		double[] sorted = nearest.clone();
		Arrays.sort(sorted);
		if (sorted.length > 1) {
			System.out.printf(Locale.ROOT, "nearest neighbour: min %.4f, 1st percentile %.4f, median %.4f%n", sorted[0],
					sorted[sorted.length / 100], sorted[sorted.length / 2]);
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < nearest.length; i++) {
			order.add(i);
		}
		order.sort((a, b) -> Double.compare(nearest[a], nearest[b]));
		for (int k = 0; k < Math.min(6, order.size()); k += 2) {
			int i = order.get(k);
			System.out.printf(Locale.ROOT, "closest: %s ~ %s (%.4f)%n", files.get(i).getFileName(),
					files.get(partner[i]).getFileName(), nearest[i]);
		}
	}

	private static String name(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.lastIndexOf('.'));
	}

	/** Mean red, green and blue of each of 16×16 cells. */
	static int[] thumbnail(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		long[] sums = new long[CELLS * CELLS * 3];
		long[] counts = new long[CELLS * CELLS];
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			int cellRow = y * CELLS / height;
			for (int x = 0; x < width; x++) {
				int cell = cellRow * CELLS + x * CELLS / width;
				int rgb = row[x];
				sums[cell * 3] += (rgb >> 16) & 0xff;
				sums[cell * 3 + 1] += (rgb >> 8) & 0xff;
				sums[cell * 3 + 2] += rgb & 0xff;
				counts[cell]++;
			}
		}
		int[] thumbnail = new int[sums.length];
		for (int k = 0; k < sums.length; k++) {
			thumbnail[k] = (int) (sums[k] / Math.max(1, counts[k / 3]));
		}
		return thumbnail;
	}

	/** Mean absolute difference of two thumbnails, from 0 to 1. */
	static double difference(int[] a, int[] b) {
		long sum = 0;
		for (int k = 0; k < a.length; k++) {
			sum += Math.abs(a[k] - b[k]);
		}
		return sum / 255.0 / a.length;
	}

}
