package io.aigcfactory.gateway;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each API path to the service that owns it. */
@Configuration(proxyBeanMethods = false)
class ApiRoutes {

	@Bean
	RouteLocator apiRouteLocator(RouteLocatorBuilder routes, GatewaySettings settings) {
		GatewaySettings.Services services = settings.services();
		return routes.routes()
			.route("requirements",
					(route) -> route.path("/api/v1/requirements", "/api/v1/requirements/**").uri(services.creative()))
			.route("media", (route) -> route.path("/api/v1/media", "/api/v1/media/**").uri(services.creative()))
			// Every service can list and re-drive any topic's dead letters; creative,
			// which
			// tracks requirements to their end, answers for all of them.
			.route("dead-letters",
					(route) -> route.path("/api/v1/dead-letters", "/api/v1/dead-letters/**").uri(services.creative()))
			// The overview and the queue lag come from creative's requirement state and
			// its view of the broker.
			.route("overview", (route) -> route.path("/api/v1/overview", "/api/v1/queues").uri(services.creative()))
			.route("brands", (route) -> route.path("/api/v1/brands", "/api/v1/brands/**").uri(services.creative()))
			// Provenance is kept by creative, which consumes every asset's events; the
			// rest of
			// an asset is production's.
			.route("provenance",
					(route) -> route.path("/api/v1/assets/*/provenance", "/api/v1/assets/*/provenance/**")
						.uri(services.creative()))
			.route("assets", (route) -> route.path("/api/v1/assets/**").uri(services.production()))
			.route("inspections", (route) -> route.path("/api/v1/inspections/**").uri(services.inspection()))
			.route("reviews", (route) -> route.path("/api/v1/reviews/**").uri(services.inspection()))
			.route("verifications", (route) -> route.path("/api/v1/verifications").uri(services.inspection()))
			.route("distribution",
					(route) -> route.path("/api/v1/channels", "/api/v1/publications", "/api/v1/publications/**")
						.uri(services.distribution()))
			.route("feedback",
					(route) -> route
						.path("/api/v1/feedback", "/api/v1/feedback/**", "/api/v1/insights", "/api/v1/insights/**")
						.uri(services.feedback()))
			.build();
	}

}
