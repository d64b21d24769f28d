package io.aigcfactory.creative.concept;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.aigcfactory.creative.bandit.AngleBandit;
import io.aigcfactory.creative.requirement.AssetTracking;
import io.aigcfactory.creative.requirement.NextStep;
import io.aigcfactory.creative.requirement.Requirement;
import io.aigcfactory.creative.requirement.RequirementStatus;
import io.aigcfactory.creative.requirement.Requirements;
import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.RequirementSubmitted;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.platform.messaging.UnprocessableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Decides which concepts a requirement gets: one per wanted asset at first, each from a
 * different angle in the bandit's order, then one replacement for each rejected asset,
 * from an angle the requirement has not used yet where possible, until enough assets are
 * approved or the retry budget is spent.
 */
@Service
public class ConceptPlanning {

	private static final Logger logger = LoggerFactory.getLogger(ConceptPlanning.class);

	private final Requirements requirements;

	private final AssetTracking tracking;

	private final Concepts concepts;

	private final ConceptWriter writer;

	private final AngleBandit bandit;

	private final EventPublisher events;

	private final Clock clock;

	ConceptPlanning(Requirements requirements, AssetTracking tracking, Concepts concepts, ConceptWriter writer,
			AngleBandit bandit, EventPublisher events, Clock clock) {
		this.requirements = requirements;
		this.tracking = tracking;
		this.concepts = concepts;
		this.writer = writer;
		this.bandit = bandit;
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
		write(requirement, requirement.variantCount(), 1, Set.of());
		this.requirements.conceptsWritten(requirement.id(), requirement.variantCount(), 0);
	}

	/**
	 * Plans what a requirement needs after one of its assets got a verdict.
	 * @param inspected the verdict
	 * @param requirement the requirement as it stands after counting the verdict
	 */
	public void afterVerdict(AssetInspected inspected, Requirement requirement) {
		Instant now = Instant.now(this.clock);
		switch (requirement.afterVerdict()) {
			case NextStep.Complete complete ->
				this.requirements.finish(requirement.id(), RequirementStatus.COMPLETED, now);
			case NextStep.Exhaust exhaust -> {
				logger.info("Requirement {} exhausted its retry budget with {} of {} approved", requirement.id(),
						requirement.counters().approved(), requirement.variantCount());
				this.requirements.finish(requirement.id(), RequirementStatus.EXHAUSTED, now);
			}
			case NextStep.Regenerate regenerate -> {
				Set<String> avoid = new HashSet<>(this.tracking.rejectedTerms(requirement.id()));
				write(requirement, regenerate.concepts(), inspected.attempt() + 1, avoid);
				this.requirements.conceptsWritten(requirement.id(), regenerate.concepts(), regenerate.concepts());
			}
			case NextStep.Wait wait -> {
			}
		}
	}

	private void write(Requirement requirement, int count, int attempt, Set<String> avoidTerms) {
		Map<Angle, Integer> used = this.concepts.anglesUsed(requirement.id());
		List<Angle> ranked = this.bandit.rank(requirement.tenantId(), requirement.product().category());
		for (Angle angle : nextAngles(ranked, used, count)) {
			int variation = used.merge(angle, 1, Integer::sum) - 1;
			Direction direction = Direction.of(angle, variation);
			WrittenConcept written = this.writer.write(new ConceptBrief(requirement.tenantId(), requirement.id(),
					requirement.product(), direction, variation, avoidTerms, null));
			Copy copy = written.copy();
			ConceptId id = ConceptId.next();
			this.concepts.add(id, requirement.id(), angle, variation, attempt, direction.style(), copy.headline(),
					written.authorship(), Instant.now(this.clock));
			this.events.publish(Topics.CONCEPT,
					new ConceptCreated(EventMetadata.now(requirement.tenantId()), requirement.id(), id, attempt, angle,
							direction.style(), copy, requirement.product(), requirement.channels(), direction.id(),
							written.scene(), written.authorship(), null));
		}
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
