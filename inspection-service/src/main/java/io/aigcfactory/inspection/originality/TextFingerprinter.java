package io.aigcfactory.inspection.originality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.aigcfactory.events.Copy;

/**
 * MinHash over a text's character 4-grams. Before shingling, the text is NFKC-normalised
 * and lower-cased, everything but letters and digits is dropped, and the product's brand
 * name is replaced by one placeholder character: two copies identical except for the
 * brand then have the same signature, however much the brand name moves an embedding.
 */
public final class TextFingerprinter {

	/** Characters per shingle. */
	static final int SHINGLE = 4;

	/** Hash functions, so values per signature. */
	static final int HASHES = 128;

	private static final char BRAND = '\uE000';

	private static final long[] SEEDS = seeds();

	private TextFingerprinter() {
	}

	/**
	 * The signature of the copy a main image shows: its headline, highlights and call to
	 * action (the body is left out, as the layouts draw it seldom and small), each
	 * shingled on its own, so that the same words in another order (highlights swapped)
	 * have the same signature; the brand masked as in {@link #signature}.
	 */
	public static TextSignature imageSignature(Copy copy, String brand) {
		List<String> shown = new ArrayList<>();
		shown.add(copy.headline());
		shown.addAll(copy.highlights());
		shown.add(copy.callToAction());
		return signature(shown, brand);
	}

	/**
	 * The signature of a copy whose product is of the given brand; a blank brand masks
	 * nothing.
	 */
	public static TextSignature signature(String text, String brand) {
		return signature(List.of(text), brand);
	}

	/**
	 * The signature of the 4-grams of several pieces of text, each shingled on its own.
	 */
	private static TextSignature signature(List<String> pieces, String brand) {
		String maskedBrand = normalise(brand);
		long[] minima = new long[HASHES];
		Arrays.fill(minima, Long.MAX_VALUE);
		boolean empty = true;
		for (String piece : pieces) {
			String normalised = normalise(piece);
			if (!maskedBrand.isEmpty()) {
				normalised = normalised.replace(maskedBrand, String.valueOf(BRAND));
			}
			if (normalised.isEmpty()) {
				continue;
			}
			empty = false;
			int shingles = Math.max(1, normalised.length() - SHINGLE + 1);
			for (int start = 0; start < shingles; start++) {
				long shingle = shingleHash(normalised, start, Math.min(normalised.length(), start + SHINGLE));
				for (int i = 0; i < HASHES; i++) {
					long hash = mix(shingle ^ SEEDS[i]);
					if (hash < minima[i]) {
						minima[i] = hash;
					}
				}
			}
		}
		if (empty) {
			return new TextSignature(new int[0]);
		}
		int[] values = new int[HASHES];
		for (int i = 0; i < HASHES; i++) {
			values[i] = (int) (minima[i] >>> 32);
		}
		return new TextSignature(values);
	}

	static String normalise(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder kept = new StringBuilder(folded.length());
		folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private static long shingleHash(String text, int from, int to) {
		long hash = 0xcbf29ce484222325L;
		for (int i = from; i < to; i++) {
			hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
		}
		return hash;
	}

	/** SplitMix64's finaliser: spreads every input bit over the whole output. */
	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return (z ^ (z >>> 31)) & Long.MAX_VALUE;
	}

	private static long[] seeds() {
		long[] seeds = new long[HASHES];
		long state = 0x5eed_0f_a1_6cL;
		for (int i = 0; i < HASHES; i++) {
			state += 0x9e3779b97f4a7c15L;
			seeds[i] = mix(state);
		}
		return seeds;
	}

}
