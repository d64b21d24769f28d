package io.aigcfactory.platform.web;

import java.util.regex.Pattern;

import io.aigcfactory.events.tenancy.TenantAssertion;
import org.jspecify.annotations.Nullable;

/**
 * The tenant a request acts for. The gateway sets the header from the caller's
 * credentials and signs it; {@link SignedTenant} lets only requests with a valid
 * signature reach a controller, which then reads the tenant here.
 */
public final class TenantHeader {

	public static final String NAME = TenantAssertion.TENANT_HEADER;

	public static final String DEFAULT_TENANT = "default";

	private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

	private TenantHeader() {
	}

	/**
	 * The tenant named by the header, or the default tenant without one.
	 * @throws InvalidInput when the header is not a valid tenant id
	 */
	public static String resolve(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return DEFAULT_TENANT;
		}
		if (!TENANT.matcher(header).matches()) {
			throw InvalidInput.of(NAME, "must be 1-63 lowercase letters, digits or '-'");
		}
		return header;
	}

}
