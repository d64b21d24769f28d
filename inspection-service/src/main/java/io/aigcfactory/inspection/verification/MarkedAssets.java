package io.aigcfactory.inspection.verification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.aigcfactory.trust.watermark.WatermarkPayload;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The watermark payload of each inspected asset. A payload carries hashes, not ids, so
 * finding the asset a watermark names means looking its payload up here; rows are added
 * from the inspections of a tenant the first time a verification needs them.
 */
@Repository
class MarkedAssets {

	private final JdbcClient jdbc;

	MarkedAssets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The tenant's asset whose watermark is this payload, if there is exactly one. */
	Optional<UUID> find(String tenantId, WatermarkPayload payload) {
		catchUp(tenantId);
		List<UUID> assets = this.jdbc.sql("select asset_id from asset_marks where tenant_id = ? and watermark = ?")
			.params(tenantId, payload.bits())
			.query(UUID.class)
			.list();
		return (assets.size() == 1) ? Optional.of(assets.get(0)) : Optional.empty();
	}

	/** Whether the tenant has an inspected asset with this id. */
	boolean inspected(String tenantId, UUID asset) {
		return this.jdbc.sql("select count(*) from inspections where asset_id = ? and tenant_id = ?")
			.params(asset, tenantId)
			.query(Long.class)
			.single() > 0;
	}

	private void catchUp(String tenantId) {
		List<UUID> missing = this.jdbc
			.sql("select i.asset_id from inspections i where i.tenant_id = ? "
					+ "and not exists (select 1 from asset_marks m where m.asset_id = i.asset_id)")
			.param(tenantId)
			.query(UUID.class)
			.list();
		for (UUID asset : missing) {
			try {
				this.jdbc.sql("insert into asset_marks (asset_id, tenant_id, watermark) values (?, ?, ?)")
					.params(asset, tenantId, WatermarkPayload.of(tenantId, asset.toString()).bits())
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another verification added it first.
			}
		}
	}

}
