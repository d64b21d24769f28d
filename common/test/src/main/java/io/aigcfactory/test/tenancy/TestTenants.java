package io.aigcfactory.test.tenancy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.aigcfactory.events.tenancy.TenantAssertion;

/**
 * Signs tenants as the gateway does, with {@link #SECRET}: the secret every test context
 * gets when it configures none ({@link TestTenantSecret}).
 */
public final class TestTenants {

	/** The test contexts' tenant assertion secret. */
	public static final String SECRET = "test-tenant-assertion-secret-not-for-production";

	private static final TenantAssertion ASSERTION = new TenantAssertion(SECRET, Duration.ofMinutes(5));

	private TestTenants() {
	}

	/**
	 * The headers the gateway would send for a tenant: the tenant, a fresh request id and
	 * the signature.
	 */
	public static Map<String, String> headers(String tenant) {
		String requestId = UUID.randomUUID().toString();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(TenantAssertion.TENANT_HEADER, tenant);
		headers.put(TenantAssertion.REQUEST_ID_HEADER, requestId);
		headers.put(TenantAssertion.ASSERTION_HEADER, ASSERTION.sign(tenant, requestId, Instant.now()));
		return headers;
	}

}
