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

import org.springframework.stereotype.Service;

/**
 * Inspects a produced asset. The cheap checks run first (compliance lexicon, file
 * integrity); the embedding runs only for assets that passed them. An asset is approved
 * when nothing was found, sent to review when the lexicon is unsure, and rejected
 * otherwise, with every finding as the reason.
 */
@Service
public class AssetInspection {

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

	public void inspect(AssetProduced asset) {
		if (this.inspections.contains(asset.assetId())) {
			return;
		}
		String tenantId = asset.metadata().tenantId();
		ComplianceReport report = this.compliance.check(asset.copy().fullText(), asset.product().category());
		List<Finding> findings = new ArrayList<>(report.findings());
		findings.addAll(this.files.check(asset.renditions()));
		Optional<Neighbour> nearest = Optional.empty();
		if (report.verdict() != Verdict.REJECTED && findings.stream().noneMatch(AssetInspection::isFileFinding)) {
			float[] vector = this.originality.embed(asset.copy().fullText());
			OriginalityCheck.Judgement judgement = this.originality.judge(tenantId, asset.assetId(), vector, true);
			findings.addAll(judgement.findings());
			nearest = judgement.nearest();
		}
		Verdict verdict = verdict(report, findings);
		this.inspections.add(tenantId, asset.requirementId(), asset.assetId(), verdict, findings,
				nearest.map(Neighbour::cosine).orElse(null), nearest.map(Neighbour::asset).orElse(null),
				Instant.now(this.clock));
		this.events.publish(Topics.INSPECTION,
				new AssetInspected(EventMetadata.now(tenantId), asset.requirementId(), asset.assetId(),
						asset.conceptId(), asset.attempt(), asset.angle(), verdict, findings, asset.product(),
						asset.renditions(), asset.channels()));
	}

	private static Verdict verdict(ComplianceReport report, List<Finding> findings) {
		boolean blocked = report.verdict() == Verdict.REJECTED
				|| findings.stream().anyMatch((finding) -> finding.stage() != Finding.Stage.COMPLIANCE);
		if (blocked) {
			return Verdict.REJECTED;
		}
		return (report.verdict() == Verdict.REVIEW) ? Verdict.REVIEW : Verdict.APPROVED;
	}

	private static boolean isFileFinding(Finding finding) {
		return finding.stage() == Finding.Stage.QUALITY;
	}

}
