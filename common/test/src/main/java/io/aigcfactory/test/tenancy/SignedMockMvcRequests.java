package io.aigcfactory.test.tenancy;

import io.aigcfactory.events.tenancy.TenantAssertion;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs every MockMvc request of a test with the tenant it names ({@link #signed()}), as
 * the gateway signs real ones, so that service tests call their API the way the gateway
 * does.
 */
@AutoConfiguration
@ConditionalOnClass(MockMvcBuilderCustomizer.class)
public class SignedMockMvcRequests {

	@Bean
	MockMvcBuilderCustomizer signedTenantRequests() {
		return (builder) -> builder.defaultRequest(MockMvcRequestBuilders.get("/").with(signed()));
	}

	/**
	 * Signs a MockMvc request for the tenant its {@code X-Tenant-Id} names
	 * ({@code default} without one), unless it already carries an assertion (a test that
	 * sends a forged or no signature says so with a header of its own).
	 */
	public static RequestPostProcessor signed() {
		return (request) -> {
			if (request.getHeader(TenantAssertion.ASSERTION_HEADER) != null) {
				return request;
			}
			String tenant = request.getHeader(TenantAssertion.TENANT_HEADER);
			TestTenants.headers((tenant != null) ? tenant : "default").forEach((name, value) -> {
				if (request.getHeader(name) == null) {
					request.addHeader(name, value);
				}
			});
			return request;
		};
	}

}
