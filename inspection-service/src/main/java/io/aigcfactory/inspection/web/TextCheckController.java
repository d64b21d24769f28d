package io.aigcfactory.inspection.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.aigcfactory.events.Verdict;
import io.aigcfactory.inspection.compliance.ComplianceReport;
import io.aigcfactory.inspection.compliance.TextChecks;
import io.aigcfactory.inspection.compliance.TextChecks.TextToCheck;
import io.aigcfactory.inspection.compliance.Violation;
import io.aigcfactory.platform.web.FieldProblem;
import io.aigcfactory.platform.web.InvalidInput;
import io.aigcfactory.platform.web.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets a backend check its own copy before publishing it: one text, or up to a thousand
 * in one request, through the whole compliance funnel.
 */
@RestController
class TextCheckController {

	private final TextChecks checks;

	private final TextCheckSettings settings;

	TextCheckController(TextChecks checks, TextCheckSettings settings) {
		this.checks = checks;
		this.settings = settings;
	}

	@PostMapping("/api/v1/inspections/text")
	TextCheckResult check(@RequestBody TextCheckRequest request) {
		return TextCheckResult.of(this.checks.check(List.of(toCheck(request, ""))).getFirst());
	}

	@PostMapping("/api/v1/inspections/text:batch")
	BatchResult checkAll(@RequestBody BatchRequest request) {
		List<TextCheckRequest> texts = request.texts();
		if (texts == null || texts.isEmpty()) {
			throw InvalidInput.of("texts", "must hold at least one text");
		}
		if (texts.size() > this.settings.maxBatchSize()) {
			throw new TextTooLarge("texts", "holds " + texts.size() + " texts; at most " + this.settings.maxBatchSize()
					+ " are checked in one request");
		}
		List<TextToCheck> toCheck = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			if (texts.get(i) == null) {
				throw InvalidInput.of("texts[" + i + "]", "must be an object with a text");
			}
			toCheck.add(toCheck(texts.get(i), "texts[" + i + "]."));
		}
		return new BatchResult(this.checks.check(toCheck).stream().map(TextCheckResult::of).toList());
	}

	private TextToCheck toCheck(TextCheckRequest request, String path) {
		if (request.text() == null) {
			throw InvalidInput.of(path + "text", "is required");
		}
		if (request.text().length() > this.settings.maxTextLength()) {
			throw new TextTooLarge(path + "text", "is " + request.text().length() + " characters long; at most "
					+ this.settings.maxTextLength() + " are checked");
		}
		List<String> facts = Objects.requireNonNullElse(request.facts(), List.of());
		if (facts.size() > this.settings.maxFacts() || facts.stream().anyMatch(Objects::isNull)) {
			throw InvalidInput.of(path + "facts",
					"must hold at most " + this.settings.maxFacts() + " facts, none null");
		}
		List<String> channels = (request.channel() == null || request.channel().isBlank()) ? List.of()
				: List.of(request.channel());
		return new TextToCheck(request.text(), Objects.requireNonNullElse(request.category(), ""), channels, facts);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(TextTooLarge failure) {
		ProblemDetail problem = Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
				failure.field() + " " + failure.getMessage());
		problem.setProperty("errors", List.of(FieldProblem.of(failure.field(), failure.getMessage())));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * One text to check.
	 *
	 * @param text the copy, required; may be empty
	 * @param category the product's category, e.g. {@code 数码/耳机}
	 * @param channel the channel it is written for, e.g. {@code douyin}: rules that bind
	 * only other channels do not apply; without one, every channel's rules apply
	 * @param facts the product's own facts, e.g. {@code ["续航 40 小时"]}, to check the
	 * copy's numbers against
	 */
	record TextCheckRequest(@Nullable String text, @Nullable String category, @Nullable String channel,
			@Nullable List<String> facts) {
	}

	/** Several texts to check. */
	record BatchRequest(@Nullable List<TextCheckRequest> texts) {
	}

	/** The results, in the order of the texts. */
	record BatchResult(List<TextCheckResult> results) {
	}

	/**
	 * The verdict on one text.
	 *
	 * @param verdict {@code APPROVED}, {@code REVIEW} or {@code REJECTED}
	 * @param findings what was found, in reading order
	 * @param checked which checks ran
	 */
	record TextCheckResult(Verdict verdict, List<Finding> findings, List<String> checked) {

		static TextCheckResult of(ComplianceReport report) {
			return new TextCheckResult(report.verdict(), report.violations().stream().map(Finding::of).toList(),
					report.checked());
		}

	}

	/**
	 * One finding, located by UTF-16 offsets in the text as sent.
	 *
	 * @param code stable finding code
	 * @param category kind of claim
	 * @param severity {@code BLOCK} or {@code REVIEW}
	 * @param start where the evidence starts
	 * @param end where it ends, exclusive
	 * @param evidence the text of the span as written
	 * @param legalBasis the provision it runs against
	 * @param suggestion how to say it compliantly
	 */
	record Finding(String code, String category, String severity, int start, int end, String evidence,
			String legalBasis, String suggestion) {

		static Finding of(Violation violation) {
			return new Finding(violation.code(), violation.category(), violation.severity().name(), violation.start(),
					violation.end(), WellFormed.text(violation.evidence()), violation.legalBasis() + violation.note(),
					violation.suggestion());
		}

	}

}
