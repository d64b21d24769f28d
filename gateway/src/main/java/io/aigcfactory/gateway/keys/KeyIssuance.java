package io.aigcfactory.gateway.keys;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Issues, rotates and revokes keys. A key is shown once, when it is issued; at most two
 * keys of one name are live at a time, so a backend can roll to a new key before the old
 * one is revoked.
 */
public class KeyIssuance {

	/** Live keys per tenant and name: the current one and the one replacing it. */
	static final int MAX_LIVE_PER_NAME = 2;

	private final ApiKeys keys;

	private final KeySecrets secrets = new KeySecrets();

	private final Clock clock;

	KeyIssuance(ApiKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	/** A new key, with its secret: the only time the secret is seen. */
	public synchronized Issued issue(String tenant, String name, Set<Scope> scopes) {
		if (this.keys.liveCount(tenant, name) >= MAX_LIVE_PER_NAME) {
			throw new TooManyLiveKeys(tenant, name);
		}
		String secret = this.secrets.newSecret(tenant);
		ApiKey key = new ApiKey(UUID.randomUUID(), tenant, name, KeySecrets.displayPrefix(secret), scopes,
				this.clock.instant(), null);
		this.keys.insert(key, KeySecrets.hash(secret));
		return new Issued(key, secret);
	}

	/** A second live key with the same tenant, name and scopes as a live key. */
	public Optional<Issued> rotate(UUID id) {
		return this.keys.find(id).filter(ApiKey::live).map((key) -> issue(key.tenant(), key.name(), key.scopes()));
	}

	/** Revokes a live key: whether there was one. */
	public boolean revoke(UUID id) {
		return this.keys.revoke(id, this.clock.instant());
	}

	/** The live key a secret belongs to. */
	public Optional<ApiKey> authenticate(String secret) {
		return KeySecrets.looksLikeKey(secret) ? this.keys.findLive(KeySecrets.hash(secret)) : Optional.empty();
	}

	/** The keys of a tenant (all tenants for {@code null}), without their secrets. */
	public List<ApiKey> list(@Nullable String tenant) {
		return this.keys.ofTenant(tenant);
	}

	/**
	 * Whether any live key has a scope (the standalone makes its admin key otherwise).
	 */
	public boolean anyLive(Scope scope) {
		return this.keys.anyLiveWithScope(scope);
	}

	/** Whether a bearer token is one of our keys rather than a JWT. */
	public static boolean isKey(String token) {
		return KeySecrets.looksLikeKey(token);
	}

	/**
	 * A key as it was issued.
	 *
	 * @param key the stored key
	 * @param secret the key itself, never stored
	 */
	public record Issued(ApiKey key, String secret) {

		@Override
		public String toString() {
			return "Issued[key=" + this.key + ", secret=<hidden>]";
		}

	}

	/** A name that already has its two live keys. */
	public static final class TooManyLiveKeys extends RuntimeException {

		TooManyLiveKeys(String tenant, String name) {
			super("Key name '" + name + "' of tenant '" + tenant + "' already has " + MAX_LIVE_PER_NAME
					+ " live keys; revoke one first");
		}

	}

}
