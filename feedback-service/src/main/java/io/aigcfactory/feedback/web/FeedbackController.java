package io.aigcfactory.feedback.web;

import java.util.List;
import java.util.Map;

import io.aigcfactory.events.AngleInsight;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.feedback.directory.PublishedAssets;
import io.aigcfactory.feedback.directory.PublishedAssets.PublishedAsset;
import io.aigcfactory.feedback.intake.FeedbackIntake;
import io.aigcfactory.feedback.intake.Observation;
import io.aigcfactory.feedback.statistics.Statistics;
import io.aigcfactory.feedback.statistics.Statistics.AssetFigures;
import io.aigcfactory.platform.idempotency.IdempotencyKeys;
import io.aigcfactory.platform.web.InvalidInput;
import io.aigcfactory.platform.web.JsonFieldPaths;
import io.aigcfactory.platform.web.NotFound;
import io.aigcfactory.platform.web.PathIds;
import io.aigcfactory.platform.web.TenantHeader;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Feedback in, figures and insights out. */
@RestController
class FeedbackController {

	private static final TypeReference<List<Observation>> OBSERVATIONS = new TypeReference<>() {
	};

	private final FeedbackIntake intake;

	private final PublishedAssets assets;

	private final Statistics statistics;

	private final IdempotencyKeys idempotency;

	private final JsonMapper json;

	FeedbackController(FeedbackIntake intake, PublishedAssets assets, Statistics statistics,
			IdempotencyKeys idempotency, JsonMapper json) {
		this.intake = intake;
		this.assets = assets;
		this.statistics = statistics;
		this.idempotency = idempotency;
		this.json = json;
	}

	/**
	 * Records one observation (a JSON object) or several (a JSON array). A retry with the
	 * same {@code Idempotency-Key} and the same observations gets the first answer and
	 * records nothing again.
	 */
	@PostMapping(path = "/api/v1/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> record(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String key,
			@RequestBody(required = false) @Nullable JsonNode body) {
		String tenantId = TenantHeader.resolve(tenant);
		List<Observation> observations = observations(body);
		// The observations as read, so that a retry differing only in layout is the same.
		byte[] canonical = this.json.writeValueAsBytes(observations);
		return this.idempotency.execute(tenantId, "feedback", key, canonical, () -> {
			int recorded = this.intake.record(tenantId, observations);
			return new IdempotencyKeys.Reply(HttpStatus.ACCEPTED.value(), MediaType.APPLICATION_JSON_VALUE, null,
					this.json.writeValueAsString(Map.of("recorded", recorded)));
		});
	}

	@GetMapping("/api/v1/feedback/assets/{assetId}")
	Map<String, Object> asset(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String assetId) {
		AssetId id = PathIds.parse("assetId", assetId, "an asset id", AssetId::of);
		PublishedAsset asset = this.assets.find(id, TenantHeader.resolve(tenant))
			.orElseThrow(() -> new NotFound("published asset", assetId));
		AssetFigures figures = this.statistics.of(id).orElse(new AssetFigures(0, 0, 0));
		return Map.of("asset", asset, "impressions", figures.impressions(), "clicks", figures.clicks(), "conversions",
				figures.conversions(), "ctr", figures.ctr(), "cvr", figures.cvr());
	}

	@GetMapping("/api/v1/insights")
	Object insights(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@RequestParam(required = false) @Nullable String category) {
		String tenantId = TenantHeader.resolve(tenant);
		if (category == null) {
			return Map.of("categories", this.statistics.categories(tenantId));
		}
		List<Map<String, Object>> angles = this.statistics.angles(tenantId, category)
			.stream()
			.map(FeedbackController::view)
			.toList();
		return Map.of("category", category, "angles", angles);
	}

	private static Map<String, Object> view(AngleInsight insight) {
		return Map.of("angle", insight.angle().name(), "label", insight.angle().label(), "channel",
				(insight.channel() != null) ? insight.channel() : "", "assets", insight.assets(), "impressions",
				insight.impressions(), "clicks", insight.clicks(), "conversions", insight.conversions(), "ctr",
				insight.ctr(), "cvr", insight.cvr());
	}

	private List<Observation> observations(@Nullable JsonNode body) {
		if (body == null || body.isMissingNode() || !(body.isArray() || body.isObject())) {
			throw InvalidInput.of("body", "must be an observation or an array of them");
		}
		try {
			if (body.isArray()) {
				return this.json.readerFor(OBSERVATIONS)
					.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
					.readValue(body);
			}
			Observation single = this.json.readerFor(Observation.class)
				.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(body);
			return List.of(single);
		}
		catch (JacksonException ex) {
			throw new InvalidInput(List.of(JsonFieldPaths.problemOf(ex)));
		}
	}

}
