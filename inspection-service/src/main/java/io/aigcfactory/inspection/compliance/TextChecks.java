package io.aigcfactory.inspection.compliance;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole compliance funnel for texts a caller sends: lexicon, sound-alike spellings,
 * patterns and context rules, then claims against the product's own facts, then the
 * classifier tier for all texts of a request in one call. Without a classifier, or when
 * it fails, each report says that only the lexicon and rules ran.
 */
public final class TextChecks {

	private static final Logger logger = LoggerFactory.getLogger(TextChecks.class);

	private static final int EVIDENCE_CHARACTERS = 60;

	private final ComplianceFunnel funnel;

	private final @Nullable ContentClassifier classifier;

	/**
	 * @param funnel the funnel
	 * @param classifier the classifier tier, or {@code null} when none is configured
	 */
	public TextChecks(ComplianceFunnel funnel, @Nullable ContentClassifier classifier) {
		this.funnel = funnel;
		this.classifier = classifier;
	}

	/**
	 * Checks texts, each with its own category and facts.
	 * @param texts the texts
	 * @return one report per text, in order
	 */
	public List<ComplianceReport> check(List<TextToCheck> texts) {
		List<ComplianceReport> reports = new ArrayList<>(texts.size());
		for (TextToCheck text : texts) {
			reports.add(this.funnel.check(text.text(), text.category(), text.channels(), text.facts()));
		}
		return classify(texts, reports);
	}

	private List<ComplianceReport> classify(List<TextToCheck> texts, List<ComplianceReport> reports) {
		if (this.classifier == null) {
			return reports.stream()
				.map((report) -> report.with(List.of(), List.of("classifier:off (only the lexicon and rules ran)")))
				.toList();
		}
		List<ContentClassifier.Classification> classes;
		try {
			classes = this.classifier.classifyAll(texts.stream().map(TextToCheck::text).toList());
		}
		catch (RuntimeException ex) {
			logger.warn("Classifier {} failed; only the lexicon and rules ran: {}", this.classifier.name(),
					ex.toString());
			return reports.stream()
				.map((report) -> report.with(List.of(),
						List.of("classifier:" + this.classifier.name() + " failed (only the lexicon and rules ran)")))
				.toList();
		}
		List<ComplianceReport> classified = new ArrayList<>(reports.size());
		for (int i = 0; i < reports.size(); i++) {
			classified.add(reports.get(i)
				.with(violationOf(texts.get(i).text(), classes.get(i)),
						List.of("classifier:" + this.classifier.name())));
		}
		return classified;
	}

	private static List<Violation> violationOf(String text, ContentClassifier.Classification classification) {
		@Nullable Level level = switch (classification.tier()) {
			case SAFE -> null;
			case CONTROVERSIAL -> Level.REVIEW;
			case UNSAFE -> Level.BLOCK;
		};
		if (level == null) {
			return List.of();
		}
		int end = Math.min(text.length(), EVIDENCE_CHARACTERS);
		if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return List.of(new Violation("CLASSIFIER_" + classification.tier(), "classifier", level, 0, end,
				text.substring(0, end), "《广告法》第九条、第二十八条：分类模型判定为" + classification.category(), "请人工改写全文后重新送检",
				(level == Level.BLOCK) ? "" : "（分类模型不确定，需人工复核）"));
	}

	/**
	 * One text to check.
	 *
	 * @param text the text
	 * @param category the product's category; blank when unknown
	 * @param channels the channels it is written for; empty when unknown, and then every
	 * channel's rules apply
	 * @param facts the product's own facts ("续航 40 小时"), to check the copy's numbers
	 * against
	 */
	public record TextToCheck(String text, String category, List<String> channels, List<String> facts) {

		public TextToCheck {
			channels = List.copyOf(channels);
			facts = List.copyOf(facts);
		}

	}

}
