package io.aigcfactory.creative.concept;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import io.aigcfactory.creative.bandit.AngleBandit;
import io.aigcfactory.creative.brand.BrandKitCatalog;
import io.aigcfactory.creative.requirement.AssetTracking;
import io.aigcfactory.creative.requirement.NextStep;
import io.aigcfactory.creative.requirement.Requirement;
import io.aigcfactory.creative.requirement.RequirementStatus;
import io.aigcfactory.creative.requirement.Requirements;
import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.BrandKit;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.RequirementSubmitted;
import io.aigcfactory.events.StageFailed;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.platform.messaging.UnprocessableEvent;
import org.slf4j.Logger;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides which concepts a requirement gets: one per wanted asset at first, each from a
 * different angle in the bandit's order, then one replacement for each rejected asset,
 * from an angle the requirement has not used yet where possible, until enough assets are
 * approved or the retry budget is spent. Each concept is written from a direction of the
 * product's family that the requirement has not used yet (the least used once all are),
 * never the rejected one while another is left; the concept records the direction and why
 * the bandit chose its angle. Each concept is written with, and carries, the tenant's
 * brand kit for the product's brand where the tenant has one.
 */
@Service
public class ConceptPlanning {

	private static final Logger logger = LoggerFactory.getLogger(ConceptPlanning.class);

	private final Requirements requirements;

	private final AssetTracking tracking;

	private final Concepts concepts;

	private final ConceptWriter writer;

	private final AngleBandit bandit;

	private final DirectionCatalogue directions;

	private final EventPublisher events;

	private final BrandKitCatalog brands;

	private final Clock clock;

	ConceptPlanning(Requirements requirements, AssetTracking tracking, Concepts concepts, ConceptWriter writer,
			AngleBandit bandit, DirectionCatalogue directions, EventPublisher events, BrandKitCatalog brands,
			Clock clock) {
		this.requirements = requirements;
		this.tracking = tracking;
		this.concepts = concepts;
		this.writer = writer;
		this.bandit = bandit;
		this.directions = directions;
		this.brands = brands;
		this.events = events;
		this.clock = clock;
	}

	/** Writes the first round of concepts for a newly submitted requirement. */
	public void planFirstRound(RequirementSubmitted submitted) {
		Requirement requirement = this.requirements.lock(submitted.requirementId())
			.orElseThrow(() -> new UnprocessableEvent("No requirement " + submitted.requirementId()));
		if (requirement.status() != RequirementStatus.ACCEPTED) {
			return;
		}
		write(requirement, requirement.variantCount(), 1, Set.of(), null);
		this.requirements.conceptsWritten(requirement.id(), requirement.variantCount(), 0);
	}

	/**
	 * Plans what a requirement needs after one of its assets got a verdict.
	 * @param inspected the verdict
	 * @param requirement the requirement as it stands after counting the verdict
	 */
	public void afterVerdict(AssetInspected inspected, Requirement requirement) {
		advance(requirement, inspected.attempt(), inspected.conceptId());
	}

	/**
	 * Plans what a requirement needs after a stage gave up on one of its concepts.
	 * @param failed the failure
	 * @param requirement the requirement as it stands after counting the failure
	 */
	public void afterFailure(StageFailed failed, Requirement requirement) {
		advance(requirement, failed.attempt(), failed.conceptId());
	}

	/**
	 * Writes a new concept for each of a requirement's concepts that a stage gave up on
	 * and no retry re-drove yet, with a fresh retry budget for rejections.
	 */
	@Transactional
	public FailureRetry retryFailures(RequirementId id, String tenantId) {
		Requirement requirement = this.requirements.lock(id)
			.filter((candidate) -> candidate.tenantId().equals(tenantId))
			.orElse(null);
		if (requirement == null) {
			return new FailureRetry.Unknown();
		}
		OptionalInt attempt = this.tracking.retryFailures(requirement, Instant.now(this.clock));
		if (attempt.isEmpty()) {
			return new FailureRetry.NothingToRetry();
		}
		int concepts = requirement.counters().openFailures();
		logger.info("Requirement {} retries {} failed concepts", id, concepts);
		write(requirement, concepts, attempt.getAsInt(), new HashSet<>(this.tracking.rejectedTerms(id)), null);
		this.requirements.failuresRetried(id, concepts);
		return new FailureRetry.Retried(concepts);
	}

