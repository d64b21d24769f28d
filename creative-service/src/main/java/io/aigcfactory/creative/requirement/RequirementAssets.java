package io.aigcfactory.creative.requirement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.platform.SqlTimestamps;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What became of each asset of a requirement: produced, judged, published. Writers hold
 * the requirement's lock, so update-then-insert is safe without a database upsert.
 */
@Repository
class RequirementAssets {

	private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	RequirementAssets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void produced(AssetRecord asset, Instant at) {
		int updated = this.jdbc.sql("update requirement_assets set renditions = ?, produced_at = ? where asset_id = ?")
			.params(String.join(",", asset.renditions()), SqlTimestamps.of(at), asset.assetId().value())
			.update();
		if (updated == 0) {
			insert(asset, "PRODUCED", null, at, null);
		}
	}

	/**
	 * Records an asset's verdict: its first, or a reviewer's decision on an asset in
	 * review.
	 */
	Judged judged(AssetRecord asset, Verdict verdict, List<Finding> findings, Instant at) {
		Optional<String> status = this.jdbc.sql("select status from requirement_assets where asset_id = ?")
			.param(asset.assetId().value())
			.query(String.class)
			.optional();
		if (status.isPresent() && status.get().equals(Verdict.REVIEW.name()) && verdict != Verdict.REVIEW) {
			this.jdbc
				.sql("update requirement_assets set status = ?, findings_json = ?, inspected_at = ? where asset_id = ?")
				.params(verdict.name(), EventCodec.mapper().writeValueAsString(findings), SqlTimestamps.of(at),
						asset.assetId().value())
				.update();
			return Judged.DECIDED_AFTER_REVIEW;
		}
		if (status.isPresent() && !status.get().equals("PRODUCED")) {
			return Judged.ALREADY;
		}
		String findingsJson = EventCodec.mapper().writeValueAsString(findings);
		if (status.isPresent()) {
			this.jdbc
				.sql("update requirement_assets set status = ?, findings_json = ?, inspected_at = ? where asset_id = ?")
				.params(verdict.name(), findingsJson, SqlTimestamps.of(at), asset.assetId().value())
				.update();
		}
		else {
			insert(asset, verdict.name(), findingsJson, null, at);
		}
		return Judged.FIRST;
	}

	/** What recording a verdict did. */
	enum Judged {

		/** The asset's first verdict. */
		FIRST,
		/** A decision on an asset that was in review. */
		DECIDED_AFTER_REVIEW,
		/** Nothing: the asset had its final verdict already. */
		ALREADY

	}

	void published(AssetId asset, RequirementId requirement, String channel, String outcome, @Nullable String location,
			@Nullable String reason, Instant at) {
		int updated = this.jdbc
			.sql("update asset_publications set outcome = ?, location = ?, reason = ?, occurred_at = ? "
					+ "where asset_id = ? and channel = ?")
			.params(outcome, location, reason, SqlTimestamps.of(at), asset.value(), channel)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into asset_publications (asset_id, channel, requirement_id, outcome, location, reason, "
						+ "occurred_at) values (?, ?, ?, ?, ?, ?, ?)")
				.params(asset.value(), channel, requirement.value(), outcome, location, reason, SqlTimestamps.of(at))
				.update();
		}
	}

	/** The evidence of every compliance finding against a requirement's assets. */
	List<String> complianceEvidence(RequirementId requirement) {
		return this.jdbc
			.sql("select findings_json from requirement_assets where requirement_id = ? and findings_json is not null")
			.param(requirement.value())
			.query(String.class)
			.list()
			.stream()
			.flatMap((json) -> EventCodec.mapper().readValue(json, FINDINGS).stream())
			.filter((finding) -> finding.stage() == Finding.Stage.COMPLIANCE && finding.evidence() != null)
			.map(Finding::evidence)
			.distinct()
			.toList();
	}

	private void insert(AssetRecord asset, String status, @Nullable String findingsJson, @Nullable Instant producedAt,
			@Nullable Instant inspectedAt) {
		this.jdbc
			.sql("insert into requirement_assets (asset_id, requirement_id, concept_id, angle, status, renditions, "
					+ "findings_json, produced_at, inspected_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(asset.assetId().value(), asset.requirementId().value(), asset.conceptId().value(), asset.angle(),
					status, String.join(",", asset.renditions()), findingsJson,
					(producedAt != null) ? SqlTimestamps.of(producedAt) : null,
					(inspectedAt != null) ? SqlTimestamps.of(inspectedAt) : null)
			.update();
	}

	/** The identity of an asset as tracking needs it. */
	record AssetRecord(AssetId assetId, RequirementId requirementId, ConceptId conceptId, String angle,
			List<String> renditions) {
	}

}
