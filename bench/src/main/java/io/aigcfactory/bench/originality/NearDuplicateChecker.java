package io.aigcfactory.bench.originality;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An independent near-duplicate checker, written apart from the production fingerprint:
 * two approved texts are near-duplicates when the Jaccard index of their character 4-gram
 * sets (whitespace removed, nothing else normalised, brand names kept) is at least 0.8.
 * Candidate pairs come from a MinHash of its own (64 multiply-add hash functions over the
 * 4-grams' string hashes, 16 bands of 4); every candidate is then checked exactly.
 * Reports how many texts have at least one near-duplicate among the others.
 * <p>
 * {@code java -cp ... io.aigcfactory.bench.originality.NearDuplicateChecker approved.jsonl [threshold]}
 */
public final class NearDuplicateChecker {

	private static final long PRIME = (1L << 61) - 1;

	private static final int HASHES = 64;

	private static final int ROWS = 4;

	private NearDuplicateChecker() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		double threshold = (args.length > 1) ? Double.parseDouble(args[1]) : 0.8;
		List<String> ids = new ArrayList<>();
		List<Set<String>> grams = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			JsonNode row = JsonMapper.shared().readTree(line);
			ids.add(row.path("sku").asString() + "/" + row.path("asset").asString());
			grams.add(fourGrams(row.path("text").asString()));
		}
		Random random = new Random(2026);
		long[] a = new long[HASHES];
		long[] b = new long[HASHES];
		for (int i = 0; i < HASHES; i++) {
			a[i] = 1 + Math.floorMod(random.nextLong(), PRIME - 1);
			b[i] = Math.floorMod(random.nextLong(), PRIME);
		}
		Map<String, List<Integer>> buckets = new HashMap<>();
		for (int t = 0; t < grams.size(); t++) {
			long[] signature = new long[HASHES];
			Arrays.fill(signature, Long.MAX_VALUE);
			for (String gram : grams.get(t)) {
				long x = gram.hashCode() & 0xffffffffL;
				for (int i = 0; i < HASHES; i++) {
					long h = (a[i] * x + b[i]) >>> 1;
					signature[i] = Math.min(signature[i], h);
				}
			}
			for (int band = 0; band < HASHES / ROWS; band++) {
				StringBuilder key = new StringBuilder().append(band);
				for (int r = 0; r < ROWS; r++) {
					key.append(':').append(signature[band * ROWS + r]);
				}
				buckets.computeIfAbsent(key.toString(), (k) -> new ArrayList<>()).add(t);
			}
		}
		Set<Long> checked = new HashSet<>();
		boolean[] duplicated = new boolean[grams.size()];
		long pairs = 0;
		List<String> examples = new ArrayList<>();
		for (List<Integer> bucket : buckets.values()) {
			for (int i = 0; i < bucket.size(); i++) {
				for (int j = i + 1; j < bucket.size(); j++) {
					int x = bucket.get(i);
					int y = bucket.get(j);
					if (!checked.add(((long) Math.min(x, y) << 32) | Math.max(x, y))) {
						continue;
					}
					double jaccard = jaccard(grams.get(x), grams.get(y));
					if (jaccard >= threshold) {
						pairs++;
						duplicated[x] = true;
						duplicated[y] = true;
						if (examples.size() < 5) {
							examples.add("%s ~ %s (%.3f)".formatted(ids.get(x), ids.get(y), jaccard));
						}
					}
				}
			}
		}
		int withTwin = 0;
		for (boolean d : duplicated) {
			withTwin += d ? 1 : 0;
		}
		System.out.printf(Locale.ROOT,
				"%d approved texts; %d candidate pairs checked exactly; %d pairs with 4-gram Jaccard >= %.2f; "
						+ "%d texts (%.3f%%) have a near-duplicate%n",
				grams.size(), checked.size(), pairs, threshold, withTwin, 100.0 * withTwin / grams.size());
		examples.forEach((example) -> System.out.println("  e.g. " + example));
	}

	private static Set<String> fourGrams(String text) {
		String compact = text.replaceAll("\\s+", "");
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 4 <= compact.length(); i++) {
			grams.add(compact.substring(i, i + 4));
		}
		if (grams.isEmpty()) {
			grams.add(compact);
		}
		return grams;
	}

	private static double jaccard(Set<String> x, Set<String> y) {
		int common = 0;
		for (String gram : x) {
			if (y.contains(gram)) {
				common++;
			}
		}
		return (double) common / (x.size() + y.size() - common);
	}

}
