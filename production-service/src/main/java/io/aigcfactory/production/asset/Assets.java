package io.aigcfactory.production.asset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.platform.SqlTimestamps;
import io.aigcfactory.production.image.Backdrop;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every produced asset and its renditions. */
@Repository
public class Assets {

	private final JdbcClient jdbc;

	Assets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(AssetId id, ConceptCreated concept, List<Rendition> renditions, Backdrop backdrop, Instant at) {
		AssetBackdrop recorded = AssetBackdrop.of(backdrop);
		this.jdbc
			.sql("insert into assets (id, tenant_id, requirement_id, concept_id, angle, sku, headline, created_at, "
					+ "backdrop, backdrop_fallback) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id.value(), concept.metadata().tenantId(), concept.requirementId().value(),
					concept.conceptId().value(), concept.angle().name(), concept.product().sku(),
					concept.copy().headline(), SqlTimestamps.of(at), recorded.kind().name(), recorded.fallback())
			.update();
		for (Rendition rendition : renditions) {
			this.jdbc.sql(
					"insert into asset_renditions (asset_id, name, kind, uri, media_type, width, height, bytes, sha256) "
							+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id.value(), rendition.name(), rendition.kind().name(), rendition.uri(), rendition.mediaType(),
						rendition.width(), rendition.height(), rendition.bytes(), rendition.sha256())
				.update();
		}
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
			.sql("select id, requirement_id, concept_id, angle, sku, headline, created_at, backdrop, backdrop_fallback "
					+ "from assets where id = ? and tenant_id = ?")
			.params(id.value(), tenantId)
			.query((row, n) -> new AssetSummary(id, row.getObject("requirement_id", java.util.UUID.class),
					row.getObject("concept_id", java.util.UUID.class), row.getString("angle"), row.getString("sku"),
					row.getString("headline"), row.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
					new AssetBackdrop(AssetBackdrop.Kind.valueOf(row.getString("backdrop")),
							row.getString("backdrop_fallback")),
					renditions(id)))
			.optional();
	}

	/** The renditions of an asset. */
	public List<Rendition> renditions(AssetId id) {
		return this.jdbc
			.sql("select name, kind, uri, media_type, width, height, bytes, sha256 from asset_renditions "
					+ "where asset_id = ? order by name")
			.param(id.value())
			.query((row, n) -> new Rendition(RenditionKind.valueOf(row.getString("kind")), row.getString("name"),
					row.getString("uri"), row.getString("media_type"), row.getInt("width"), row.getInt("height"),
					row.getLong("bytes"), row.getString("sha256")))
			.list();
	}

}
