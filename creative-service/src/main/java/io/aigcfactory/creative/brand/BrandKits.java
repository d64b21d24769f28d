package io.aigcfactory.creative.brand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.aigcfactory.events.BrandKit;
import io.aigcfactory.platform.SqlTimestamps;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The brand kits of every tenant, one per tenant and brand name. */
@Repository
class BrandKits {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final String INSERTED = "name, colours, logo, voice, banned_words, required_phrases";

	private static final String COLUMNS = INSERTED + ", music";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	BrandKits(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Stores a kit, replacing the tenant's kit of that name; the logo and music are kept.
	 */
	void save(String tenantId, BrandKit kit, Instant at) {
		if (update(tenantId, kit, at) > 0) {
			return;
		}
		try {
			this.jdbc
				.sql("insert into brand_kits (tenant_id, " + INSERTED + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(tenantId, kit.name(), write(kit.colours()), kit.logo(), write(kit.voice()),
						write(kit.bannedWords()), write(kit.requiredPhrases()), SqlTimestamps.of(at))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Another request created it meanwhile: this one replaces it.
			update(tenantId, kit, at);
		}
	}

	private int update(String tenantId, BrandKit kit, Instant at) {
		return this.jdbc
			.sql("update brand_kits set colours = ?, voice = ?, banned_words = ?, required_phrases = ?, updated_at = ? "
					+ "where tenant_id = ? and name = ?")
			.params(write(kit.colours()), write(kit.voice()), write(kit.bannedWords()), write(kit.requiredPhrases()),
					SqlTimestamps.of(at), tenantId, kit.name())
			.update();
	}

	boolean setLogo(String tenantId, String name, String logo, Instant at) {
		return this.jdbc.sql("update brand_kits set logo = ?, updated_at = ? where tenant_id = ? and name = ?")
			.params(logo, SqlTimestamps.of(at), tenantId, name)
			.update() > 0;
	}

	boolean setMusic(String tenantId, String name, String music, Instant at) {
		return this.jdbc.sql("update brand_kits set music = ?, updated_at = ? where tenant_id = ? and name = ?")
			.params(music, SqlTimestamps.of(at), tenantId, name)
			.update() > 0;
	}

	Optional<BrandKit> find(String tenantId, String name) {
		return this.jdbc.sql("select " + COLUMNS + " from brand_kits where tenant_id = ? and name = ?")
			.params(tenantId, name)
			.query((row, n) -> kit(row))
			.optional();
	}

	List<BrandKit> all(String tenantId) {
		return this.jdbc.sql("select " + COLUMNS + " from brand_kits where tenant_id = ? order by name")
			.param(tenantId)
			.query((row, n) -> kit(row))
			.list();
	}

	boolean delete(String tenantId, String name) {
		return this.jdbc.sql("delete from brand_kits where tenant_id = ? and name = ?")
			.params(tenantId, name)
			.update() > 0;
	}

	private BrandKit kit(ResultSet row) throws SQLException {
		return new BrandKit(row.getString("name"), read(row.getString("colours")), row.getString("logo"),
				read(row.getString("voice")), read(row.getString("banned_words")),
				read(row.getString("required_phrases")), row.getString("music"));
	}

	private String write(List<String> values) {
		return this.json.writeValueAsString(values);
	}

	private List<String> read(String values) {
		return this.json.readValue(values, STRINGS);
	}

}
