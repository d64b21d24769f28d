package io.aigcfactory.inspection.review.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.inspection.review.ReviewAction;
import io.aigcfactory.inspection.review.ReviewItem;
import io.aigcfactory.inspection.review.ReviewQueue;
import io.aigcfactory.inspection.review.ReviewSuggestions;
import io.aigcfactory.inspection.review.ReviewSuggestions.Suggestions;
import io.aigcfactory.platform.web.FieldProblem;
import io.aigcfactory.platform.web.InvalidInput;
import io.aigcfactory.platform.web.NotFound;
import io.aigcfactory.platform.web.PathIds;
import io.aigcfactory.platform.web.TenantHeader;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue of the request's tenant: list open items (by reason and age), look at
 * one with its audit trail, claim, approve or reject it, and the list additions its
 * decisions suggest.
 */
@RestController
class ReviewController {

	/** The longest reviewer name and reason accepted. */
	static final int MAX_REVIEWER = 100;

	static final int MAX_REASON = 1000;

	private final ReviewQueue queue;

	private final ReviewSuggestions suggestions;

	private final Clock clock;

	ReviewController(ReviewQueue queue, ReviewSuggestions suggestions, Clock clock) {
		this.queue = queue;
		this.suggestions = suggestions;
		this.clock = clock;
	}

	/**
	 * Open items, oldest first. {@code tenant}, when given, must be the request's tenant;
	 * {@code reason} is a finding code; {@code olderThan} an ISO-8601 duration such as
	 * {@code PT2H}.
	 */
	@GetMapping("/api/v1/reviews")
	List<ReviewItem> open(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenantHeader,
			@RequestParam(required = false) @Nullable String tenant,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String olderThan) {
		String tenantId = TenantHeader.resolve(tenantHeader);
		List<FieldProblem> problems = new ArrayList<>();
		if (tenant != null && !tenant.equals(tenantId)) {
			problems.add(FieldProblem.of("tenant", "must be the tenant of the request (" + tenantId + ")"));
		}
		if (reason != null && !reason.matches("[A-Z][A-Z0-9_]{0,63}")) {
			problems.add(FieldProblem.of("reason", "must be a finding code such as ABSOLUTE_TERM"));
		}
		Instant createdBefore = null;
		if (olderThan != null) {
			try {
				Duration age = Duration.parse(olderThan);
				if (age.isNegative()) {
					problems.add(FieldProblem.of("olderThan", "must not be negative"));
				}
				createdBefore = Instant.now(this.clock).minus(age);
			}
			catch (DateTimeParseException ex) {
				problems.add(FieldProblem.of("olderThan", "must be an ISO-8601 duration such as PT2H"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return this.queue.open(tenantId, reason, createdBefore);
	}

	@GetMapping("/api/v1/reviews/suggestions")
	Suggestions suggestions(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant) {
		return this.suggestions.of(TenantHeader.resolve(tenant));
	}

	@GetMapping("/api/v1/reviews/{assetId}")
	ItemWithTrail item(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String assetId) {
		AssetId id = asset(assetId);
		ReviewItem item = this.queue.find(TenantHeader.resolve(tenant), id)
			.orElseThrow(() -> new NotFound("review of asset", assetId));
		return new ItemWithTrail(item, this.queue.trail(id));
	}

	@PostMapping("/api/v1/reviews/{assetId}/claim")
	ReviewItem claim(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String assetId, @RequestBody(required = false) @Nullable Decision body) {
		return this.queue.claim(TenantHeader.resolve(tenant), asset(assetId), reviewer(body));
	}

	@PostMapping("/api/v1/reviews/{assetId}/approve")
	ReviewItem approve(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String assetId, @RequestBody(required = false) @Nullable Decision body) {
		String reviewer = reviewer(body);
		String note = (body != null) ? body.reason() : null;
		if (note != null && note.length() > MAX_REASON) {
			throw InvalidInput.of("reason", "must be at most " + MAX_REASON + " characters");
		}
		return this.queue.approve(TenantHeader.resolve(tenant), asset(assetId), reviewer, note);
	}

	@PostMapping("/api/v1/reviews/{assetId}/reject")
	ReviewItem reject(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String assetId, @RequestBody(required = false) @Nullable Decision body) {
		List<FieldProblem> problems = new ArrayList<>(reviewerProblems(body));
		String reason = (body != null) ? body.reason() : null;
		if (reason == null || reason.isBlank()) {
			problems.add(FieldProblem.of("reason", "is required to reject"));
		}
		else if (reason.length() > MAX_REASON) {
			problems.add(FieldProblem.of("reason", "must be at most " + MAX_REASON + " characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return this.queue.reject(TenantHeader.resolve(tenant), asset(assetId), body.reviewer().strip(), reason.strip());
	}

	private static AssetId asset(String assetId) {
		return PathIds.parse("assetId", assetId, "an asset id", AssetId::of);
	}

	private static String reviewer(@Nullable Decision body) {
		List<FieldProblem> problems = reviewerProblems(body);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return body.reviewer().strip();
	}

	private static List<FieldProblem> reviewerProblems(@Nullable Decision body) {
		if (body == null || body.reviewer() == null || body.reviewer().isBlank()) {
			return List.of(FieldProblem.of("reviewer", "is required"));
		}
		if (body.reviewer().length() > MAX_REVIEWER || body.reviewer().chars().anyMatch(Character::isISOControl)) {
			return List.of(FieldProblem.of("reviewer",
					"must be at most " + MAX_REVIEWER + " characters without control characters"));
		}
		return List.of();
	}

	/**
	 * A reviewer's request.
	 *
	 * @param reviewer who acts
	 * @param reason why: required to reject, an optional note to approve
	 */
	record Decision(@Nullable String reviewer, @Nullable String reason) {
	}

	/**
	 * An item with its audit trail.
	 *
	 * @param item the item
	 * @param trail every action on it, oldest first
	 */
	record ItemWithTrail(ReviewItem item, List<ReviewAction> trail) {
	}

}