	private void advance(Requirement requirement, int attempt, ConceptId concept) {
		Instant now = Instant.now(this.clock);
		switch (requirement.afterVerdict()) {
			case NextStep.Complete complete ->
				this.requirements.finish(requirement.id(), RequirementStatus.COMPLETED, now);
			case NextStep.Exhaust exhaust -> {
				logger.info("Requirement {} exhausted its retry budget with {} of {} approved", requirement.id(),
						requirement.counters().approved(), requirement.variantCount());
				this.requirements.finish(requirement.id(), RequirementStatus.EXHAUSTED, now);
			}
			case NextStep.Partial partial -> {
				logger.info("Requirement {} ends partial: {} of {} approved, {} concepts failed", requirement.id(),
						requirement.counters().approved(), requirement.variantCount(),
						requirement.counters().openFailures());
				this.requirements.finish(requirement.id(), RequirementStatus.PARTIAL, now);
			}
			case NextStep.Fail fail -> {
				logger.info("Requirement {} failed: {} concepts failed, none approved", requirement.id(),
						requirement.counters().openFailures());
				this.requirements.finish(requirement.id(), RequirementStatus.FAILED, now);
			}
			case NextStep.Regenerate regenerate -> {
				Set<String> avoid = new HashSet<>(this.tracking.rejectedTerms(requirement.id()));
				write(requirement, regenerate.concepts(), attempt + 1, avoid,
						this.concepts.directionOf(concept).orElse(null));
				this.requirements.conceptsWritten(requirement.id(), regenerate.concepts(), regenerate.concepts());
			}
			case NextStep.Wait wait -> {
			}
		}
	}

	private void write(Requirement requirement, int count, int attempt, Set<String> avoidTerms,
			@Nullable String rejected) {
		Map<Angle, Integer> used = this.concepts.anglesUsed(requirement.id());
		Map<String, Integer> directionsUsed = this.concepts.directionsUsed(requirement.id());
		List<AngleBandit.RankedAngle> ranking = this.bandit.rank(requirement.tenantId(),
				requirement.product().category(), requirement.channels());
		List<Angle> ranked = ranking.stream().map(AngleBandit.RankedAngle::angle).toList();
		List<Direction> catalogue = this.directions.forCategory(requirement.product().category());
		int offset = offset(requirement.product().sku());
		BrandKit brand = this.brands.forBrand(requirement.tenantId(), requirement.product().brand()).orElse(null);
		for (Angle angle : nextAngles(ranked, used, count)) {
			int variation = used.merge(angle, 1, Integer::sum) - 1;
			Direction direction = nextDirection(catalogue, angle, directionsUsed, rejected, offset);
			directionsUsed.merge(direction.id(), 1, Integer::sum);
			String explanation = ranking.get(ranked.indexOf(angle)).explanation();
			WrittenConcept written = this.writer.write(new ConceptBrief(requirement.tenantId(), requirement.id(),
					requirement.product(), direction, variation, avoidTerms, brand));
			Copy copy = written.copy();
			ConceptId id = ConceptId.next();
			this.concepts.add(id, requirement.id(), direction, variation, attempt, copy.headline(), explanation,
					written.authorship(), Instant.now(this.clock));
			this.events.publish(Topics.CONCEPT,
					new ConceptCreated(EventMetadata.now(requirement.tenantId()), requirement.id(), id, attempt, angle,
							direction.style(), copy, requirement.product(), requirement.channels(), direction.id(),
							written.scene(), written.authorship(), brand));
		}
	}

	/**
	 * The angle's direction that the requirement has used least, a direction other than
	 * the rejected one among equals, then the first from a point in the catalogue that
	 * depends on the product, so that products of one family start from different hooks.
	 */
	public static Direction nextDirection(List<Direction> catalogue, Angle angle, Map<String, Integer> used,
			@Nullable String rejected, int offset) {
		List<Direction> ofAngle = catalogue.stream().filter((direction) -> direction.angle() == angle).toList();
		if (ofAngle.isEmpty()) {
			return Direction.of(angle, used.size());
		}
		Direction next = null;
		for (int i = 0; i < ofAngle.size(); i++) {
			Direction candidate = ofAngle.get((offset + i) % ofAngle.size());
			if (next == null || rank(candidate, used, rejected) < rank(next, used, rejected)) {
				next = candidate;
			}
		}
		return next;
	}

	/**
	 * Where a product starts in its family's directions: its SKU's hash, mixed (Fibonacci
	 * hashing) so that SKUs that differ in one character, and the template writer's own
	 * choice by the same hash, do not move in step.
	 */
	public static int offset(String sku) {
		return (int) ((sku.hashCode() * 0x9E3779B97F4A7C15L) >>> 40);
	}

	private static int rank(Direction direction, Map<String, Integer> used, @Nullable String rejected) {
		return 2 * used.getOrDefault(direction.id(), 0) + (direction.id().equals(rejected) ? 1 : 0);
	}

	/** Unused angles in rank order first, then the least-used ones. */
	static List<Angle> nextAngles(List<Angle> ranked, Map<Angle, Integer> used, int count) {
		Map<Angle, Integer> planned = new EnumMap<>(Angle.class);
		planned.putAll(used);
		List<Angle> angles = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Angle next = ranked.stream()
				.min(Comparator.comparingInt((Angle angle) -> planned.getOrDefault(angle, 0))
					.thenComparingInt(ranked::indexOf))
				.orElseThrow();
			planned.merge(next, 1, Integer::sum);
			angles.add(next);
		}
		return angles;
	}

}
