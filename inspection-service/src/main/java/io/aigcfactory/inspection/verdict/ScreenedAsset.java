package io.aigcfactory.inspection.verdict;

import java.util.List;

import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.inspection.compliance.ComplianceReport;
import io.aigcfactory.inspection.quality.QualityScore;
import org.jspecify.annotations.Nullable;

/**
 * An asset after the checks that need nothing from other assets, waiting for
 * {@link AssetInspection#conclude}: its compliance report, file findings, quality score,
 * the perceptual hash of its main image and the embedding of its copy, or the failure
 * that stopped those checks.
 */
public final class ScreenedAsset {

	private final AssetProduced asset;

	private final @Nullable ComplianceReport report;

	private final List<Finding> findings;

	private final @Nullable QualityScore quality;

	private final @Nullable Long imageHash;

	private final float @Nullable [] vector;

	private final @Nullable RuntimeException failure;

	private ScreenedAsset(AssetProduced asset, @Nullable ComplianceReport report, List<Finding> findings,
			@Nullable QualityScore quality, @Nullable Long imageHash, float @Nullable [] vector,
			@Nullable RuntimeException failure) {
		this.asset = asset;
		this.report = report;
		this.findings = findings;
		this.quality = quality;
		this.imageHash = imageHash;
		this.vector = vector;
		this.failure = failure;
	}

	static ScreenedAsset checked(AssetProduced asset, ComplianceReport report, List<Finding> fileFindings,
			@Nullable QualityScore quality, @Nullable Long imageHash) {
		return new ScreenedAsset(asset, report, List.copyOf(fileFindings), quality, imageHash, null, null);
	}

	static ScreenedAsset failed(AssetProduced asset, RuntimeException failure) {
		return new ScreenedAsset(asset, null, List.of(), null, null, null, failure);
	}

	ScreenedAsset withVector(float[] vector) {
		return new ScreenedAsset(this.asset, this.report, this.findings, this.quality, this.imageHash, vector,
				this.failure);
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

	/** The file findings: a missing, altered or undecodable rendition. */
	List<Finding> fileFindings() {
		return this.findings;
	}

	/** The quality score, when the files were intact. */
	@Nullable QualityScore quality() {
		return this.quality;
	}

	@Nullable Long imageHash() {
		return this.imageHash;
	}

	float @Nullable [] vector() {
		return this.vector;
	}

	/**
	 * Whether the asset is to be compared with approved assets: the lexicon did not
	 * reject it and every file is intact.
	 */
	boolean needsOriginality() {
		return this.failure == null && this.report != null && this.report.verdict() != Verdict.REJECTED
				&& this.findings.isEmpty();
	}

}
