package io.aigcfactory.creative.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.aigcfactory.creative.concept.ConceptPlanning;
import io.aigcfactory.creative.concept.FailureRetry;
import io.aigcfactory.creative.requirement.ProgressReports;
import io.aigcfactory.creative.requirement.RequirementIntake;
import io.aigcfactory.creative.requirement.RequirementIntake.BatchOutcome;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.platform.idempotency.IdempotencyKeys;
import io.aigcfactory.platform.web.ConflictingRequest;
import io.aigcfactory.platform.web.FieldProblem;
import io.aigcfactory.platform.web.InvalidInput;
import io.aigcfactory.platform.web.NotFound;
import io.aigcfactory.platform.web.PathIds;
import io.aigcfactory.platform.web.Problems;
import io.aigcfactory.platform.web.TenantHeader;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Submitting products and following their requirements. */
@RestController
@RequestMapping(RequirementController.PATH)
class RequirementController {

	static final String PATH = "/api/v1/requirements";

	static final String JSON_LINES = "application/jsonl";

	static final String NDJSON = "application/x-ndjson";

	/** The most requirements one listing shows. */
	static final int MAX_LISTED = 100;

	private final RequirementIntake intake;

	private final ProgressReports reports;

	private final IdempotencyKeys idempotency;

	private final JsonMapper json;

	private final ConceptPlanning planning;

	private final ProgressStream stream;

	RequirementController(RequirementIntake intake, ProgressReports reports, IdempotencyKeys idempotency,
			JsonMapper json, ConceptPlanning planning, ProgressStream stream) {
		this.planning = planning;
		this.stream = stream;
		this.intake = intake;
		this.reports = reports;
		this.idempotency = idempotency;
		this.json = json;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> submit(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String key,
			@RequestBody(required = false) byte @Nullable [] body) {
		String tenantId = TenantHeader.resolve(tenant);
		byte[] bytes = (body != null) ? body : new byte[0];
		return this.idempotency.execute(tenantId, "submit", key, bytes, () -> {
			RequirementId id = this.intake.accept(tenantId, SubmissionReader.read(bytes));
			return new IdempotencyKeys.Reply(HttpStatus.ACCEPTED.value(), MediaType.APPLICATION_JSON_VALUE, link(id),
					this.json.writeValueAsString(accepted(id)));
		});
	}

	@PostMapping(path = "/batch", consumes = { JSON_LINES, NDJSON, MediaType.TEXT_PLAIN_VALUE })
	ResponseEntity<String> submitBatch(
			@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String key,
			@RequestBody(required = false) byte @Nullable [] body) {
		String tenantId = TenantHeader.resolve(tenant);
		byte[] bytes = (body != null) ? body : new byte[0];
		return this.idempotency.execute(tenantId, "batch", key, bytes, () -> {
			BatchReader batch = BatchReader.read(bytes, this.intake.maxBatchLines());
			BatchOutcome outcome = this.intake.acceptBatch(tenantId, batch.submissions());
			List<FieldProblem> problems = new ArrayList<>(batch.problems());
			problems.addAll(outcome.problems());
			problems.sort(Comparator.comparing(FieldProblem::line));
			List<Map<String, Object>> accepted = outcome.accepted()
				.entrySet()
				.stream()
				.map((entry) -> acceptedLine(entry.getKey(), entry.getValue()))
				.toList();
			if (problems.isEmpty()) {
				return new IdempotencyKeys.Reply(HttpStatus.ACCEPTED.value(), MediaType.APPLICATION_JSON_VALUE, null,
						this.json.writeValueAsString(Map.of("accepted", accepted.size(), "requirements", accepted)));
			}
			ProblemDetail problem = Problems.invalidInput(problems, Map.of());
			problem.setDetail(problems.size() + " problems on "
					+ problems.stream().map(FieldProblem::line).distinct().count() + " lines; the other "
					+ accepted.size() + " lines were accepted. First: " + problems.getFirst());
			return new IdempotencyKeys.Reply(HttpStatus.BAD_REQUEST.value(), MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					null, this.json.writeValueAsString(problemBody(problem, problems, accepted)));
		});
	}

	/**
	 * The tenant's latest requirements, newest first, each as {@code GET /{id}} shows it.
	 */
	@GetMapping
	Map<String, List<RequirementView>> latest(
			@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@RequestParam(defaultValue = "20") String limit) {
		int count = parseLimit(limit);
		return Map.of("requirements",
				this.reports.latest(TenantHeader.resolve(tenant), count).stream().map(RequirementView::of).toList());
	}

	/** The requirement's progress as server-sent events, until it settles. */
	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String id) {
		RequirementId requirementId = PathIds.parse("id", id, "a requirement id", RequirementId::of);
		return this.stream.open(requirementId, TenantHeader.resolve(tenant));
	}

	private static int parseLimit(String limit) {
		try {
			int count = Integer.parseInt(limit.strip());
			if (count >= 1 && count <= MAX_LISTED) {
				return count;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw InvalidInput.of("limit", "must be a whole number from 1 to " + MAX_LISTED);
	}

	@GetMapping("/{id}")
	RequirementView progress(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String id) {
		RequirementId requirementId = PathIds.parse("id", id, "a requirement id", RequirementId::of);
		return this.reports.report(requirementId, TenantHeader.resolve(tenant))
			.map(RequirementView::of)
			.orElseThrow(() -> new NotFound("requirement", id));
	}

	/**
	 * Re-drives the concepts of a requirement that a stage gave up on: 202 with how many
	 * concepts were written in their place, 404 for an unknown requirement, 409 when
	 * nothing failed or every failure was retried already.
	 */
	@PostMapping("/{id}/retry")
	ResponseEntity<Map<String, Object>> retry(
			@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String id) {
		RequirementId requirementId = PathIds.parse("id", id, "a requirement id", RequirementId::of);
		return switch (this.planning.retryFailures(requirementId, TenantHeader.resolve(tenant))) {
			case FailureRetry.Retried retried -> ResponseEntity.accepted()
				.header(HttpHeaders.LOCATION, link(requirementId))
				.body(Map.of("requirementId", id, "status", "IN_PROGRESS", "conceptsWritten", retried.concepts(),
						"links", Map.of("self", link(requirementId))));
			case FailureRetry.Unknown unknown -> throw new NotFound("requirement", id);
			case FailureRetry.NothingToRetry nothing ->
				throw new ConflictingRequest("Requirement " + id + " has no failed concept left to retry");
		};
	}

	private static String link(RequirementId id) {
		return PATH + "/" + id;
	}

	private static Map<String, Object> accepted(RequirementId id) {
		return Map.of("requirementId", id.toString(), "status", "ACCEPTED", "links", Map.of("self", link(id)));
	}

	private static Map<String, Object> acceptedLine(int line, RequirementId id) {
		Map<String, Object> accepted = new LinkedHashMap<>();
		accepted.put("line", line);
		accepted.put("requirementId", id.toString());
		accepted.put("links", Map.of("self", link(id)));
		return accepted;
	}

	private static Map<String, Object> problemBody(ProblemDetail problem, List<FieldProblem> problems,
			List<Map<String, Object>> accepted) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("errors", problems);
		body.put("accepted", accepted);
		return body;
	}

}
