package io.aigcfactory.creative.requirement;

import java.time.Instant;
import java.util.List;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.RequirementId;
import org.jspecify.annotations.Nullable;

/**
 * How far a requirement has come, stage by stage, with every asset and where it went.
 *
 * @param requirementId the requirement
 * @param sku the product's code
 * @param title the product's title
 * @param status where the requirement stands
 * @param variantCount how many approved assets are wanted
 * @param channels the target channels
 * @param acceptedAt when it was accepted
 * @param completedAt when it reached a final status
 * @param stages counts per stage
 * @param settled whether nothing more will happen: a final status, and every approved
 * asset published or failed on every channel
 * @param assets the assets, oldest first
 * @param concepts the concepts written, oldest first, each with its direction, why its
 * angle was chosen and who wrote it
 * @param writing who wrote the requirement's concepts, and why the template writer stood
 * in for the language model where it did
 * @param failures the concepts a stage gave up on, oldest first, each with its stage and
 * reason
 */
public record RequirementProgress(RequirementId requirementId, String sku, String title, RequirementStatus status,
		int variantCount, List<String> channels, Instant acceptedAt, @Nullable Instant completedAt, Stages stages,
		boolean settled, List<AssetProgress> assets, List<ConceptProgress> concepts, Writing writing,
		List<Failure> failures) {

	/**
	 * A concept that a stage gave up on.
	 *
	 * @param conceptId the concept
	 * @param attempt its attempt number
	 * @param stage the stage that gave up, e.g. {@code production}
	 * @param reason a stable code, e.g. {@code UNRENDERABLE_TEXT}
	 * @param detail what went wrong, e.g. the characters no font can draw
	 * @param attempts how many times the stage tried
	 * @param failedAt when it gave up
	 * @param retriedAt when a retry wrote a new concept in its place, or {@code null}
	 */
	public record Failure(String conceptId, int attempt, String stage, String reason, String detail, int attempts,
			Instant failedAt, @Nullable Instant retriedAt) {
	}

	/**
	 * Who wrote a requirement's concepts.
	 *
	 * @param byModel concepts the language model wrote
	 * @param byTemplate concepts the template writer wrote
	 * @param fallbacks concepts the template writer wrote in place of a configured model
	 * @param fallbackReasons each distinct reason for those, most frequent first, e.g.
	 * {@code token budget of tenant acme spent}
	 */
	public record Writing(int byModel, int byTemplate, int fallbacks, List<String> fallbackReasons) {

		public Writing {
			fallbackReasons = List.copyOf(fallbackReasons);
		}

	}

	/**
	 * One concept and the choice behind it.
	 *
	 * @param conceptId the concept
	 * @param attempt 1 for the first round, higher for replacements
	 * @param angle its angle
	 * @param direction its creative direction's id, absent for concepts written before
	 * directions
	 * @param explanation why the bandit chose its angle, e.g.
	 * {@code chosen because 场景 has
	 * CTR 4.1% …}
	 * @param writer {@code llm} or {@code template}
	 * @param fallbackReason why the template writer stood in for the configured model, or
	 * {@code null}
	 */
	public record ConceptProgress(String conceptId, int attempt, String angle, @Nullable String direction,
			@Nullable String explanation, @Nullable String writer, @Nullable String fallbackReason) {
	}

	/**
	 * Counts per stage.
	 *
	 * @param concepts concepts written
	 * @param produced assets produced
	 * @param approved assets approved
	 * @param rejected assets rejected
	 * @param inReview assets waiting for review
	 * @param published approved assets published to at least one channel
	 * @param publications publications made (asset × channel)
	 * @param publicationFailures publications that failed for good
	 * @param failed concepts a stage gave up on
	 */
	public record Stages(int concepts, int produced, int approved, int rejected, int inReview, int published,
			int publications, int publicationFailures, int failed) {

		/**
		 * Whether the only thing left is a reviewer's decision: some assets wait in the
		 * review queue, every concept was produced, every produced asset is judged,
		 * waiting for review or given up on, and every approved one is published.
		 */
		public boolean awaitingOnlyReview() {
			return this.inReview > 0 && this.concepts == this.produced
					&& this.produced == this.approved + this.rejected + this.inReview + this.failed
					&& this.published >= this.approved;
		}

	}

	/**
	 * One asset.
	 *
	 * @param assetId the asset
	 * @param angle its concept's angle
	 * @param status PRODUCED, APPROVED, REJECTED or REVIEW
	 * @param findings why it was rejected or sent to review
	 * @param renditions the names of its files
	 * @param publications where it was published, or why not
	 * @param producedAt when production stored it
	 * @param inspectedAt when inspection judged it
	 */
	public record AssetProgress(AssetId assetId, String angle, String status, List<Finding> findings,
			List<String> renditions, List<Publication> publications, @Nullable Instant producedAt,
			@Nullable Instant inspectedAt) {
	}

	/**
	 * One publication of an asset.
	 *
	 * @param channel the channel
	 * @param outcome PUBLISHED or FAILED
	 * @param location where the channel put it
	 * @param reason why it failed
	 * @param at when
	 */
	public record Publication(String channel, String outcome, @Nullable String location, @Nullable String reason,
			Instant at) {

		public boolean published() {
			return "PUBLISHED".equals(this.outcome);
		}

	}

}
