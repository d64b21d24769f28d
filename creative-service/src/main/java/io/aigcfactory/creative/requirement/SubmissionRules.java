package io.aigcfactory.creative.requirement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.aigcfactory.events.Product;
import io.aigcfactory.glyphs.Glyphs;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What makes a submission acceptable; every problem is named with its field. Text that
 * can end up in an image must be drawable by the fonts production draws with.
 */
class SubmissionRules {

	private static final BigDecimal MAX_PRICE = new BigDecimal("100000000");

	private final IntakeSettings settings;

	private final Set<String> channels;

	private final Glyphs glyphs;

	SubmissionRules(IntakeSettings settings, Set<String> channels, Glyphs glyphs) {
		this.settings = settings;
		this.channels = channels;
		this.glyphs = glyphs;
	}

	/** Every problem with the submission; empty when it is acceptable. */
	List<FieldProblem> problems(Submission submission) {
		List<FieldProblem> problems = new ArrayList<>();
		text(problems, "sku", submission.sku(), 64, false);
		text(problems, "title", submission.title(), this.settings.maxTitleLength(), true);
		text(problems, "brand", submission.brand(), 40, true);
		text(problems, "category", submission.category(), 60, true);
		price(problems, submission.price());
		sellingPoints(problems, submission.sellingPoints());
		text(problems, "audience", submission.audience(), 60, true);
		text(problems, "description", submission.description(), this.settings.maxDescriptionLength(), false);
		channels(problems, submission.channels());
		variantCount(problems, submission.variantCount());
		return problems;
	}

	/** The product of an acceptable submission. */
	Product product(Submission submission, RequirementId id) {
		String sku = (submission.sku() != null && !submission.sku().isBlank()) ? submission.sku().strip()
				: "REQ-" + id.toString().substring(0, 13).toUpperCase(java.util.Locale.ROOT);
		return new Product(sku, submission.title().strip(), submission.brand().strip(), submission.category().strip(),
				submission.price(), submission.sellingPoints().stream().map(String::strip).toList(),
				submission.audience().strip(),
				(submission.description() != null) ? submission.description().strip() : null);
	}

	int variantCount(Submission submission) {
		return (submission.variantCount() != null) ? submission.variantCount() : this.settings.defaultVariantCount();
	}

	List<String> channels(Submission submission) {
		return submission.channels().stream().distinct().toList();
	}

	private void text(List<FieldProblem> problems, String field, @Nullable String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(FieldProblem.of(field, "is required"));
			}
			return;
		}
		int length = value.strip().codePointCount(0, value.strip().length());
		if (length > max) {
			problems.add(FieldProblem.of(field, "must be at most " + max + " characters, was " + length));
		}
		if (value.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
			problems.add(FieldProblem.of(field, "must not contain control characters"));
		}
		if (!field.equals("sku")) {
			List<Integer> undrawable = this.glyphs.undrawable(value);
			if (!undrawable.isEmpty()) {
				problems.add(FieldProblem.of(field,
						"contains characters no bundled font can draw: " + Glyphs.describe(undrawable)));
			}
		}
	}

	private static void price(List<FieldProblem> problems, @Nullable BigDecimal price) {
		if (price == null) {
			problems.add(FieldProblem.of("price", "is required"));
		}
		else if (price.signum() < 0) {
			problems.add(FieldProblem.of("price", "must be at least 0"));
		}
		else if (price.compareTo(MAX_PRICE) >= 0) {
			problems.add(FieldProblem.of("price", "must be less than 100000000"));
		}
		else if (price.stripTrailingZeros().scale() > 2) {
			problems.add(FieldProblem.of("price", "must have at most 2 decimal places"));
		}
	}

	private void sellingPoints(List<FieldProblem> problems, @Nullable List<String> points) {
		if (points == null || points.isEmpty()) {
			problems.add(FieldProblem.of("sellingPoints", "must list at least one selling point"));
			return;
		}
		if (points.size() > this.settings.maxSellingPoints()) {
			problems.add(FieldProblem.of("sellingPoints", "must list at most " + this.settings.maxSellingPoints()));
		}
		for (int i = 0; i < points.size(); i++) {
			text(problems, "sellingPoints[" + i + "]", points.get(i), this.settings.maxSellingPointLength(), true);
		}
	}

	private void channels(List<FieldProblem> problems, @Nullable List<String> targets) {
		if (targets == null || targets.isEmpty()) {
			problems.add(FieldProblem.of("channels", "must name at least one channel of " + this.channels));
			return;
		}
		for (int i = 0; i < targets.size(); i++) {
			String channel = targets.get(i);
			if (channel == null || !this.channels.contains(channel)) {
				problems.add(FieldProblem.of("channels[" + i + "]",
						"is not a known channel: '" + channel + "'; known are " + this.channels));
			}
		}
	}

	private void variantCount(List<FieldProblem> problems, @Nullable Integer count) {
		if (count != null && (count < 1 || count > this.settings.maxVariantCount())) {
			problems.add(FieldProblem.of("variantCount", "must be between 1 and " + this.settings.maxVariantCount()));
		}
	}

}
