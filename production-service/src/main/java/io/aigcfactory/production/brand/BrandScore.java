package io.aigcfactory.production.brand;

import java.util.List;

/**
 * How well an asset keeps to its brand kit, from 0 to 100: the mean of the parts that
 * apply to the kit.
 *
 * @param score the overall score
 * @param parts each part's own score: {@code colours}, {@code logo}, {@code bannedWords},
 * {@code requiredPhrases}; a part the kit gives nothing to check for is left out
 */
public record BrandScore(int score, List<Part> parts) {

	public BrandScore {
		parts = List.copyOf(parts);
	}

	/** The mean of the parts' scores, 100 when no part applies. */
	static BrandScore of(List<Part> parts) {
		double mean = parts.stream().mapToInt(Part::score).average().orElse(100);
		return new BrandScore((int) Math.round(mean), parts);
	}

	/**
	 * One part of the score.
	 *
	 * @param name what it checks
	 * @param score from 0 to 100
	 * @param detail what was observed, for a human
	 */
	public record Part(String name, int score, String detail) {

	}

}
