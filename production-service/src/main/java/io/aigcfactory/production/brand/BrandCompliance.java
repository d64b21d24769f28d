package io.aigcfactory.production.brand;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.aigcfactory.events.BrandKit;
import io.aigcfactory.production.image.DrawnImage;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Scores what was produced against the brand kit it was produced with, from what was
 * made: the brand colours' share of each image's pixels as drawn, how closely the pixels
 * where the logo was drawn match the logo, which banned words the copy file holds and
 * which required phrases it lacks. Each image is scored and the weakest one counts.
 */
@Component
public class BrandCompliance {

	private final BrandSettings settings;

	BrandCompliance(BrandSettings settings) {
		this.settings = settings;
	}

	/**
	 * @param kit the kit the asset was produced with
	 * @param logo the kit's decoded logo, or {@code null} when it has none or it could
	 * not be read
	 * @param copyFile the produced copy file, UTF-8
	 * @param images the produced images as drawn, with where each says it drew the logo
	 */
	public BrandScore score(BrandKit kit, @Nullable BufferedImage logo, byte[] copyFile, List<DrawnImage> images) {
		List<BrandScore.Part> parts = new ArrayList<>();
		if (!kit.colours().isEmpty() && !images.isEmpty()) {
			parts.add(weakest(images.stream().map((image) -> colours(kit.colours(), image.pixels())).toList()));
		}
		if (kit.logo() != null && !images.isEmpty()) {
			parts.add(weakest(images.stream().map((image) -> logo(logo, image.pixels(), image.logo())).toList()));
		}
		List<String> lines = new String(copyFile, StandardCharsets.UTF_8).lines().map(BrandCompliance::fold).toList();
		if (!kit.bannedWords().isEmpty()) {
			parts.add(bannedWords(kit.bannedWords(), lines));
		}
		if (!kit.requiredPhrases().isEmpty()) {
			parts.add(requiredPhrases(kit.requiredPhrases(), lines));
		}
		return BrandScore.of(parts);
	}

	/**
	 * Each brand colour scores by the share of pixels near it, full marks from the
	 * configured share up; the part is their mean.
	 */
	BrandScore.Part colours(List<String> colours, BufferedImage image) {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		int[] brand = colours.stream().mapToInt((hex) -> Color.decode(hex).getRGB()).toArray();
		long[] near = new long[brand.length];
		double tolerance = (double) this.settings.colourTolerance() * this.settings.colourTolerance();
		for (int pixel : pixels) {
			for (int i = 0; i < brand.length; i++) {
				if (squaredDistance(pixel, brand[i]) <= tolerance) {
					near[i]++;
				}
			}
		}
		double total = 0;
		List<String> shares = new ArrayList<>();
		for (int i = 0; i < brand.length; i++) {
			double share = (double) near[i] / pixels.length;
			total += Math.min(1, share / this.settings.colourShare());
			shares.add(String.format(Locale.ROOT, "%s %.1f%%", colours.get(i), share * 100));
		}
		return new BrandScore.Part("colours", (int) Math.round(100 * total / colours.size()),
				"share of pixels near each brand colour: " + String.join(", ", shares));
	}

	/**
	 * The share of the logo's opaque pixels that the image shows in the logo's colour
	 * where it says it drew the logo.
	 */
	BrandScore.Part logo(@Nullable BufferedImage logo, BufferedImage image, @Nullable Rectangle box) {
		if (logo == null) {
			return new BrandScore.Part("logo", 0, "the kit's logo could not be read");
		}
		if (box == null || box.isEmpty() || !new Rectangle(image.getWidth(), image.getHeight()).contains(box)) {
			return new BrandScore.Part("logo", 0, "no logo drawn in the image");
		}
		BufferedImage expected = new BufferedImage(box.width, box.height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = expected.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.drawImage(logo, 0, 0, box.width, box.height, null);
		}
		finally {
			graphics.dispose();
		}
		long opaque = 0;
		long matching = 0;
		for (int y = 0; y < box.height; y++) {
			for (int x = 0; x < box.width; x++) {
				int want = expected.getRGB(x, y);
				if ((want >>> 24) < 0xC0) {
					continue;
				}
				opaque++;
				if (distance(image.getRGB(box.x + x, box.y + y), want) <= this.settings.logoTolerance()) {
					matching++;
				}
			}
		}
		if (opaque == 0) {
			return new BrandScore.Part("logo", 100, "the logo is transparent");
		}
		double share = (double) matching / opaque;
		return new BrandScore.Part("logo", (int) Math.round(100 * share), String.format(Locale.ROOT,
				"%.1f%% of the logo's pixels match at %d,%d %dx%d", share * 100, box.x, box.y, box.width, box.height));
	}

	private static BrandScore.Part bannedWords(List<String> banned, List<String> lines) {
		List<String> found = banned.stream()
			.filter((word) -> !fold(word).isEmpty() && lines.stream().anyMatch((line) -> line.contains(fold(word))))
			.toList();
		int score = (int) Math.round(100.0 * (banned.size() - found.size()) / banned.size());
		return new BrandScore.Part("bannedWords", score, found.isEmpty() ? "none of " + banned.size() + " in the copy"
				: "in the copy: " + String.join("、", found));
	}

	private static BrandScore.Part requiredPhrases(List<String> required, List<String> lines) {
		List<String> missing = required.stream()
			.filter((phrase) -> lines.stream().noneMatch((line) -> line.contains(fold(phrase))))
			.toList();
		int score = (int) Math.round(100.0 * (required.size() - missing.size()) / required.size());
		return new BrandScore.Part("requiredPhrases", score, missing.isEmpty()
				? "all " + required.size() + " in the copy" : "missing from the copy: " + String.join("、", missing));
	}

	private static BrandScore.Part weakest(List<BrandScore.Part> parts) {
		return parts.stream().min(java.util.Comparator.comparingInt(BrandScore.Part::score)).orElseThrow();
	}

	/** The Euclidean distance of two colours in RGB, alpha ignored. */
	static double distance(int one, int other) {
		return Math.sqrt(squaredDistance(one, other));
	}

	private static int squaredDistance(int one, int other) {
		int red = ((one >> 16) & 0xFF) - ((other >> 16) & 0xFF);
		int green = ((one >> 8) & 0xFF) - ((other >> 8) & 0xFF);
		int blue = (one & 0xFF) - (other & 0xFF);
		return red * red + green * green + blue * blue;
	}

	/** Text compared without width, case, spaces or symbols. */
	static String fold(String text) {
		String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder kept = new StringBuilder(compatible.length());
		compatible.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
		return kept.toString();
	}

}
