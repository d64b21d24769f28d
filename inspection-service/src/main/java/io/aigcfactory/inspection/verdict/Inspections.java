package io.aigcfactory.inspection.verdict;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.inspection.originality.Fingerprint;
import io.aigcfactory.inspection.originality.TextSignature;
import io.aigcfactory.platform.SqlTimestamps;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The verdict on every inspected asset. */
@Repository
public class Inspections {

	private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	Inspections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(NewInspection inspection, Instant at) {
		Fingerprint fingerprint = inspection.fingerprint();
		this.jdbc
			.sql("insert into inspections (asset_id, tenant_id, requirement_id, verdict, findings_json, similarity, "
					+ "similar_asset, embedding, text_signature, image_hash, image_text_signature, quality_score, "
					+ "inspected_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(inspection.asset().value(), inspection.tenantId(), inspection.requirement().value(),
					inspection.verdict().name(), EventCodec.mapper().writeValueAsString(inspection.findings()),
					inspection.similarity(),
					(inspection.similarAsset() != null) ? inspection.similarAsset().value() : null,
					(fingerprint != null) ? EmbeddingBytes.encode(fingerprint.embedding()) : null,
					(fingerprint != null) ? fingerprint.text().toBytes() : null,
					(fingerprint != null) ? fingerprint.image() : null,
					(fingerprint != null && fingerprint.imageText() != null) ? fingerprint.imageText().toBytes() : null,
					inspection.qualityScore(), SqlTimestamps.of(at))
			.update();
	}

	/**
	 * Records a reviewer's decision on an asset in review.
	 * @return the asset's fingerprint, when it was recorded
	 */
	Optional<Fingerprint> decide(AssetId asset, String tenantId, Verdict verdict, Instant at) {
		this.jdbc.sql("update inspections set verdict = ?, decided_at = ? where asset_id = ? and tenant_id = ?")
			.params(verdict.name(), SqlTimestamps.of(at), asset.value(), tenantId)
			.update();
		return this.jdbc
			.sql("select embedding, text_signature, image_hash, image_text_signature from inspections "
					+ "where asset_id = ? and tenant_id = ? " + "and embedding is not null")
			.params(asset.value(), tenantId)
			.query((row, n) -> fingerprint(row))
			.optional();
	}

	/**
	 * Hands every approved asset inspected or decided at or after {@code since} that has
	 * a recorded fingerprint to {@code approved}, one row at a time.
	 */
	void eachApprovedSince(Instant since, ApprovedFingerprint approved) {
		this.jdbc
			.sql("select asset_id, tenant_id, embedding, text_signature, image_hash, image_text_signature "
					+ "from inspections "
					+ "where verdict = 'APPROVED' and (inspected_at >= ? or decided_at >= ?) and embedding is not null")
			.params(SqlTimestamps.of(since), SqlTimestamps.of(since))
			.query((RowCallbackHandler) (row) -> approved.accept(row.getString("tenant_id"),
					new AssetId(row.getObject("asset_id", UUID.class)), fingerprint(row)));
	}

	private static Fingerprint fingerprint(ResultSet row) throws SQLException {
		byte[] signature = row.getBytes("text_signature");
		Long image = row.getObject("image_hash", Long.class);
		byte[] imageText = row.getBytes("image_text_signature");
		// Approvals recorded before signatures were kept have none: they match no copy by
		// signature.
		return new Fingerprint(EmbeddingBytes.decode(row.getBytes("embedding")),
				TextSignature.fromBytes((signature != null) ? signature : new byte[0]), image,
				(imageText != null) ? TextSignature.fromBytes(imageText) : null);
	}

	boolean contains(AssetId asset) {
		return this.jdbc.sql("select count(*) from inspections where asset_id = ?")
			.param(asset.value())
			.query(Long.class)
			.single() > 0;
	}

	/** A tenant's inspection of an asset. */
	public Optional<Inspection> find(AssetId asset, String tenantId) {
		return this.jdbc.sql(
				"select requirement_id, verdict, findings_json, similarity, similar_asset, quality_score, inspected_at, "
						+ "decided_at " + "from inspections where asset_id = ? and tenant_id = ?")
			.params(asset.value(), tenantId)
			.query((row, n) -> {
				UUID similar = row.getObject("similar_asset", UUID.class);
				return new Inspection(asset, new RequirementId(row.getObject("requirement_id", UUID.class)),
						Verdict.valueOf(row.getString("verdict")),
						EventCodec.mapper().readValue(row.getString("findings_json"), FINDINGS),
						row.getObject("similarity", Double.class), (similar != null) ? new AssetId(similar) : null,
						row.getObject("quality_score", Integer.class),
						row.getObject("inspected_at", OffsetDateTime.class).toInstant(),
						Optional.ofNullable(row.getObject("decided_at", OffsetDateTime.class))
							.map(OffsetDateTime::toInstant)
							.orElse(null));
			})
			.optional();
	}

	/** Receives approved assets with their fingerprint. */
	@FunctionalInterface
	interface ApprovedFingerprint {

		void accept(String tenantId, AssetId asset, Fingerprint fingerprint);

	}

	/**
	 * A verdict to record.
	 *
	 * @param tenantId the tenant
	 * @param requirement the requirement
	 * @param asset the asset
	 * @param verdict the outcome
	 * @param findings the reasons
	 * @param similarity cosine similarity to the nearest approved asset, when compared
	 * @param similarAsset that asset
	 * @param fingerprint what originality compares, for approved assets and assets in
	 * review
	 * @param qualityScore the quality gate's score, when the files were intact
	 */
	record NewInspection(String tenantId, RequirementId requirement, AssetId asset, Verdict verdict,
			List<Finding> findings, @Nullable Double similarity, @Nullable AssetId similarAsset,
			@Nullable Fingerprint fingerprint, @Nullable Integer qualityScore) {
	}

	/**
	 * An inspection as its API shows it.
	 *
	 * @param assetId the asset
	 * @param requirementId its requirement
	 * @param verdict the outcome
	 * @param findings the reasons
	 * @param similarity cosine similarity to the nearest approved asset, when checked
	 * @param similarAsset that nearest asset
	 * @param qualityScore the quality gate's score (0–100), when the files were intact
	 * @param inspectedAt when
	 * @param decidedAt when a reviewer (or the review queue's expiry) decided it, for an
	 * asset that was in review
	 */
	public record Inspection(AssetId assetId, RequirementId requirementId, Verdict verdict, List<Finding> findings,
			@Nullable Double similarity, @Nullable AssetId similarAsset, @Nullable Integer qualityScore,
			Instant inspectedAt, @Nullable Instant decidedAt) {
	}

}
