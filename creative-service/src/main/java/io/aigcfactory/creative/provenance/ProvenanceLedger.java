package io.aigcfactory.creative.provenance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provenance records, appended only: there is no update or delete here. An append
 * locks the asset's head row, so records of one asset arriving from several topics at
 * once still get consecutive numbers and each links to the one before.
 */
@Repository
class ProvenanceLedger {

	private final JdbcClient jdbc;

	ProvenanceLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	ProvenanceRecord append(UUID assetId, String tenantId, String kind, UUID eventId, String payloadJson, Instant at) {
		ensureHead(assetId, tenantId);
		Head head = this.jdbc.sql("select seq, hash from provenance_heads where asset_id = ? for update")
			.param(assetId)
			.query((row, n) -> new Head(row.getInt("seq"), row.getString("hash")))
			.single();
		int seq = head.seq() + 1;
		String recordedAt = at.toString();
		String hash = ProvenanceRecord.hash(assetId, seq, tenantId, kind, eventId, payloadJson, recordedAt,
				head.hash());
		this.jdbc
			.sql("insert into provenance_records (asset_id, seq, tenant_id, kind, event_id, payload_json, recorded_at, "
					+ "prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(assetId, seq, tenantId, kind, eventId, payloadJson, recordedAt, head.hash(), hash)
			.update();
		this.jdbc.sql("update provenance_heads set seq = ?, hash = ? where asset_id = ?")
			.params(seq, hash, assetId)
			.update();
		return new ProvenanceRecord(assetId, seq, tenantId, kind, eventId, payloadJson, recordedAt, head.hash(), hash);
	}

	/** An asset's records in order, when it is the tenant's. */
	List<ProvenanceRecord> records(UUID assetId, String tenantId) {
		return this.jdbc
			.sql("select seq, kind, event_id, payload_json, recorded_at, prev_hash, hash from provenance_records "
					+ "where asset_id = ? and tenant_id = ? order by seq")
			.params(assetId, tenantId)
			.query((row, n) -> new ProvenanceRecord(assetId, row.getInt("seq"), tenantId, row.getString("kind"),
					row.getObject("event_id", UUID.class), row.getString("payload_json"), row.getString("recorded_at"),
					row.getString("prev_hash"), row.getString("hash")))
			.list();
	}

	private void ensureHead(UUID assetId, String tenantId) {
		// Both PostgreSQL and H2 (in its PostgreSQL mode) skip the insert when another
		// append
		// created the row first; that append's row lock then orders the two.
		this.jdbc
			.sql("insert into provenance_heads (asset_id, tenant_id, seq, hash) values (?, ?, 0, ?) "
					+ "on conflict do nothing")
			.params(assetId, tenantId, ProvenanceRecord.GENESIS)
			.update();
	}

	private record Head(int seq, String hash) {
	}

}
