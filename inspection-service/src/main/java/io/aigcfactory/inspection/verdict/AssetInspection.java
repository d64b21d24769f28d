package io.aigcfactory.inspection.verdict;

import java.time.Clock;
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
import io.aigcfactory.inspection.quality.RenditionCheck;
import io.aigcfactory.platform.messaging.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Inspects produced assets. The cheap checks run first (compliance lexicon, file
 * integrity); the embedding runs only for assets that passed them, and the copy of
 * several assets is embedded in one call so that the model sees batches. An asset is
 * approved when nothing was found, sent to review when the lexicon is unsure, and
 * rejected otherwise, with every finding as the reason. Only approved copy joins the
 * originality index, after the verdict's transaction commits; assets in review never do,
 * as nothing approves them yet.
 */
@Service
public class AssetInspection {

	private static final Logger logger = LoggerFactory.getLogger(AssetInspection.class);

	private final ComplianceFunnel compliance;

	private final RenditionCheck files;

	private final OriginalityCheck originality;

	private final Inspections inspections;

	private final EventPublisher events;

	private final Clock clock;

	AssetInspection(ComplianceFunnel compliance, RenditionCheck files, OriginalityCheck originality,
			Inspections inspections, EventPublisher events, Clock clock) {
		this.compliance = compliance;
		this.files = files;
		this.originality = originality;
		this.inspections = inspections;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Runs the checks that need nothing from other assets: the compliance lexicon and the
	 * files of each asset, then embeds the copy of every asset that passed them and has
	 * not been inspected yet, all in one call to the embedding model. A failure of one
	 * asset's checks is kept with that asset; a failed embedding call leaves the
	 * embedding to {@link #conclude}, one asset at a time.
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
	 * approved copy of its tenant, including that of assets concluded just before it,
	 * then records the verdict and announces it. Does nothing for an asset inspected
	 * before; rethrows the failure that stopped its screening.
	 */
	public void conclude(ScreenedAsset screened) {
		AssetProduced asset = screened.asset();
		if (this.inspections.contains(asset.assetId())) {
			return;
		}
		String tenantId = asset.metadata().tenantId();
		ComplianceReport report = screened.report();
		List<Finding> findings = new ArrayList<>(screened.findings());
		Optional<Neighbour> nearest = Optional.empty();
		float[] vector = null;
		if (screened.needsOriginality()) {
			vector = screened.vector();
			if (vector == null) {
				vector = this.originality.embed(asset.copy().fullText());
			}
			// Only an asset that is approved if original joins the index: one in review
			// is nobody's original until a reviewer approves it.
			boolean approvedIfOriginal = verdict(report, findings) == Verdict.APPROVED;
			OriginalityCheck.Judgement judgement = this.originality.judge(tenantId, asset.assetId(), vector,
					approvedIfOriginal);
			findings.addAll(judgement.findings());
			nearest = judgement.nearest();
		}
		Verdict verdict = verdict(report, findings);
		this.inspections.add(tenantId, asset.requirementId(), asset.assetId(), verdict, findings,
				nearest.map(Neighbour::cosine).orElse(null), nearest.map(Neighbour::asset).orElse(null),
				(verdict == Verdict.APPROVED) ? vector : null, Instant.now(this.clock));
		this.events.publish(Topics.INSPECTION,
				new AssetInspected(EventMetadata.now(tenantId), asset.requirementId(), asset.assetId(),
						asset.conceptId(), asset.attempt(), asset.angle(), verdict, findings, asset.product(),
						asset.renditions(), asset.channels()));
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
					asset.product().facts());
			List<Finding> findings = new ArrayList<>(report.findings());
			findings.addAll(this.files.check(asset.renditions()));
			return ScreenedAsset.checked(asset, report, findings);
		}
		catch (RuntimeException ex) {
			return ScreenedAsset.failed(asset, ex);
		}
	}

	private static Verdict verdict(ComplianceReport report, List<Finding> findings) {
		boolean blocked = report.verdict() == Verdict.REJECTED
				|| findings.stream().anyMatch((finding) -> finding.stage() != Finding.Stage.COMPLIANCE);
		if (blocked) {
			return Verdict.REJECTED;
		}
		return (report.verdict() == Verdict.REVIEW) ? Verdict.REVIEW : Verdict.APPROVED;
	}

}
