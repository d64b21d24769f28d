package io.aigcfactory.inspection.verdict;

import java.time.Clock;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.Topics;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.inspection.compliance.ComplianceFunnel;
import io.aigcfactory.inspection.compliance.ComplianceReport;
import io.aigcfactory.inspection.originality.OriginalityCheck;
import io.aigcfactory.inspection.originality.OriginalityIndex.Neighbour;
import io.aigcfactory.inspection.originality.Fingerprint;
import io.aigcfactory.inspection.originality.ImageHash;
import io.aigcfactory.inspection.originality.TextFingerprinter;
import io.aigcfactory.inspection.quality.MainImages;
import io.aigcfactory.inspection.quality.QualityGate;
import io.aigcfactory.inspection.quality.QualityScore;
import io.aigcfactory.inspection.quality.RenditionCheck;
import io.aigcfactory.inspection.review.ReviewQueue;
import io.aigcfactory.inspection.review.ReviewSampling;
import io.aigcfactory.platform.messaging.EventPublisher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Inspects produced assets. The cheap checks run first (compliance lexicon, file
 * integrity, the quality gate and the main image's perceptual hash); the embedding runs
 * only for assets that passed the lexicon and whose files are intact, and the copy of
 * several assets is embedded in one call so that the model sees batches. An asset is
 * rejected when the lexicon blocks it, a file is broken or it is a near-duplicate; below
 * its tenant's quality threshold it goes to review (or is rejected, as configured); it is
 * sent to review when the lexicon is unsure or the tenant's audit sample picks it; else
 * it is approved. Only approved assets join the originality index, after the verdict's
 * transaction commits; assets in review join the review queue and the index only once a
 * reviewer approves them.
 */
@Service
public class AssetInspection {

	private static final Logger logger = LoggerFactory.getLogger(AssetInspection.class);

	private final ComplianceFunnel compliance;

	private final RenditionCheck files;

	private final MainImages images;

	private final QualityGate quality;

	private final OriginalityCheck originality;

	private final ReviewSampling sampling;

	private final ReviewQueue reviews;

	private final Inspections inspections;

	private final EventPublisher events;

	private final Clock clock;

	AssetInspection(ComplianceFunnel compliance, RenditionCheck files, MainImages images, QualityGate quality,
			OriginalityCheck originality, ReviewSampling sampling, ReviewQueue reviews, Inspections inspections,
			EventPublisher events, Clock clock) {
		this.compliance = compliance;
		this.files = files;
		this.images = images;
		this.quality = quality;
		this.originality = originality;
		this.sampling = sampling;
		this.reviews = reviews;
		this.inspections = inspections;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Runs the checks that need nothing from other assets: the compliance lexicon, the
	 * files, the quality gate and the main image's hash of each asset, then embeds the
	 * copy of every asset that passed the lexicon and the file checks and has not been
	 * inspected yet, all in one call to the embedding model. A failure of one asset's
	 * checks is kept with that asset; a failed embedding call leaves the embedding to
	 * {@link #conclude}, one asset at a time.
	 * @param assets the assets, in the order they are to be concluded
	 * @return the screened assets, in the same order
	 */
	public List<ScreenedAsset> screen(List<AssetProduced> assets) {
		List<ScreenedAsset> screened = new ArrayList<>(assets.size());
		List<Integer> toEmbed = new ArrayList<>();
		for (AssetProduced asset : assets) {
			ScreenedAsset checked = check(asset);
			if (checked.needsOriginality() && !inspectedBefore(asset)) {
				toEmbed.add(screened.size());
			}
			screened.add(checked);
		}
		List<float[]> vectors;
		try {
			vectors = this.originality
				.embedAll(toEmbed.stream().map((i) -> screened.get(i).asset().copy().fullText()).toList());
		}
		catch (RuntimeException ex) {
			logger.warn("Embedding {} copies together failed; each is embedded alone: {}", toEmbed.size(),
					ex.toString());
			return screened;
		}
		for (int i = 0; i < toEmbed.size(); i++) {
			int index = toEmbed.get(i);
			screened.set(index, screened.get(index).withVector(vectors.get(i)));
		}
		return screened;
	}

	/**
	 * Concludes a screened asset's inspection: judges its originality against every
	 * approved asset of its tenant, including those concluded just before it, then
	 * records the verdict, queues the asset for review when that is the verdict, and
	 * announces it. Does nothing for an asset inspected before; rethrows the failure that
	 * stopped its screening.
	 */
	public void conclude(ScreenedAsset screened) {
		AssetProduced asset = screened.asset();
		if (this.inspections.contains(asset.assetId())) {
			return;
		}
		String tenantId = asset.metadata().tenantId();
		ComplianceReport report = screened.report();
		List<Finding> findings = new ArrayList<>(report.findings());
		findings.addAll(screened.fileFindings());
		QualityScore score = screened.quality();
		if (score != null && !score.passes()) {
			findings.addAll(score.reasons());
		}
		boolean sampled = this.sampling.picks(tenantId, asset.assetId());
		Optional<Neighbour> nearest = Optional.empty();
		Fingerprint fingerprint = null;
		if (screened.needsOriginality()) {
			float[] vector = screened.vector();
			if (vector == null) {
				vector = this.originality.embed(asset.copy().fullText());
			}
			Long image = screened.imageHash();
			fingerprint = new Fingerprint(vector,
					TextFingerprinter.signature(asset.copy().fullText(), asset.product().brand()), image,
					(image != null) ? TextFingerprinter.imageSignature(asset.copy(), asset.product().brand()) : null);
			// Only an asset that is approved if original joins the index: one in review
			// (sampled for an audit included) is nobody's original until a reviewer
			// approves it.
			boolean approvedIfOriginal = verdict(report, findings, score) == Verdict.APPROVED && !sampled;
			OriginalityCheck.Judgement judgement = this.originality.judge(tenantId, asset.assetId(), fingerprint,
					approvedIfOriginal);
			findings.addAll(judgement.findings());
			nearest = judgement.nearest();
		}
		Verdict verdict = verdict(report, findings, score);
		if (verdict == Verdict.APPROVED && sampled) {
			verdict = Verdict.REVIEW;
			findings.add(this.sampling.reason(tenantId));
		}
		this.inspections.add(
				new Inspections.NewInspection(tenantId, asset.requirementId(), asset.assetId(), verdict, findings,
						nearest.map(Neighbour::similarity).orElse(null), nearest.map(Neighbour::asset).orElse(null),
						(verdict != Verdict.REJECTED) ? fingerprint : null, (score != null) ? score.score() : null),
				Instant.now(this.clock));
		AssetInspected inspected = new AssetInspected(EventMetadata.now(tenantId), asset.requirementId(),
				asset.assetId(), asset.conceptId(), asset.attempt(), asset.angle(), verdict, findings, asset.product(),
				asset.renditions(), asset.channels());
		if (verdict == Verdict.REVIEW) {
			this.reviews.enqueue(inspected);
		}
		this.events.publish(Topics.INSPECTION, inspected);
	}

	/** Whether a redelivered asset was inspected already; when unsure, {@code false}. */
	private boolean inspectedBefore(AssetProduced asset) {
		try {
			return this.inspections.contains(asset.assetId());
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private ScreenedAsset check(AssetProduced asset) {
		try {
			ComplianceReport report = this.compliance.check(asset.copy().fullText(), asset.product().category(),
					asset.channels(), asset.product().facts());
			List<Finding> fileFindings = this.files.check(asset.renditions());
			if (!fileFindings.isEmpty()) {
				return ScreenedAsset.checked(asset, report, fileFindings, null, null);
			}
			BufferedImage main = this.images.read(asset.renditions()).orElse(null);
			QualityScore score = this.quality.score(asset.metadata().tenantId(), asset.copy(), main);
			return ScreenedAsset.checked(asset, report, fileFindings, score,
					(main != null) ? ImageHash.of(main) : null);
		}
		catch (RuntimeException ex) {
			return ScreenedAsset.failed(asset, ex);
		}
	}

	private Verdict verdict(ComplianceReport report, List<Finding> findings, @Nullable QualityScore score) {
		boolean blocked = report.verdict() == Verdict.REJECTED || findings.stream()
			.anyMatch((finding) -> finding.stage() == Finding.Stage.ORIGINALITY
					|| (finding.stage() == Finding.Stage.QUALITY && !isGateReason(finding, score)));
		if (blocked) {
			return Verdict.REJECTED;
		}
		if (score != null && !score.passes()) {
			return this.quality.belowThreshold();
		}
		return (report.verdict() == Verdict.REVIEW) ? Verdict.REVIEW : Verdict.APPROVED;
	}

	private static boolean isGateReason(Finding finding, @Nullable QualityScore score) {
		return score != null && score.reasons().contains(finding);
	}

}
