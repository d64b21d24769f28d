package io.aigcfactory.creative.provenance;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.MACVerifier;
import io.aigcfactory.creative.CreativeApplication;
import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.AssetPublished;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.ProductSummary;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.storage.StoredBlob;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.LocalRedis;
import io.aigcfactory.trust.boot.TrustSettings;
import io.aigcfactory.trust.carrier.Labels;
import io.aigcfactory.trust.label.AigcLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An asset's provenance against real PostgreSQL: production (with the label read from the
 * stored file), the verdict and a publication become a chain that checks, exports as a
 * JWS the deployment's key verifies, stays hidden from other tenants, and reports the
 * first record whose content was changed behind its back.
 */
@SpringBootTest(classes = CreativeApplication.class, properties = "spring.config.name=creative-service")
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
class ProvenanceIntegrationTests {

	/** The blob store's root: the test's own, not the module's {@code data/blobs}. */
	@TempDir
	static Path storage;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "creative");
		LocalRedis.register(registry);
		registry.add("aigc.storage.root", storage::toString);
	}

	@Autowired
	Provenance provenance;

	@Autowired
	BlobStore blobs;

	@Autowired
	Labels labels;

	@Autowired
	TrustSettings trust;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void chainsProductionVerdictAndPublicationAndNoticesTampering() throws Exception {
		AssetId asset = AssetId.next();
		RequirementId requirement = RequirementId.next();
		ProductSummary product = new ProductSummary("CUP-1", "保温杯", "暖暖", "家居/杯具");
		BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		byte[] labelled = this.labels.stamp(png.toByteArray(), AigcLabel.generated("factory", asset.toString()));
		StoredBlob stored = this.blobs.put("assets/" + asset + "/main-800x800.png", labelled, "image/png");
		Rendition rendition = new Rendition(RenditionKind.MAIN_IMAGE, "main-800x800.png", stored.uri(), "image/png", 40,
				40, stored.bytes(), stored.sha256());
		this.provenance.produced(new AssetProduced(EventMetadata.now("acme"), requirement, asset, ConceptId.next(), 1,
				Angle.SCENARIO, product, new Copy("暖暖的一杯", "12 小时保温。", "去看看", List.of()), List.of(rendition),
				List.of("taobao")));
		this.provenance.inspected(new AssetInspected(EventMetadata.now("acme"), requirement, asset, ConceptId.next(), 1,
				Angle.SCENARIO, Verdict.APPROVED, List.of(), product, List.of(rendition), List.of("taobao")));
		this.provenance.published(new AssetPublished(EventMetadata.now("acme"), asset, requirement, "taobao",
				"CUP-1/" + asset, Angle.SCENARIO, product));

		this.mvc.perform(get("/api/v1/assets/" + asset + "/provenance").headers(tenantHeaders("acme")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.chain.valid").value(true))
			.andExpect(jsonPath("$.chain.length").value(3))
			.andExpect(jsonPath("$.records[0].kind").value("PRODUCED"))
			.andExpect(jsonPath("$.records[0].facts.files[0].sha256").value(stored.sha256()))
			.andExpect(jsonPath("$.records[0].facts.files[0].label.status").value("COMPLIANT"))
			.andExpect(jsonPath("$.records[0].facts.files[0].label.signature").value("VALID"))
			.andExpect(jsonPath("$.records[1].facts.verdict").value("APPROVED"))
			.andExpect(jsonPath("$.records[2].facts.channel").value("taobao"));

		String jws = this.mvc
			.perform(get("/api/v1/assets/" + asset + "/provenance/manifest").headers(tenantHeaders("acme")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/jose"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JWSObject manifest = JWSObject.parse(jws);
		assertThat(manifest.verify(new MACVerifier(this.trust.signingKey().getBytes(StandardCharsets.UTF_8)))).isTrue();
		JsonNode claims = JsonMapper.shared().readTree(manifest.getPayload().toString());
		assertThat(claims.path("sub").asString()).isEqualTo(asset.toString());
		assertThat(claims.path("chain").path("valid").asBoolean()).isTrue();
		assertThat(claims.path("records")).hasSize(3);

		this.mvc.perform(get("/api/v1/assets/" + asset + "/provenance").headers(tenantHeaders("other")))
			.andExpect(status().isNotFound());

		this.jdbc
			.sql("update provenance_records set payload_json = replace(payload_json, 'APPROVED', 'REJECTED') "
					+ "where asset_id = ? and seq = 2")
			.param(asset.value())
			.update();
		this.mvc.perform(get("/api/v1/assets/" + asset + "/provenance").headers(tenantHeaders("acme")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.chain.valid").value(false))
			.andExpect(jsonPath("$.chain.brokenAt").value(2));
	}

	@Test
	void recordsAReviewersDecisionWithWhoDecidedAndWhy() throws Exception {
		AssetId asset = AssetId.next();
		RequirementId requirement = RequirementId.next();
		ConceptId concept = ConceptId.next();
		ProductSummary product = new ProductSummary("CUP-1", "保温杯", "暖暖", "家居/杯具");
		Finding sampled = new Finding(Finding.Stage.REVIEW, "SAMPLED", "抽检", null);
		this.provenance.inspected(new AssetInspected(EventMetadata.now("acme"), requirement, asset, concept, 1,
				Angle.SCENARIO, Verdict.REVIEW, List.of(sampled), product, List.of(), List.of("taobao")));
		this.provenance.inspected(new AssetInspected(EventMetadata.now("acme"), requirement, asset, concept, 1,
				Angle.SCENARIO, Verdict.APPROVED,
				List.of(sampled, new Finding(Finding.Stage.REVIEW, "REVIEWER_APPROVED", "卖点与实物一致", "key:ops-1")),
				product, List.of(), List.of("taobao")));

		this.mvc.perform(get("/api/v1/assets/" + asset + "/provenance").headers(tenantHeaders("acme")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.chain.valid").value(true))
			.andExpect(jsonPath("$.records[0].kind").value("INSPECTED"))
			.andExpect(jsonPath("$.records[0].facts.verdict").value("REVIEW"))
			.andExpect(jsonPath("$.records[1].kind").value("REVIEWED"))
			.andExpect(jsonPath("$.records[1].facts.verdict").value("APPROVED"))
			.andExpect(jsonPath("$.records[1].facts.reviewer").value("key:ops-1"))
			.andExpect(jsonPath("$.records[1].facts.reason").value("卖点与实物一致"));
	}

	private static HttpHeaders tenantHeaders(String tenant) {
		HttpHeaders headers = new HttpHeaders();
		headers.add("X-Tenant-Id", tenant);
		return headers;
	}

}
