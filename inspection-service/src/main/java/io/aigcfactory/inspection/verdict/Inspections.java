package io.aigcfactory.inspection.verdict;

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

	void add(String tenantId, RequirementId requirement, AssetId asset, Verdict verdict, List<Finding> findings,
			@Nullable Double similarity, @Nullable AssetId similarAsset, float @Nullable [] embedding, Instant at) {
		this.jdbc
			.sql("insert into inspections (asset_id, tenant_id, requirement_id, verdict, findings_json, similarity, "
					+ "similar_asset, embedding, inspected_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(asset.value(), tenantId, requirement.value(), verdict.name(),
					EventCodec.mapper().writeValueAsString(findings), similarity,
					(similarAsset != null) ? similarAsset.value() : null,
					(embedding != null) ? EmbeddingBytes.encode(embedding) : null, SqlTimestamps.of(at))
			.update();
	}

	/**
	 * Hands every approved asset inspected at or after {@code since} that has a recorded
	 * embedding to {@code approved}, one row at a time.
	 */
	void eachApprovedSince(Instant since, ApprovedEmbedding approved) {
		this.jdbc
			.sql("select asset_id, tenant_id, embedding from inspections "
					+ "where verdict = 'APPROVED' and inspected_at >= ? and embedding is not null")
			.param(SqlTimestamps.of(since))
			.query((RowCallbackHandler) (row) -> approved.accept(row.getString("tenant_id"),
					new AssetId(row.getObject("asset_id", UUID.class)),
					EmbeddingBytes.decode(row.getBytes("embedding"))));
	}

	boolean contains(AssetId asset) {
		return this.jdbc.sql("select count(*) from inspections where asset_id = ?")
			.param(asset.value())
			.query(Long.class)
			.single() > 0;
	}

	/** A tenant's inspection of an asset. */
	public Optional<Inspection> find(AssetId asset, String tenantId) {
		return this.jdbc
			.sql("select requirement_id, verdict, findings_json, similarity, similar_asset, inspected_at "
					+ "from inspections where asset_id = ? and tenant_id = ?")
			.params(asset.value(), tenantId)
			.query((row, n) -> {
				UUID similar = row.getObject("similar_asset", UUID.class);
				return new Inspection(asset, new RequirementId(row.getObject("requirement_id", UUID.class)),
						Verdict.valueOf(row.getString("verdict")),
						EventCodec.mapper().readValue(row.getString("findings_json"), FINDINGS),
						row.getObject("similarity", Double.class), (similar != null) ? new AssetId(similar) : null,
						row.getObject("inspected_at", OffsetDateTime.class).toInstant());
			})
			.optional();
	}

	/** Receives approved assets with their embedding. */
	@FunctionalInterface
	interface ApprovedEmbedding {

		void accept(String tenantId, AssetId asset, float[] embedding);

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
	 * @param inspectedAt when
	 */
	public record Inspection(AssetId assetId, RequirementId requirementId, Verdict verdict, List<Finding> findings,
			@Nullable Double similarity, @Nullable AssetId similarAsset, Instant inspectedAt) {
	}

}
