package io.aigcfactory.feedback.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.FeedbackKind;
import io.aigcfactory.events.FeedbackRecorded;
import io.aigcfactory.events.Topics;
import io.aigcfactory.feedback.directory.PublishedAssets;
import io.aigcfactory.feedback.directory.PublishedAssets.PublishedAsset;
import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.platform.web.FieldProblem;
import io.aigcfactory.platform.web.InvalidInput;
import io.aigcfactory.platform.web.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records observations of published assets. A request is all or nothing: every
 * observation is checked first, and only a request without problems is recorded.
 */
@Service
public class FeedbackIntake {

	static final int MAX_OBSERVATIONS = 1000;

	/** The most one observation may count: more is a client bug, not a busy day. */
	static final long MAX_COUNT = 1_000_000L;

	private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

	private final PublishedAssets assets;

	private final EventPublisher events;

	private final Clock clock;

	FeedbackIntake(PublishedAssets assets, EventPublisher events, Clock clock) {
		this.assets = assets;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return how many observations were recorded
	 * @throws InvalidInput naming each wrong field by its index
	 * @throws NotFound when an observation names an asset that was not published
	 */
	@Transactional
	public int record(String tenantId, List<Observation> observations) {
		if (observations.isEmpty() || observations.size() > MAX_OBSERVATIONS) {
			throw InvalidInput.of("body", "must hold 1 to " + MAX_OBSERVATIONS + " observations");
		}
		Instant now = Instant.now(this.clock);
		List<FieldProblem> problems = new ArrayList<>();
		List<FeedbackRecorded> recorded = new ArrayList<>();
		for (int i = 0; i < observations.size(); i++) {
			check(tenantId, "[" + i + "].", observations.get(i), now, problems).ifPresent(recorded::add);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		recorded.forEach((event) -> this.events.publish(Topics.FEEDBACK, event));
		return recorded.size();
	}

	private Optional<FeedbackRecorded> check(String tenantId, String at, Observation observation, Instant now,
			List<FieldProblem> problems) {
		int before = problems.size();
		AssetId asset = assetOf(at, observation.assetId(), problems);
		FeedbackKind kind = kindOf(at, observation.kind(), problems);
		long count = (observation.count() != null) ? observation.count() : 1;
		if (count < 1 || count > MAX_COUNT) {
			problems.add(FieldProblem.of(at + "count", "must be between 1 and " + MAX_COUNT));
		}
		Instant observedAt = (observation.observedAt() != null) ? observation.observedAt() : now;
		if (observedAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
			problems.add(FieldProblem.of(at + "observedAt", "must not be in the future"));
		}
		if (problems.size() > before || asset == null || kind == null) {
			return Optional.empty();
		}
		PublishedAsset published = this.assets.find(asset, tenantId)
			.orElseThrow(() -> new NotFound("published asset (" + at + "assetId)", asset));
		String channel = (observation.channel() != null) ? observation.channel() : "";
		if (!published.channels().contains(channel)) {
			problems.add(FieldProblem.of(at + "channel",
					"must be a channel the asset was published to: " + published.channels()));
			return Optional.empty();
		}
		return Optional.of(new FeedbackRecorded(EventMetadata.now(tenantId), asset, channel, kind, count, observedAt));
	}

	private static @Nullable AssetId assetOf(String at, @Nullable String value, List<FieldProblem> problems) {
		if (value == null) {
			problems.add(FieldProblem.of(at + "assetId", "is required"));
			return null;
		}
		try {
			return AssetId.of(value);
		}
		catch (IllegalArgumentException ex) {
			problems.add(FieldProblem.of(at + "assetId", "is not an asset id (a UUID)"));
			return null;
		}
	}

	private static @Nullable FeedbackKind kindOf(String at, @Nullable String value, List<FieldProblem> problems) {
		try {
			return FeedbackKind.valueOf(String.valueOf(value).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(FieldProblem.of(at + "kind", "must be impression, click or conversion"));
			return null;
		}
	}

}
