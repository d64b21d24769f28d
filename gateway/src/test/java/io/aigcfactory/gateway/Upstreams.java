package io.aigcfactory.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.aigcfactory.events.tenancy.TenantAssertion;
import io.aigcfactory.test.tenancy.TestTenants;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One stub per service on a real socket, recording what reached it: service, method, URI,
 * tenant, whether the tenant's signature verifies with the test secret, and the body.
 * Answers {@code 202} with {@code Cache-Control: public, immutable}, as tenant files are
 * served.
 */
final class Upstreams implements AutoCloseable {

	static final List<String> SERVICES = List.of("creative", "production", "inspection", "distribution", "feedback");

	private static final TenantAssertion CHECK = new TenantAssertion(TestTenants.SECRET, Duration.ofMinutes(5));

	final Map<String, HttpServer> servers = new LinkedHashMap<>();

	final List<String> received = new CopyOnWriteArrayList<>();

	Upstreams() {
		try {
			for (String service : SERVICES) {
				HttpServer upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
				upstream.createContext("/", (exchange) -> {
					String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
					var headers = exchange.getRequestHeaders();
					String tenant = headers.getFirst(TenantAssertion.TENANT_HEADER);
					boolean signed = CHECK.verify(tenant, headers.getFirst(TenantAssertion.REQUEST_ID_HEADER),
							headers.getFirst(TenantAssertion.ASSERTION_HEADER), Instant.now());
					this.received.add(service + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
							+ tenant + " " + (signed ? "signed" : "unsigned") + " " + body);
					byte[] reply = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
					exchange.getResponseHeaders().add("Content-Type", "application/json");
					exchange.getResponseHeaders().add("Cache-Control", "public, max-age=31536000, immutable");
					exchange.sendResponseHeaders(202, reply.length);
					exchange.getResponseBody().write(reply);
					exchange.close();
				});
				upstream.start();
				this.servers.put(service, upstream);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void register(DynamicPropertyRegistry registry) {
		for (String service : SERVICES) {
			registry.add("aigc.gateway.services." + service,
					() -> "http://127.0.0.1:" + this.servers.get(service).getAddress().getPort());
		}
	}

	@Override
	public void close() {
		this.servers.values().forEach((upstream) -> upstream.stop(0));
	}

}
