package io.aigcfactory.feedback.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetPublished;
import io.aigcfactory.platform.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every asset published to at least one channel. */
@Repository
public class PublishedAssets {

	private final JdbcClient jdbc;

	PublishedAssets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a publication.
	 * @return true when it is the asset's first publication
	 */
	public boolean record(AssetPublished published) {
		Optional<String> channels = this.jdbc.sql("select channels from published_assets where asset_id = ? for update")
			.param(published.assetId().value())
			.query(String.class)
			.optional();
		if (channels.isPresent()) {
			if (!Arrays.asList(channels.get().split(",")).contains(published.channel())) {
				this.jdbc.sql("update published_assets set channels = ? where asset_id = ?")
					.params(channels.get() + "," + published.channel(), published.assetId().value())
					.update();
			}
			return false;
		}
		this.jdbc
			.sql("insert into published_assets (asset_id, tenant_id, requirement_id, angle, category, sku, channels, "
					+ "first_published_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(published.assetId().value(), published.metadata().tenantId(), published.requirementId().value(),
					published.angle().name(), published.product().category(), published.product().sku(),
					published.channel(), SqlTimestamps.of(published.metadata().occurredAt()))
			.update();
		return true;
	}

	/** A published asset of the tenant. */
	public Optional<PublishedAsset> find(AssetId asset, String tenantId) {
		return this.jdbc
			.sql("select asset_id, tenant_id, angle, category, sku, channels from published_assets "
					+ "where asset_id = ? and tenant_id = ?")
			.params(asset.value(), tenantId)
			.query((row, n) -> new PublishedAsset(new AssetId(row.getObject("asset_id", UUID.class)),
					row.getString("tenant_id"), row.getString("angle"), row.getString("category"), row.getString("sku"),
					List.of(row.getString("channels").split(","))))
			.optional();
	}

	/** A published asset of any tenant, for events that carry their own tenant. */
	public Optional<PublishedAsset> find(AssetId asset) {
		return this.jdbc.sql("select tenant_id from published_assets where asset_id = ?")
			.param(asset.value())
			.query(String.class)
			.optional()
			.flatMap((tenant) -> find(asset, tenant));
	}

	/**
	 * A published asset.
	 *
	 * @param assetId the asset
	 * @param tenantId its tenant
	 * @param angle its angle
	 * @param category its product's category
	 * @param sku its product's code
	 * @param channels the channels it was published to
	 */
	public record PublishedAsset(AssetId assetId, String tenantId, String angle, String category, String sku,
			List<String> channels) {
	}

}
