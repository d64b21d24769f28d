package io.aigcfactory.inspection.verdict;

import java.util.List;

import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.inspection.compliance.ComplianceReport;
import org.jspecify.annotations.Nullable;

/**
 * An asset after the checks that need nothing from other assets, waiting for
 * {@link AssetInspection#conclude}: its compliance report, file findings and the
 * embedding of its copy, or the failure that stopped those checks.
 */
public final class ScreenedAsset {

	private final AssetProduced asset;

	private final @Nullable ComplianceReport report;

	private final List<Finding> findings;

	private final float @Nullable [] vector;

	private final @Nullable RuntimeException failure;

	private ScreenedAsset(AssetProduced asset, @Nullable ComplianceReport report, List<Finding> findings,
			float @Nullable [] vector, @Nullable RuntimeException failure) {
		this.asset = asset;
		this.report = report;
		this.findings = findings;
		this.vector = vector;
		this.failure = failure;
	}

	static ScreenedAsset checked(AssetProduced asset, ComplianceReport report, List<Finding> findings) {
		return new ScreenedAsset(asset, report, List.copyOf(findings), null, null);
	}

	static ScreenedAsset failed(AssetProduced asset, RuntimeException failure) {
		return new ScreenedAsset(asset, null, List.of(), null, failure);
	}

	ScreenedAsset withVector(float[] vector) {
		return new ScreenedAsset(this.asset, this.report, this.findings, vector, this.failure);
	}

	/** The asset as produced. */
	public AssetProduced asset() {
		return this.asset;
	}

	ComplianceReport report() {
		if (this.failure != null || this.report == null) {
			throw (this.failure != null) ? this.failure
					: new IllegalStateException("Asset " + this.asset.assetId() + " was not screened");
		}
		return this.report;
	}

	List<Finding> findings() {
		return this.findings;
	}

	float @Nullable [] vector() {
		return this.vector;
	}

	/**
	 * Whether the copy is to be compared with approved copy: the lexicon did not reject
	 * it and every file is intact.
	 */
	boolean needsOriginality() {
		return this.failure == null && this.report != null && this.report.verdict() != Verdict.REJECTED
				&& this.findings.stream().noneMatch((finding) -> finding.stage() == Finding.Stage.QUALITY);
	}

}
