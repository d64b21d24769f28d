package io.aigcfactory.gateway.dashboard;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

/**
 * The dashboard's page at {@code /dashboard/}, so that its modules resolve relative to
 * it; {@code /} and {@code /dashboard} lead there. The modules themselves are static
 * resources ({@code static/dashboard/}).
 */
@Configuration(proxyBeanMethods = false)
class DashboardRoutes {

	static final String HOME = "/dashboard/";

	private static final Resource PAGE = new ClassPathResource("static/dashboard/index.html");

	/**
	 * The bundled Noto Sans SC fonts (OFL, from {@code common/glyphs}), for a browser on
	 * a machine without a CJK font: the page would draw its Chinese as boxes.
	 */
	private static final Map<String, Resource> FONTS = Map.of("NotoSansSC-Regular.otf",
			new ClassPathResource("fonts/NotoSansSC-Regular.otf"), "NotoSansSC-Bold.otf",
			new ClassPathResource("fonts/NotoSansSC-Bold.otf"));

	@Bean
	RouterFunction<ServerResponse> dashboardPage() {
		return RouterFunctions
			.route(GET(HOME),
					(request) -> ServerResponse.ok()
						.contentType(MediaType.TEXT_HTML)
						.cacheControl(CacheControl.noCache())
						.bodyValue(PAGE))
			.andRoute(GET(HOME + "fonts/{name}"), (request) -> {
				Resource font = FONTS.get(request.pathVariable("name"));
				if (font == null) {
					return ServerResponse.notFound().build();
				}
				return ServerResponse.ok()
					.contentType(MediaType.parseMediaType("font/otf"))
					.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
					.bodyValue(font);
			})
			.andRoute(GET("/").or(GET("/dashboard")),
					(request) -> ServerResponse.status(HttpStatus.SEE_OTHER).location(URI.create(HOME)).build());
	}

}
