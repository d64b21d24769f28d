package io.aigcfactory.creative.requirement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.aigcfactory.creative.media.ProductPhotos;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.RequirementSubmitted;
import io.aigcfactory.events.Topics;
import io.aigcfactory.glyphs.Glyphs;
import io.aigcfactory.platform.channel.ChannelCatalog;
import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.platform.web.FieldProblem;
import io.aigcfactory.platform.web.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Accepts submitted products as requirements: validates each, keeps its photos, stores it
 * and announces it on {@code aigc.requirement.v1}, in one transaction.
 */
@Service
public class RequirementIntake {

	private final Requirements requirements;

	private final EventPublisher events;

	private final SubmissionRules rules;

	private final IntakeSettings settings;

	private final TransactionOperations transactions;

	private final Clock clock;

	private final ProductPhotos photos;

	private final VariantQuota quota;

	RequirementIntake(Requirements requirements, EventPublisher events, IntakeSettings settings,
			ChannelCatalog channels, TransactionOperations transactions, Clock clock, ProductPhotos photos,
			VariantQuota quota) {
		this.photos = photos;
		this.quota = quota;
		this.requirements = requirements;
		this.events = events;
		this.rules = new SubmissionRules(settings, channels.ids(), Glyphs.bundled());
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Accepts one submission.
	 * @throws InvalidInput naming every field that is wrong; nothing is stored then
	 * @throws QuotaSpent when the tenant's variant quota cannot take it
	 */
	public RequirementId accept(String tenantId, Submission submission) {
		List<FieldProblem> problems = problems(submission);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		int wanted = this.rules.variantCount(submission);
		int remaining = this.quota.remaining(tenantId);
		if (wanted > remaining) {
			throw new QuotaSpent(this.quota.limit(), remaining, wanted, this.quota.retryAfter());
		}
		List<String> images = this.photos.collect(tenantId, submission.images());
		return this.transactions.execute((status) -> store(tenantId, submission, images));
	}

	/**
	 * Accepts every acceptable submission of a batch, in one transaction, and reports the
	 * problems of the others by line. Lines past the tenant's variant quota are refused
	 * as problems of their {@code variantCount}.
	 * @param submissions the readable lines of the batch, by line number
	 */
	public BatchOutcome acceptBatch(String tenantId, Map<Integer, Submission> submissions) {
		List<FieldProblem> problems = new ArrayList<>();
		SortedMap<Integer, Submission> acceptable = new TreeMap<>();
		Map<Integer, List<String>> images = new TreeMap<>();
		Map<Integer, List<String>> cited = new TreeMap<>();
		submissions.forEach((line, submission) -> {
			List<FieldProblem> found = problems(submission);
			if (found.isEmpty()) {
				acceptable.put(line, submission);
				if (submission.images() != null) {
					cited.put(line, submission.images());
				}
			}
			else {
				found.forEach((problem) -> problems.add(problem.atLine(line)));
			}
		});
		this.photos.collectAll(tenantId, cited).forEach((line, outcome) -> {
			if (!outcome.problems().isEmpty()) {
				acceptable.remove(line);
				outcome.problems().forEach((problem) -> problems.add(problem.atLine(line)));
			}
			else {
				images.put(line, outcome.uris());
			}
		});
		int remaining = acceptable.isEmpty() ? 0 : this.quota.remaining(tenantId);
		for (Integer line : List.copyOf(acceptable.keySet())) {
			int wanted = this.rules.variantCount(acceptable.get(line));
			if (wanted > remaining) {
				acceptable.remove(line);
				problems.add(FieldProblem
					.of("variantCount", "the tenant's quota of " + this.quota.limit() + " variants per day is spent")
					.atLine(line));
			}
			else {
				remaining -= wanted;
			}
		}
		SortedMap<Integer, RequirementId> accepted = new TreeMap<>();
		if (!acceptable.isEmpty()) {
			this.transactions.executeWithoutResult((status) -> acceptable.forEach((line, submission) -> accepted
				.put(line, store(tenantId, submission, images.getOrDefault(line, List.of())))));
		}
		return new BatchOutcome(accepted, problems);
	}

	public int maxBatchLines() {
		return this.settings.maxBatchLines();
	}

	private List<FieldProblem> problems(Submission submission) {
		List<FieldProblem> problems = new ArrayList<>(this.rules.problems(submission));
		problems.addAll(this.photos.problems(submission.images()));
		return problems;
	}

	private RequirementId store(String tenantId, Submission submission, List<String> images) {
		RequirementId id = RequirementId.next();
		int variants = this.rules.variantCount(submission);
		Requirement requirement = new Requirement(id, tenantId, this.rules.product(submission, id).withImages(images),
				this.rules.channels(submission), variants, variants * this.settings.retriesPerVariant(),
				RequirementStatus.ACCEPTED, Counters.NONE, Instant.now(this.clock), null);
		this.requirements.add(requirement);
		this.events.publish(Topics.REQUIREMENT, new RequirementSubmitted(EventMetadata.now(tenantId), id,
				requirement.product(), requirement.channels(), requirement.variantCount(), requirement.retryBudget()));
		return id;
	}

	/**
	 * What became of a batch.
	 *
	 * @param accepted the requirements created, by line
	 * @param problems the problems of the lines that were not accepted
	 */
	public record BatchOutcome(SortedMap<Integer, RequirementId> accepted, List<FieldProblem> problems) {
	}

}
