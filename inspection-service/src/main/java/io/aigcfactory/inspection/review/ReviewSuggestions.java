package io.aigcfactory.inspection.review;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.aigcfactory.events.Finding;

import org.springframework.stereotype.Service;

/**
 * Turns a tenant's review decisions into suggested additions to its lists: the terms that
 * sent rejected assets to review are candidates for its banned words, and those of
 * approved assets for its allowed phrases. Only compliance findings with evidence count.
 */
@Service
public class ReviewSuggestions {

	/** How many recent decisions the suggestions are drawn from. */
	static final int DECISIONS = 1000;

	private final ReviewQueue queue;

	ReviewSuggestions(ReviewQueue queue) {
		this.queue = queue;
	}

	/** The suggestions for a tenant, most frequent first. */
	public Suggestions of(String tenantId) {
		Map<String, Integer> banned = new LinkedHashMap<>();
		Map<String, Integer> allowed = new LinkedHashMap<>();
		for (Reviews.Stored decided : this.queue.decided(tenantId, DECISIONS)) {
			Map<String, Integer> target = "APPROVED".equals(decided.item().status()) ? allowed : banned;
			decided.event()
				.findings()
				.stream()
				.filter((finding) -> finding.stage() == Finding.Stage.COMPLIANCE && finding.evidence() != null)
				.map(Finding::evidence)
				.distinct()
				.forEach((term) -> target.merge(term, 1, Integer::sum));
		}
		return new Suggestions(tenantId, ranked(banned), ranked(allowed));
	}

	private static List<Suggestion> ranked(Map<String, Integer> counts) {
		return counts.entrySet()
			.stream()
			.map((entry) -> new Suggestion(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingInt(Suggestion::decisions).reversed().thenComparing(Suggestion::term))
			.toList();
	}

	/**
	 * Suggested list additions.
	 *
	 * @param tenantId the tenant
	 * @param bannedTerms terms behind rejections, for the tenant's banned words
	 * @param allowPhrases terms behind approvals, for the tenant's allowed phrases
	 */
	public record Suggestions(String tenantId, List<Suggestion> bannedTerms, List<Suggestion> allowPhrases) {
	}

	/**
	 * One suggested term.
	 *
	 * @param term the term
	 * @param decisions how many decisions it came from
	 */
	public record Suggestion(String term, int decisions) {
	}

}
