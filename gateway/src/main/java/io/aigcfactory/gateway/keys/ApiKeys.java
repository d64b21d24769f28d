package io.aigcfactory.gateway.keys;

import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored keys (table {@code api_keys}): H2 in the standalone, PostgreSQL in a
 * cluster, so every gateway replica sees a key the moment it is issued or revoked.
 */
class ApiKeys {

	private final JdbcClient jdbc;

	ApiKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ApiKey key, byte[] hash) {
		this.jdbc
			.sql("insert into api_keys (id, tenant_id, name, prefix, key_hash, scopes, created_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(key.id(), key.tenant(), key.name(), key.prefix(), hash, scopes(key.scopes()),
					Timestamp.from(key.createdAt()))
			.update();
	}

	/**
	 * The live key with this hash. The index finds the row; the hashes are then compared
	 * in constant time, so no timing says how much of a guess was right.
	 */
	Optional<ApiKey> findLive(byte[] hash) {
		return this.jdbc.sql("select * from api_keys where key_hash = ? and revoked_at is null")
			.param(hash)
			.query((rs, row) -> MessageDigest.isEqual(rs.getBytes("key_hash"), hash) ? key(rs) : null)
			.optional();
	}

	Optional<ApiKey> find(UUID id) {
		return this.jdbc.sql("select * from api_keys where id = ?").param(id).query((rs, row) -> key(rs)).optional();
	}

	List<ApiKey> ofTenant(@Nullable String tenant) {
		return (tenant != null)
				? this.jdbc.sql("select * from api_keys where tenant_id = ? order by created_at")
					.param(tenant)
					.query((rs, row) -> key(rs))
					.list()
				: this.jdbc.sql("select * from api_keys order by created_at").query((rs, row) -> key(rs)).list();
	}

	int liveCount(String tenant, String name) {
		return this.jdbc.sql("select count(*) from api_keys where tenant_id = ? and name = ? and revoked_at is null")
			.params(tenant, name)
			.query(Integer.class)
			.single();
	}

	boolean revoke(UUID id, Instant at) {
		return this.jdbc.sql("update api_keys set revoked_at = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(at), id)
			.update() == 1;
	}

	boolean anyLiveWithScope(Scope scope) {
		// Scope names are not substrings of one another, so a match is the scope itself.
		return this.jdbc.sql("select count(*) from api_keys where revoked_at is null and scopes like ?")
			.param("%" + scope.wireName() + "%")
			.query(Long.class)
			.single() > 0;
	}

	private static String scopes(Set<Scope> scopes) {
		return scopes.stream().map(Scope::wireName).sorted().collect(Collectors.joining(","));
	}

	private static ApiKey key(ResultSet rs) throws SQLException {
		Set<Scope> scopes = EnumSet.noneOf(Scope.class);
		Arrays.stream(rs.getString("scopes").split(",")).map(Scope::ofWireName).forEach((scope) -> {
			if (scope != null) {
				scopes.add(scope);
			}
		});
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new ApiKey(rs.getObject("id", UUID.class), rs.getString("tenant_id"), rs.getString("name"),
				rs.getString("prefix"), scopes, rs.getTimestamp("created_at").toInstant(),
				(revoked != null) ? revoked.toInstant() : null);
	}

}
