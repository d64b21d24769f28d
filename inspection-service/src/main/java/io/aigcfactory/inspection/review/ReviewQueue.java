package io.aigcfactory.inspection.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.Topics;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.platform.web.ConflictingRequest;
import io.aigcfactory.platform.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assets in review wait here for a decision. A reviewer claims an item (a claim holds it
 * for {@code claim-timeout}), then approves or rejects it with a reason; an item nobody
 * decides within {@code expire-after} is decided by the expiry policy. Every claim and
 * decision is appended to the audit trail. A decision is announced on the inspection
 * topic as the asset's final {@link AssetInspected} verdict, with the reviewer's finding
 * added: distribution publishes an approved asset, and creative writes a rejected one
 * again.
 */
@Service
public class ReviewQueue {

	/** The actor the expiry policy decides as. */
	public static final String EXPIRY = "expiry";

	private static final Logger logger = LoggerFactory.getLogger(ReviewQueue.class);

	private final Reviews reviews;

	private final ReviewOutcomes outcomes;

	private final EventPublisher events;

	private final ReviewSettings settings;

	private final Clock clock;

	ReviewQueue(Reviews reviews, ReviewOutcomes outcomes, EventPublisher events, ReviewSettings settings, Clock clock) {
		this.reviews = reviews;
		this.outcomes = outcomes;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Queues an asset whose verdict is {@code REVIEW}, in the caller's transaction; a
	 * redelivered verdict changes nothing.
	 */
	public void enqueue(AssetInspected inspected) {
		if (inspected.verdict() != Verdict.REVIEW) {
			throw new IllegalArgumentException("Only assets in review are queued, not " + inspected.verdict());
		}
		Instant now = Instant.now(this.clock);
		if (this.reviews.add(inspected, now)) {
			this.reviews.audit(inspected.assetId(), inspected.metadata().tenantId(), "QUEUED", "inspection",
					String.join(",", inspected.findings().stream().map(Finding::code).toList()), now);
		}
	}

	/** Open items of a tenant, oldest first. */
	public List<ReviewItem> open(String tenantId, @Nullable String reason, @Nullable Instant createdBefore) {
		return this.reviews.open(tenantId, reason, createdBefore, this.settings.maxListed());
	}

	/** An item of a tenant, decided or not. */
	public Optional<ReviewItem> find(String tenantId, AssetId asset) {
		return this.reviews.find(asset, tenantId);
	}

	/** The audit trail of an item. */
	public List<ReviewAction> trail(AssetId asset) {
		return this.reviews.trail(asset);
	}

	/** Claims an open item for a reviewer; the same reviewer may claim it again. */
	@Transactional
	public ReviewItem claim(String tenantId, AssetId asset, String reviewer) {
		Instant now = Instant.now(this.clock);
		ReviewItem item = openItem(tenantId, asset, reviewer, now).item();
		this.reviews.claim(asset, reviewer, now);
		this.reviews.audit(asset, tenantId, "CLAIMED", reviewer, null, now);
		return this.reviews.find(asset, tenantId).orElse(item);
	}

	/** Approves an open item: the asset is published. */
	@Transactional
	public ReviewItem approve(String tenantId, AssetId asset, String reviewer, @Nullable String note) {
		return decide(tenantId, asset, reviewer, Verdict.APPROVED, note, Instant.now(this.clock));
	}

	/** Rejects an open item: the asset is written again. */
	@Transactional
	public ReviewItem reject(String tenantId, AssetId asset, String reviewer, String reason) {
		return decide(tenantId, asset, reviewer, Verdict.REJECTED, reason, Instant.now(this.clock));
	}

	/**
	 * Decides an item that has waited past {@code expire-after} as the expiry policy
	 * says.
	 * @return whether it was still open
	 */
	@Transactional
	public boolean expire(String tenantId, AssetId asset) {
		Instant now = Instant.now(this.clock);
		Optional<Reviews.Stored> stored = this.reviews.lock(asset, tenantId);
		if (stored.isEmpty() || !stored.get().item().open()
				|| stored.get().item().createdAt().isAfter(now.minus(this.settings.expireAfter()))) {
			return false;
		}
		String reason = "超过 %s 无人复核，按策略自动%s".formatted(this.settings.expireAfter(),
				(this.settings.expiryVerdict() == Verdict.APPROVED) ? "通过" : "驳回");
		conclude(stored.get(), EXPIRY, this.settings.expiryVerdict(), reason, now);
		return true;
	}

	/** Items past their expiry, oldest first. */
	List<Reviews.Key> expired() {
		return this.reviews.openBefore(Instant.now(this.clock).minus(this.settings.expireAfter()),
				this.settings.maxListed());
	}

	/** Decided items of a tenant, newest first. */
	List<Reviews.Stored> decided(String tenantId, int limit) {
		return this.reviews.decided(tenantId, limit);
	}

	private ReviewItem decide(String tenantId, AssetId asset, String reviewer, Verdict verdict, @Nullable String reason,
			Instant now) {
		Reviews.Stored stored = openItem(tenantId, asset, reviewer, now);
		conclude(stored, reviewer, verdict, reason, now);
		return this.reviews.find(asset, tenantId).orElseThrow();
	}

	private void conclude(Reviews.Stored stored, String actor, Verdict verdict, @Nullable String reason, Instant now) {
		AssetInspected queued = stored.event();
		String tenantId = queued.metadata().tenantId();
		this.reviews.decide(queued.assetId(), verdict.name(), actor, reason, now);
		this.reviews.audit(queued.assetId(), tenantId, verdict.name(), actor, reason, now);
		if (verdict == Verdict.APPROVED) {
			this.outcomes.approved(tenantId, queued.assetId());
		}
		else {
			this.outcomes.rejected(tenantId, queued.assetId());
		}
		List<Finding> findings = new ArrayList<>(queued.findings());
		findings.add(new Finding(Finding.Stage.REVIEW,
				(verdict == Verdict.APPROVED) ? "REVIEWER_APPROVED" : "REVIEWER_REJECTED",
				(reason != null && !reason.isBlank()) ? reason : ((verdict == Verdict.APPROVED) ? "人工复核通过" : "人工复核驳回"),
				actor));
		this.events.publish(Topics.INSPECTION,
				new AssetInspected(EventMetadata.now(tenantId), queued.requirementId(), queued.assetId(),
						queued.conceptId(), queued.attempt(), queued.angle(), verdict, findings, queued.product(),
						queued.renditions(), queued.channels()));
		logger.info("Asset {} of tenant {} in review: {} by {}", queued.assetId(), tenantId, verdict, actor);
	}

	private Reviews.Stored openItem(String tenantId, AssetId asset, String reviewer, Instant now) {
		Reviews.Stored stored = this.reviews.lock(asset, tenantId)
			.orElseThrow(() -> new NotFound("review of asset", asset.toString()));
		ReviewItem item = stored.item();
		if (!item.open()) {
			throw new ConflictingRequest("The review of asset " + asset + " was decided already: " + item.status());
		}
		boolean heldByAnother = "CLAIMED".equals(item.status()) && item.claimedBy() != null
				&& !item.claimedBy().equals(reviewer) && item.claimedAt() != null
				&& item.claimedAt().plus(this.settings.claimTimeout()).isAfter(now);
		if (heldByAnother) {
			throw new ConflictingRequest("The review of asset " + asset + " is claimed by " + item.claimedBy());
		}
		return stored;
	}

}
