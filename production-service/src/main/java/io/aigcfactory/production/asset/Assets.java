package io.aigcfactory.production.asset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.platform.SqlTimestamps;
import io.aigcfactory.production.brand.BrandScore;
import io.aigcfactory.production.image.Backdrop;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every produced asset and its renditions. */
@Repository
public class Assets {

	private static final TypeReference<List<BrandScore.Part>> PARTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Assets(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void add(AssetId id, ConceptCreated concept, List<Rendition> renditions, List<RenditionFailure> failures,
			@Nullable AssetNarration narration, @Nullable BrandScore brand, Backdrop backdrop, Instant at) {
		AssetBackdrop recorded = AssetBackdrop.of(backdrop);
		this.jdbc
			.sql("insert into assets (id, tenant_id, requirement_id, concept_id, angle, sku, headline, created_at, "
					+ "brand_score, brand_score_parts, backdrop, backdrop_fallback, narration, narration_fallback) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id.value(), concept.metadata().tenantId(), concept.requirementId().value(),
					concept.conceptId().value(), concept.angle().name(), concept.product().sku(),
					concept.copy().headline(), SqlTimestamps.of(at), (brand != null) ? brand.score() : null,
					(brand != null) ? this.json.writeValueAsString(brand.parts()) : null, recorded.kind().name(),
					recorded.fallback(), (narration != null) ? narration.voice().name() : null,
					(narration != null) ? narration.fallback() : null)
			.update();
		for (Rendition rendition : renditions) {
			this.jdbc
				.sql("insert into asset_renditions (asset_id, name, kind, uri, media_type, width, height, bytes, "
						+ "sha256, duration_millis, channels) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id.value(), rendition.name(), rendition.kind().name(), rendition.uri(), rendition.mediaType(),
						rendition.width(), rendition.height(), rendition.bytes(), rendition.sha256(),
						rendition.durationMillis(), String.join(",", rendition.channels()))
				.update();
		}
		for (RenditionFailure failure : failures) {
			this.jdbc.sql("insert into asset_rendition_failures (asset_id, name, reason, detail) values (?, ?, ?, ?)")
				.params(id.value(), failure.name(), failure.reason(), truncated(failure.detail()))
				.update();
		}
	}

	/**
	 * Records that inspection rejected an asset.
	 * @return whether the asset is one of this service's
	 */
	public boolean rejected(AssetId asset) {
		return this.jdbc.sql("update assets set rejected = true where id = ?").param(asset.value()).update() > 0;
	}

	/**
	 * Whether an asset of a requirement that inspection has not rejected carries a video
	 * already.
	 */
	boolean hasVideo(RequirementId requirement) {
		return this.jdbc
			.sql("select count(*) from asset_renditions r join assets a on a.id = r.asset_id "
					+ "where a.requirement_id = ? and r.kind = ? and not a.rejected")
			.params(requirement.value(), RenditionKind.VIDEO.name())
			.query(Long.class)
			.single() > 0;
	}

	boolean producedFrom(ConceptId concept) {
		return this.jdbc.sql("select count(*) from assets where concept_id = ?")
			.param(concept.value())
			.query(Long.class)
			.single() > 0;
	}

	/** A tenant's asset. */
	public Optional<AssetSummary> find(AssetId id, String tenantId) {
		return this.jdbc
			.sql("select id, requirement_id, concept_id, angle, sku, headline, created_at, brand_score, "
					+ "brand_score_parts, backdrop, backdrop_fallback, narration, narration_fallback from assets "
					+ "where id = ? and tenant_id = ?")
			.params(id.value(), tenantId)
			.query((row, n) -> new AssetSummary(id, row.getObject("requirement_id", java.util.UUID.class),
					row.getObject("concept_id", java.util.UUID.class), row.getString("angle"), row.getString("sku"),
					row.getString("headline"), row.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
					new AssetBackdrop(AssetBackdrop.Kind.valueOf(row.getString("backdrop")),
							row.getString("backdrop_fallback")),
					renditions(id), failures(id), row.getString("narration"), row.getString("narration_fallback"),
					brandScore(row.getObject("brand_score", Integer.class), row.getString("brand_score_parts"))))
			.optional();
	}

	/** The renditions an asset could not get. */
	public List<RenditionFailure> failures(AssetId id) {
		return this.jdbc
			.sql("select name, reason, detail from asset_rendition_failures where asset_id = ? order by name")
			.param(id.value())
			.query((row, n) -> new RenditionFailure(row.getString("name"), row.getString("reason"),
					row.getString("detail")))
			.list();
	}

	private static String truncated(String detail) {
		return (detail.length() > 1000) ? detail.substring(0, 1000) : detail;
	}

	private static List<String> channels(String joined) {
		return joined.isEmpty() ? List.of() : List.of(joined.split(","));
	}

	private @Nullable BrandScore brandScore(@Nullable Integer score, @Nullable String parts) {
		return (score != null && parts != null) ? new BrandScore(score, this.json.readValue(parts, PARTS)) : null;
	}

	/** The renditions of an asset. */
	public List<Rendition> renditions(AssetId id) {
		return this.jdbc
			.sql("select name, kind, uri, media_type, width, height, bytes, sha256, duration_millis, channels "
					+ "from asset_renditions where asset_id = ? order by name")
			.param(id.value())
			.query((row, n) -> new Rendition(RenditionKind.valueOf(row.getString("kind")), row.getString("name"),
					row.getString("uri"), row.getString("media_type"), row.getInt("width"), row.getInt("height"),
					row.getLong("bytes"), row.getString("sha256"), row.getLong("duration_millis"),
					channels(row.getString("channels"))))
			.list();
	}

}
