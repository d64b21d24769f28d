package io.aigcfactory.gateway.keys;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored API key: never the key itself, only its hash and a short display prefix.
 *
 * @param id the key's id
 * @param tenant the tenant every request with the key acts for
 * @param name the integration it belongs to; rotation keeps the name
 * @param prefix the key's first characters, to recognise it in a list
 * @param scopes what the key may do
 * @param createdAt when it was issued
 * @param revokedAt when it was revoked, or {@code null} while it is live
 */
public record ApiKey(UUID id, String tenant, String name, String prefix, Set<Scope> scopes, Instant createdAt,
		@Nullable Instant revokedAt) {

	public ApiKey {
		scopes = Set.copyOf(scopes);
	}

	/** Whether requests with the key are accepted. */
	public boolean live() {
		return this.revokedAt == null;
	}

}
