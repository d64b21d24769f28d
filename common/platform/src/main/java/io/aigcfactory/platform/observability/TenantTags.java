package io.aigcfactory.platform.observability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The value of the {@code tenant} tag, bounded: the first {@code limit} tenants a service
 * sees get a tag of their own, every later one is counted as {@code other}, so that a
 * platform with thousands of tenants does not grow thousands of series per meter.
 */
public final class TenantTags {

	/** The tag value of the tenants past the limit. */
	public static final String OTHER = "other";

	private final int limit;

	private final Set<String> tagged = ConcurrentHashMap.newKeySet();

	public TenantTags(int limit) {
		this.limit = limit;
	}

	/** The tag value for a tenant. */
	public String of(String tenant) {
		if (this.tagged.contains(tenant)) {
			return tenant;
		}
		synchronized (this.tagged) {
			if (this.tagged.size() < this.limit) {
				this.tagged.add(tenant);
				return tenant;
			}
		}
		return this.tagged.contains(tenant) ? tenant : OTHER;
	}

}
